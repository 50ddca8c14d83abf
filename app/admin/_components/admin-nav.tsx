"use client";

import { Link } from "@/components/ui/link";
import { usePathname } from "next/navigation";

/** The dashboard's sections; the current one is marked for screen readers as well as by colour. */
export function AdminNav({ links }: { links: Array<{ href: string; label: string }> }) {
  const pathname = usePathname();
  const current = (href: string) => (href === "/admin" ? pathname === "/admin" : pathname === href || pathname.startsWith(`${href}/`));
  return (
    <nav aria-label="Dashboard" className="mb-6">
      <ul className="flex flex-wrap gap-2">
        {links.map((link) => (
          <li key={link.href}>
            <Link
              href={link.href}
              aria-current={current(link.href) ? "page" : undefined}
              className="inline-flex min-h-11 items-center rounded-md bg-paper px-4 font-medium text-ink no-underline ring-1 ring-line hover:bg-brand-50 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white aria-[current=page]:ring-brand-700"
            >
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

"use client";

import { Link } from "@/components/ui/link";
import { usePathname } from "next/navigation";
import { inSection } from "@/lib/serving/public-path";

export interface NavItem {
  href: string;
  label: string;
}

/** The site's sections, the one the visitor is in marked for assistive technology and by eye. */
export function MainNav({ items }: { items: readonly NavItem[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className="sm:-ml-3">
      <ul className="flex flex-col sm:flex-row sm:flex-wrap sm:items-center sm:gap-1">
        {items.map((item) => {
          const current = inSection(pathname, item.href);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className="flex min-h-11 items-center rounded-md border-l-4 border-transparent px-3 font-medium text-ink no-underline hover:bg-brand-50 hover:text-brand-800 aria-[current=page]:border-accent-500 aria-[current=page]:font-semibold aria-[current=page]:text-brand-800 sm:border-b-4 sm:border-l-0 sm:rounded-b-none"
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

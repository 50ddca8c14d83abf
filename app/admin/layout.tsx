import Link from "next/link";
import type { ReactNode } from "react";
import { Container } from "@/components/ui/container";
import { requireStaff } from "@/lib/auth/viewer";

export const metadata = { robots: { index: false } };

export default async function AdminLayout({ children }: { children: ReactNode }) {
  // Layouts are not re-rendered on every navigation, so each page checks again too.
  await requireStaff("/admin");
  const links = [
    { href: "/admin", label: "Overview" },
    { href: "/admin/outbox", label: "Outbox" },
  ];
  return (
    <div className="bg-wash">
      <Container className="py-8">
        <nav aria-label="Dashboard" className="mb-6">
          <ul className="flex flex-wrap gap-2">
            {links.map((link) => (
              <li key={link.href}>
                <Link
                  href={link.href}
                  className="inline-flex min-h-11 items-center rounded-md bg-paper px-4 font-medium ring-1 ring-line hover:bg-brand-50"
                >
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        {children}
      </Container>
    </div>
  );
}

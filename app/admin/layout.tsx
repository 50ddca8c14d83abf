import type { ReactNode } from "react";
import { Container } from "@/components/ui/container";
import { isAdmin } from "@/lib/access";
import { requireStaff } from "@/lib/auth/viewer";
import { AdminNav } from "./_components/admin-nav";

export const metadata = { robots: { index: false } };

export default async function AdminLayout({ children }: { children: ReactNode }) {
  // Layouts are not re-rendered on every navigation, so each page checks again too.
  const viewer = await requireStaff("/admin");
  const links = [
    { href: "/admin", label: "Overview" },
    { href: "/admin/news", label: "News" },
    { href: "/admin/resources", label: "Resources" },
    { href: "/admin/newsletters", label: "Newsletters" },
    { href: "/admin/events", label: "Events" },
    { href: "/admin/vocabulary", label: "Search vocabulary" },
    ...(isAdmin(viewer)
      ? [
          { href: "/admin/members", label: "Members" },
          { href: "/admin/organisations", label: "Organisations" },
          { href: "/admin/tiers", label: "Tiers" },
          { href: "/admin/audit", label: "Audit log" },
          { href: "/admin/outbox", label: "Outbox" },
        ]
      : []),
  ];
  return (
    <div className="bg-wash">
      <Container className="py-8">
        <AdminNav links={links} />
        {children}
      </Container>
    </div>
  );
}

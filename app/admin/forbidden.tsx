import { Link } from "@/components/ui/link";
import { AdminPage } from "./_components/admin-page";

/**
 * Staff refused an admin-only page (requireAdmin). Rendered inside the dashboard layout, so editors
 * keep its navigation; non-staff never get this far (the layout refuses them with the site's page).
 */
export default function AdminForbidden() {
  return (
    <AdminPage title="Admins only" lead="This part of the dashboard is for administrators. Ask an administrator if you need something changed here.">
      <p>
        <Link href="/admin">Go to the dashboard overview</Link>
      </p>
    </AdminPage>
  );
}

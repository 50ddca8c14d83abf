import { Link } from "@/components/ui/link";
import { listOrganisations } from "@/db/queries/organisations";
import { requireAdmin } from "@/lib/auth/viewer";
import { formatDate } from "@/lib/format";
import { organisationStatus, statusWords } from "@/lib/organisations/terms";
import { AdminPage, buttonClass } from "../_components/admin-page";
import { AdminTable } from "../_components/admin-table";

export const metadata = { title: "Organisations · Dashboard" };

export default async function OrganisationsPage() {
  await requireAdmin("/admin/organisations");
  const organisations = await listOrganisations();
  const now = new Date();
  return (
    <AdminPage
      title="Organisations"
      lead="Schools, colleges and local authorities that buy a membership for their staff: their tier, seats, dates and invoices."
      actions={
        <Link href="/admin/organisations/new" className={buttonClass.primary}>
          New organisation
        </Link>
      }
    >
      <AdminTable
        caption="Organisations, by name"
        rows={organisations}
        empty="No organisations yet."
        columns={[
          {
            header: "Name",
            cell: (o) => (
              <Link href={`/admin/organisations/${o.id}`} className="font-semibold">
                {o.name}
              </Link>
            ),
          },
          { header: "Tier", cell: (o) => o.tierName },
          { header: "Seats used", cell: (o) => `${o.used} of ${o.seats}` },
          { header: "Status", cell: (o) => statusWords[organisationStatus(o, now)] },
          { header: "Ends", cell: (o) => (o.endsAt ? formatDate(o.endsAt) : "Not started") },
          { header: "Open invoices", cell: (o) => o.openInvoices },
        ]}
      />
    </AdminPage>
  );
}

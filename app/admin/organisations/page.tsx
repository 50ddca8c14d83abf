import Link from "next/link";
import { listOrganisations } from "@/db/queries/organisations";
import { requireAdmin } from "@/lib/auth/viewer";
import { formatDate } from "@/lib/format";
import { organisationStatus, statusWords } from "@/lib/organisations/terms";
import { AdminPage, buttonClass, tableClass } from "../_components/admin-page";

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
      {organisations.length === 0 ? (
        <p>No organisations yet.</p>
      ) : (
        <div className={tableClass.wrap}>
          <table className={tableClass.table}>
            <caption className="sr-only">Organisations, by name</caption>
            <thead>
              <tr>
                <th scope="col" className={tableClass.th}>Name</th>
                <th scope="col" className={tableClass.th}>Tier</th>
                <th scope="col" className={tableClass.th}>Seats used</th>
                <th scope="col" className={tableClass.th}>Status</th>
                <th scope="col" className={tableClass.th}>Ends</th>
                <th scope="col" className={tableClass.th}>Open invoices</th>
              </tr>
            </thead>
            <tbody>
              {organisations.map((o) => (
                <tr key={o.id}>
                  <td className={tableClass.td}>
                    <Link href={`/admin/organisations/${o.id}`} className="font-semibold">
                      {o.name}
                    </Link>
                  </td>
                  <td className={tableClass.td}>{o.tierName}</td>
                  <td className={tableClass.td}>
                    {o.used} of {o.seats}
                  </td>
                  <td className={tableClass.td}>{statusWords[organisationStatus(o, now)]}</td>
                  <td className={tableClass.td}>{o.endsAt ? formatDate(o.endsAt) : "Not started"}</td>
                  <td className={tableClass.td}>{o.openInvoices}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </AdminPage>
  );
}

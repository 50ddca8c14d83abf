import { Link } from "@/components/ui/link";
import { listTiers } from "@/db/queries/taxonomy";
import { MAX_IMPORT_ROWS } from "@/lib/members/csv";
import { requireAdmin } from "@/lib/auth/viewer";
import { AdminPage } from "../../_components/admin-page";
import { ImportForm } from "../_components/import-form";

export const metadata = { title: "Import members · Dashboard" };

export default async function ImportMembersPage() {
  await requireAdmin("/admin/members/import");
  const tiers = await listTiers();
  return (
    <AdminPage
      title="Import members"
      lead="Create and update accounts from a spreadsheet. You see what will change before anything is written, and a file with any bad row is not imported at all."
      actions={
        <Link href="/admin/members" className="inline-flex min-h-11 items-center font-medium">
          All members
        </Link>
      }
    >
      <section aria-labelledby="format-heading" className="mb-8 rounded-xl bg-wash p-5">
        <h2 id="format-heading" className="font-sans text-lg font-semibold">
          The file
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          <li>
            A CSV file whose first line names the columns <code>email,name,tier,expiry</code> (other columns are ignored, so an
            edited export works).
          </li>
          <li>
            <strong>tier</strong>: {tiers.map((t) => `${t.slug} (${t.name})`).join(", ")}.
          </li>
          <li>
            <strong>expiry</strong>: the last day of the membership, as 2027-07-31 or 31/07/2027; empty for no end date (and for
            Free).
          </li>
          <li>An email that already has an account updates its name, tier and expiry; a new email creates an account.</li>
          <li>Up to {MAX_IMPORT_ROWS.toLocaleString("en-GB")} rows and 1 MB per file.</li>
        </ul>
      </section>
      <ImportForm />
    </AdminPage>
  );
}

import { listTiers } from "@/db/queries/taxonomy";
import { CompactForm } from "@/components/organisations/compact-form";
import { requireAdmin } from "@/lib/auth/viewer";
import { AdminPage } from "../../_components/admin-page";
import { organisationFields } from "../_components/organisation-fields";
import { createOrganisationAction } from "../actions";

export const metadata = { title: "New organisation · Dashboard" };

export default async function NewOrganisationPage() {
  await requireAdmin("/admin/organisations/new");
  const tiers = await listTiers();
  return (
    <AdminPage title="New organisation" lead="Add its domains and admins on the next page, then issue its first invoice.">
      <div className="max-w-2xl">
        <CompactForm action={createOrganisationAction} idPrefix="org" fields={organisationFields(tiers)} submitLabel="Create organisation" pendingText="Creating…" />
      </div>
    </AdminPage>
  );
}

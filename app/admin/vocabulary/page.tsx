import { listSynonymGroups } from "@/db/queries/search/vocabulary";
import { requireStaff } from "@/lib/auth/viewer";
import { first, type SearchParams } from "@/lib/params";
import { ActionForm } from "../_components/action-form";
import { AdminPage } from "../_components/admin-page";
import { Notice } from "../_components/notice";
import { deleteSynonymGroupAction } from "./actions";
import { SynonymForm } from "./_components/synonym-form";

export const metadata = { title: "Search vocabulary · Dashboard" };

export default async function VocabularyPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireStaff("/admin/vocabulary");
  const [groups, params] = await Promise.all([listSynonymGroups(), searchParams]);
  const saved = groups.find((g) => g.id === first(params.saved));
  return (
    <AdminPage
      title="Search vocabulary"
      lead="Words and phrases that mean the same in SEND. A search for any term in a group also finds the others, and the results say so. Every change is in the audit log."
    >
      {saved && <Notice>Saved: {saved.terms.join(" / ")}. Searches use it now.</Notice>}
      {first(params.deleted) && <Notice>The group has been removed. Searches no longer use it.</Notice>}
      {first(params.unchanged) && <Notice>Nothing was changed.</Notice>}
      <section aria-labelledby="new-group-heading" className="rounded-xl border border-line bg-wash p-5">
        <h2 id="new-group-heading" className="text-xl font-semibold text-brand-900">
          Add a group
        </h2>
        <div className="mt-3 max-w-xl">
          <SynonymForm terms={[]} label="Terms" />
        </div>
      </section>
      <h2 className="mt-8 text-xl font-semibold text-brand-900">
        {groups.length} {groups.length === 1 ? "group" : "groups"}
      </h2>
      <ul className="mt-4 grid gap-4 lg:grid-cols-2">
        {groups.map((group) => (
          <li key={group.id} id={`group-${group.id}`} className="rounded-xl border border-line p-5">
            <h3 className="font-semibold text-ink">{group.terms.join(" / ")}</h3>
            <div className="mt-3">
              <SynonymForm key={group.terms.join("\n")} id={group.id} terms={group.terms} label={`Terms for ${group.terms[0]}`} />
            </div>
            <div className="mt-3">
              <ActionForm
                action={deleteSynonymGroupAction}
                id={group.id}
                label={`Remove ${group.terms[0]}`}
                pendingLabel="Removing…"
                tone="dangerOutline"
                confirm={<p>Remove the group {group.terms.join(" / ")}? Searches for these terms will find only the words typed.</p>}
                confirmLabel="Yes, remove it"
              />
            </div>
          </li>
        ))}
      </ul>
    </AdminPage>
  );
}

import { Link } from "@/components/ui/link";
import { auditEntityTypes, listAudit, listAuditFacets } from "@/db/queries/audit";
import { Pagination } from "@/components/ui/pagination";
import { describeAuditAction } from "@/lib/admin/audit-words";
import { requireAdmin } from "@/lib/auth/viewer";
import { oneOf, pageParam, withQuery, type SearchParams } from "@/lib/params";
import { ActivityList } from "../_components/activity-list";
import { AdminPage, buttonClass, inputClass } from "../_components/admin-page";

export const metadata = { title: "Audit log · Dashboard" };

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireAdmin("/admin/audit");
  const [params, facets] = await Promise.all([searchParams, listAuditFacets()]);
  const filters = {
    actor: oneOf(params.actor, facets.actors.map((a) => a.id)),
    entity: oneOf(params.entity, auditEntityTypes),
    action: oneOf(params.action, facets.actions),
  };
  const result = await listAudit({ actorId: filters.actor, entityType: filters.entity, action: filters.action }, pageParam(params.page));
  const filtered = Boolean(filters.actor || filters.entity || filters.action);
  return (
    <AdminPage title="Audit log" lead="Every change staff have made, newest first: who, what and when.">
      <form method="get" action="/admin/audit" role="search" aria-label="Filter the audit log" className="rounded-xl border border-line bg-wash p-4">
        <div className="grid gap-4 sm:grid-cols-3 lg:grid-cols-[1fr_1fr_1fr_auto] lg:items-end">
          <div>
            <label htmlFor="filter-actor" className="font-medium">
              Who
            </label>
            <select id="filter-actor" name="actor" defaultValue={filters.actor ?? ""} className={inputClass()}>
              <option value="">Anyone</option>
              {facets.actors.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name} ({a.email})
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="filter-entity" className="font-medium">
              What kind of thing
            </label>
            <select id="filter-entity" name="entity" defaultValue={filters.entity ?? ""} className={inputClass()}>
              <option value="">Anything</option>
              {auditEntityTypes.map((t) => (
                <option key={t} value={t}>
                  {t[0]!.toUpperCase() + t.slice(1)}s
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="filter-action" className="font-medium">
              Action
            </label>
            <select id="filter-action" name="action" defaultValue={filters.action ?? ""} className={inputClass()}>
              <option value="">Any action</option>
              {facets.actions.map((a) => (
                <option key={a} value={a}>
                  {describeAuditAction(a)}
                </option>
              ))}
            </select>
          </div>
          <div className="flex flex-wrap items-center gap-3">
            <button type="submit" className={buttonClass.primary}>
              Apply
            </button>
            {filtered && (
              <Link href="/admin/audit" className="inline-flex min-h-11 items-center font-medium">
                Clear
              </Link>
            )}
          </div>
        </div>
      </form>
      <h2 className="mt-6 mb-3 font-sans text-lg font-semibold" aria-live="polite">
        {result.total === 0 ? "No entries match" : `${result.total} ${result.total === 1 ? "entry" : "entries"}`}
      </h2>
      <ActivityList rows={result.items} showChanges />
      <Pagination
        page={result.page}
        pageCount={result.pageCount}
        href={(page) => withQuery("/admin/audit", { ...filters, page })}
        label="Audit log pages"
      />
    </AdminPage>
  );
}

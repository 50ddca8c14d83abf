import Link from "next/link";
import { listAdminResources } from "@/db/queries/resources/admin";
import { listTiers } from "@/db/queries/taxonomy";
import { AudienceBadge } from "@/components/ui/audience-badge";
import { FormattedDate } from "@/components/ui/formatted-date";
import { Pagination } from "@/components/ui/pagination";
import { audienceLabel } from "@/lib/access";
import { contentFiltersFrom } from "@/lib/admin/list-params";
import { requireStaff } from "@/lib/auth/viewer";
import { first, pageParam, withQuery, type SearchParams } from "@/lib/params";
import { AdminPage, buttonClass, tableClass } from "../_components/admin-page";
import { ContentFilters } from "../_components/content-filters";
import { Notice } from "../_components/notice";
import { StatusBadge } from "../_components/status-badge";

export const metadata = { title: "Resources · Dashboard" };

export default async function AdminResourcesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireStaff("/admin/resources");
  const params = await searchParams;
  const filters = contentFiltersFrom(params);
  const [result, tiers] = await Promise.all([listAdminResources(filters, pageParam(params.page)), listTiers()]);
  const deleted = first(params.deleted);
  return (
    <AdminPage
      title="Resources"
      lead="The resource library: drafts, scheduled and published resources."
      actions={
        <Link href="/admin/resources/new" className={buttonClass.primary}>
          New resource
        </Link>
      }
    >
      {deleted && <Notice>The resource {deleted} has been deleted.</Notice>}
      <ContentFilters action="/admin/resources" filters={filters} noun="resources" />
      <h2 className="mt-6 font-sans text-lg font-semibold" aria-live="polite">
        {result.total === 0 ? "No resources match" : `${result.total} ${result.total === 1 ? "resource" : "resources"}`}
      </h2>
      {result.total > 0 && (
        <div className={tableClass.wrap}>
          <table className={tableClass.table}>
            <thead>
              <tr>
                <th scope="col" className={tableClass.th}>Title</th>
                <th scope="col" className={tableClass.th}>Who can open it</th>
                <th scope="col" className={tableClass.th}>Status</th>
                <th scope="col" className={tableClass.th}>Last changed</th>
              </tr>
            </thead>
            <tbody>
              {result.items.map((r) => (
                <tr key={r.id}>
                  <td className={tableClass.td}>
                    <Link href={`/admin/resources/${r.id}`} className="font-semibold">
                      {r.title}
                    </Link>
                    <div className="text-muted">
                      {r.type} · /{r.slug}
                      {r.hasFile && " · has a file"}
                    </div>
                  </td>
                  <td className={tableClass.td}>
                    <AudienceBadge label={audienceLabel({ visibility: r.visibility, tiers: r.tiers }, tiers)} visibility={r.visibility} tiers={r.tiers} />
                  </td>
                  <td className={tableClass.td}>
                    <StatusBadge status={r.status} publishedAt={r.publishedAt} />
                  </td>
                  <td className={tableClass.td}>
                    <FormattedDate date={r.updatedAt} />
                    {r.updatedByName && <div className="text-muted">by {r.updatedByName}</div>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination
        page={result.page}
        pageCount={result.pageCount}
        href={(page) => withQuery("/admin/resources", { ...filters, page })}
        label="Resource table pages"
      />
    </AdminPage>
  );
}

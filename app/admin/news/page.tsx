import Link from "next/link";
import { listAdminNews } from "@/db/queries/news";
import { FormattedDate } from "@/components/ui/formatted-date";
import { Pagination } from "@/components/ui/pagination";
import { contentFiltersFrom } from "@/lib/admin/list-params";
import { requireStaff } from "@/lib/auth/viewer";
import { first, pageParam, withQuery, type SearchParams } from "@/lib/params";
import { AdminPage, buttonClass, tableClass } from "../_components/admin-page";
import { ContentFilters } from "../_components/content-filters";
import { Notice } from "../_components/notice";
import { StatusBadge } from "../_components/status-badge";

export const metadata = { title: "News · Dashboard" };

export default async function AdminNewsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireStaff("/admin/news");
  const params = await searchParams;
  const filters = contentFiltersFrom(params);
  const result = await listAdminNews(filters, pageParam(params.page));
  const deleted = first(params.deleted);
  return (
    <AdminPage
      title="News"
      lead="Articles: drafts, scheduled and published."
      actions={
        <Link href="/admin/news/new" className={buttonClass.primary}>
          New article
        </Link>
      }
    >
      {deleted && <Notice>The article {deleted} has been deleted.</Notice>}
      <ContentFilters action="/admin/news" filters={filters} noun="articles" />
      <h2 className="mt-6 font-sans text-lg font-semibold" aria-live="polite">
        {result.total === 0 ? "No articles match" : `${result.total} ${result.total === 1 ? "article" : "articles"}`}
      </h2>
      {result.total > 0 && (
        <div className={tableClass.wrap}>
          <table className={tableClass.table}>
            <thead>
              <tr>
                <th scope="col" className={tableClass.th}>Title</th>
                <th scope="col" className={tableClass.th}>Status</th>
                <th scope="col" className={tableClass.th}>Publication date</th>
                <th scope="col" className={tableClass.th}>Last changed</th>
              </tr>
            </thead>
            <tbody>
              {result.items.map((a) => (
                <tr key={a.id}>
                  <td className={tableClass.td}>
                    <Link href={`/admin/news/${a.id}`} className="font-semibold">
                      {a.title}
                    </Link>
                    <div className="text-muted">/{a.slug}</div>
                  </td>
                  <td className={tableClass.td}>
                    <StatusBadge status={a.status} publishedAt={a.publishedAt} />
                  </td>
                  <td className={tableClass.td}>{a.publishedAt ? <FormattedDate date={a.publishedAt} /> : "—"}</td>
                  <td className={tableClass.td}>
                    <FormattedDate date={a.updatedAt} />
                    {a.updatedByName && <div className="text-muted">by {a.updatedByName}</div>}
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
        href={(page) => withQuery("/admin/news", { ...filters, page })}
        label="News table pages"
      />
    </AdminPage>
  );
}

import { listAdminNews } from "@/db/queries/news";
import { FormattedDate } from "@/components/ui/formatted-date";
import { contentFiltersFrom } from "@/lib/admin/list-params";
import { requireStaff } from "@/lib/auth/viewer";
import { first, pageParam, type SearchParams } from "@/lib/params";
import { ContentListPage, statusColumn } from "../_components/content/content-list-page";
import { articleKind } from "../_components/content/kinds";

export const metadata = { title: "News · Dashboard" };

export default async function AdminNewsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireStaff("/admin/news");
  const params = await searchParams;
  const filters = contentFiltersFrom(params);
  const result = await listAdminNews(filters, pageParam(params.page));
  return (
    <ContentListPage
      kind={articleKind}
      filters={filters}
      result={result}
      deleted={first(params.deleted)}
      columns={[
        statusColumn,
        { header: "Publication date", cell: (a) => (a.publishedAt ? <FormattedDate date={a.publishedAt} /> : "—") },
      ]}
    />
  );
}

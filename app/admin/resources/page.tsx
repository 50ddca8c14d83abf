import { listAdminResources } from "@/db/queries/resources/admin";
import { listTiers } from "@/db/queries/taxonomy";
import { AudienceBadge } from "@/components/ui/audience-badge";
import { audienceLabel } from "@/lib/access";
import { contentFiltersFrom } from "@/lib/admin/list-params";
import { requireStaff } from "@/lib/auth/viewer";
import { first, pageParam, type SearchParams } from "@/lib/params";
import { ContentListPage, statusColumn } from "../_components/content/content-list-page";
import { resourceKind } from "../_components/content/kinds";

export const metadata = { title: "Resources · Dashboard" };

export default async function AdminResourcesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireStaff("/admin/resources");
  const params = await searchParams;
  const filters = contentFiltersFrom(params);
  const [result, tiers] = await Promise.all([listAdminResources(filters, pageParam(params.page)), listTiers()]);
  return (
    <ContentListPage
      kind={resourceKind}
      filters={filters}
      result={result}
      deleted={first(params.deleted)}
      detail={(r) => (
        <>
          {r.type} · /{r.slug}
          {r.hasFile && " · has a file"}
        </>
      )}
      columns={[
        {
          header: "Who can open it",
          cell: (r) => (
            <AudienceBadge label={audienceLabel({ visibility: r.visibility, tiers: r.tiers }, tiers)} visibility={r.visibility} tiers={r.tiers} />
          ),
        },
        statusColumn,
      ]}
    />
  );
}

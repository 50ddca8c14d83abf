import { Link } from "@/components/ui/link";
import type { ReactNode } from "react";
import type { ContentListFilters } from "@/db/queries/content/list";
import type { Page } from "@/db/queries/shared";
import type { ContentStatus } from "@/db/schema";
import { FormattedDate } from "@/components/ui/formatted-date";
import { Pagination } from "@/components/ui/pagination";
import { withQuery } from "@/lib/params";
import { AdminPage, buttonClass, tableClass } from "../admin-page";
import { ContentFilters } from "../content-filters";
import { Notice } from "../notice";
import { StatusBadge } from "../status-badge";
import type { ContentKind } from "./kinds";

/** What every kind's table row has; a kind's own columns may read more. */
export interface ContentRow {
  id: string;
  title: string;
  slug: string;
  status: ContentStatus;
  publishedAt: Date | null;
  updatedAt: Date;
  updatedByName: string | null;
}

export interface Column<Row> {
  header: string;
  cell: (row: Row) => ReactNode;
}

export const statusColumn: Column<ContentRow> = {
  header: "Status",
  cell: (row) => <StatusBadge status={row.status} publishedAt={row.publishedAt} />,
};

/**
 * A kind's dashboard table: filters, count, rows and pages. Title comes first and "Last changed"
 * last in every kind; `columns` go between, and `detail` is the line under the title.
 */
export function ContentListPage<Row extends ContentRow>({
  kind,
  filters,
  result,
  deleted,
  columns,
  detail = (row) => <>/{row.slug}</>,
}: {
  kind: ContentKind;
  filters: ContentListFilters;
  result: Page<Row>;
  deleted: string | undefined;
  columns: Array<Column<Row>>;
  detail?: (row: Row) => ReactNode;
}) {
  return (
    <AdminPage
      title={kind.listTitle}
      lead={kind.listLead}
      actions={
        <Link href={`${kind.adminPath}/new`} className={buttonClass.primary}>
          {`New ${kind.noun}`}
        </Link>
      }
    >
      {deleted && <Notice>{`The ${kind.noun} ${deleted} has been deleted.`}</Notice>}
      <ContentFilters action={kind.adminPath} filters={filters} noun={kind.plural} />
      <h2 className="mt-6 font-sans text-lg font-semibold" aria-live="polite">
        {result.total === 0 ? `No ${kind.plural} match` : `${result.total} ${result.total === 1 ? kind.noun : kind.plural}`}
      </h2>
      {result.total > 0 && (
        <div className={tableClass.wrap}>
          <table className={tableClass.table}>
            <thead>
              <tr>
                {["Title", ...columns.map((c) => c.header), "Last changed"].map((header) => (
                  <th key={header} scope="col" className={tableClass.th}>
                    {header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {result.items.map((row) => (
                <tr key={row.id}>
                  <td className={tableClass.td}>
                    <Link href={`${kind.adminPath}/${row.id}`} className="font-semibold">
                      {row.title}
                    </Link>
                    <div className="text-muted">{detail(row)}</div>
                  </td>
                  {columns.map((column) => (
                    <td key={column.header} className={tableClass.td}>
                      {column.cell(row)}
                    </td>
                  ))}
                  <td className={tableClass.td}>
                    <FormattedDate date={row.updatedAt} />
                    {row.updatedByName && <div className="text-muted">by {row.updatedByName}</div>}
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
        href={(page) => withQuery(kind.adminPath, { ...filters, page })}
        label={kind.paginationLabel}
      />
    </AdminPage>
  );
}

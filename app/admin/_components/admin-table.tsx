import type { ReactNode } from "react";
import { tableClass } from "./admin-page";

export interface AdminColumn<T> {
  header: string;
  cell: (row: T) => ReactNode;
}

/**
 * A dashboard list as a table: a caption for screen readers, a header row, one row per item, and
 * a line in place of the table when there is nothing to list. It scrolls sideways on a phone.
 */
export function AdminTable<T extends { id: string }>({
  caption,
  rows,
  columns,
  empty,
}: {
  caption: string;
  rows: readonly T[];
  columns: ReadonlyArray<AdminColumn<T>>;
  empty: string;
}) {
  if (rows.length === 0) return <p>{empty}</p>;
  return (
    <div className={tableClass.wrap}>
      <table className={tableClass.table}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.header} scope="col" className={tableClass.th}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              {columns.map((column) => (
                <td key={column.header} className={tableClass.td}>
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

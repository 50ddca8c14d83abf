import type { AuditRow } from "@/db/queries/audit";
import { describeAuditAction } from "@/lib/admin/audit-words";
import { formatDateTime } from "@/lib/format";

const entityLink = (row: AuditRow) =>
  row.entityId && row.action !== "delete"
    ? ({ article: `/admin/news/${row.entityId}`, resource: `/admin/resources/${row.entityId}`, account: `/admin/members/${row.entityId}`, tier: "/admin/tiers", organisation: `/admin/organisations/${row.entityId}` } as Record<string, string>)[row.entityType]
    : undefined;

/** Audit entries as sentences: who did what, when; with the changed fields when there are some. */
export function ActivityList({ rows, showChanges = false }: { rows: AuditRow[]; showChanges?: boolean }) {
  if (rows.length === 0) return <p className="text-muted">Nothing yet.</p>;
  return (
    <ol className="divide-y divide-line rounded-xl border border-line" data-testid="activity">
      {rows.map((row) => {
        const href = entityLink(row);
        return (
          <li key={row.id} className="p-4">
            <p>
              <span className="font-semibold">{row.actorName ?? "A deleted account"}</span>{" "}
              {href ? <a href={href}>{row.summary}</a> : row.summary}
            </p>
            <p className="text-sm text-muted">
              <time dateTime={row.createdAt.toISOString()}>{formatDateTime(row.createdAt)}</time> · {describeAuditAction(row.action)}
            </p>
            {showChanges && row.changes != null && (
              <details className="mt-2 text-sm">
                <summary className="min-h-11 cursor-pointer py-2.5 font-medium">What changed</summary>
                <pre className="mt-1 overflow-x-auto whitespace-pre-wrap rounded-md bg-wash p-3 font-mono text-xs">
                  {JSON.stringify(row.changes, null, 2)}
                </pre>
              </details>
            )}
          </li>
        );
      })}
    </ol>
  );
}

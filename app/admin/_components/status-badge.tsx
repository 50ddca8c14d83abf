import { displayStatus } from "@/db/queries/content/status";
import type { ContentStatus } from "@/db/schema";
import { formatDateTime } from "@/lib/format";

/** Draft, Published, or "Scheduled for 09:00 on 1 July 2026": in words, the colour only repeats them. */
export function StatusBadge({ status, publishedAt }: { status: ContentStatus; publishedAt: Date | null }) {
  const state = displayStatus(status, publishedAt);
  const tone = {
    draft: "bg-slate-100 text-slate-800 ring-slate-300",
    published: "bg-emerald-50 text-emerald-900 ring-emerald-200",
    scheduled: "bg-amber-50 text-amber-900 ring-amber-300",
  }[state];
  return (
    <span className={`inline-flex rounded-full px-2.5 py-0.5 text-sm font-medium ring-1 ring-inset ${tone}`}>
      {state === "draft" ? "Draft" : state === "published" ? "Published" : `Scheduled for ${formatDateTime(publishedAt!)}`}
    </span>
  );
}

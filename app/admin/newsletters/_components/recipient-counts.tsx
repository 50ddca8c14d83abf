import type { RecipientCounts } from "@/db/queries/newsletters";

/** Queued, sent, failed (and skipped: unsubscribed before their turn), with a progress bar. */
export function RecipientCountsView({ counts }: { counts: RecipientCounts }) {
  const done = counts.sent + counts.failed + counts.skipped;
  const items = [
    ["Queued", counts.queued + counts.sending],
    ["Sent", counts.sent],
    ["Failed", counts.failed],
    ["Not sent: unsubscribed since", counts.skipped],
  ] as const;
  return (
    <div>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4" data-testid="recipient-counts">
        {items.map(([label, n]) => (
          <div key={label} className="rounded-lg border border-line bg-wash p-3">
            <dt className="text-sm text-muted">{label}</dt>
            <dd className="text-2xl font-semibold text-brand-900">{n}</dd>
          </div>
        ))}
      </dl>
      {counts.total > 0 && (
        <p className="mt-3">
          <label htmlFor="send-progress" className="text-sm text-muted">
            {done} of {counts.total} done
          </label>
          <progress id="send-progress" max={counts.total} value={done} className="mt-1 block h-3 w-full" />
        </p>
      )}
    </div>
  );
}

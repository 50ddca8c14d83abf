import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { viewOutboxMessage } from "@/db/queries/outbox";
import { FormattedDate } from "@/components/ui/formatted-date";
import { requireAdmin } from "@/lib/auth/viewer";
import { outboxShowsLinks } from "@/lib/env";

export const metadata = { title: "Email · Outbox" };

/** One outbox email with its single-use links, where they may be shown; each view is audited. */
export default async function OutboxMessagePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireAdmin(`/admin/outbox/${id}`);
  if (!outboxShowsLinks() || !/^[1-9]\d{0,14}$/.test(id)) notFound();
  const message = await viewOutboxMessage(viewer.id, Number(id));
  if (!message) notFound();
  return (
    <div className="rounded-2xl border border-line bg-paper p-6 sm:p-8">
      <h1 className="text-3xl font-semibold text-brand-900">{message.subject}</h1>
      <p className="mt-2 text-sm text-muted">
        To <span data-testid="outbox-to">{message.to}</span> · <FormattedDate date={message.createdAt} />
      </p>
      <p className="mt-4">This view, with its links, is recorded in the audit log.</p>
      <pre data-testid="outbox-text" className="mt-3 overflow-x-auto whitespace-pre-wrap break-words rounded-md bg-wash p-3 font-sans text-sm">
        {message.text}
      </pre>
      <p className="mt-6">
        <Link href="/admin/outbox">Back to the outbox</Link>
      </p>
    </div>
  );
}

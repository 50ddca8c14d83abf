import { listOutbox } from "@/db/queries/outbox";
import { FormattedDate } from "@/components/ui/formatted-date";
import { requireAdmin } from "@/lib/auth/viewer";

export const metadata = { title: "Outbox" };

/**
 * Every email the site has sent; with no SMTP configured, this is where they are delivered. Admins
 * only: the emails hold password-reset links, which would let an editor take over any account.
 */
export default async function OutboxPage() {
  await requireAdmin("/admin/outbox");
  const messages = await listOutbox();
  return (
    <div className="rounded-2xl border border-line bg-paper p-6 sm:p-8">
      <h1 className="text-3xl font-semibold text-brand-900">Outbox</h1>
      <p className="mt-2 text-muted">The latest {messages.length} emails, newest first.</p>
      {messages.length === 0 ? (
        <p className="mt-6">No emails have been sent yet.</p>
      ) : (
        <ol className="mt-6 space-y-4">
          {messages.map((m) => (
            <li key={m.id} className="rounded-xl border border-line p-4" data-testid="outbox-message">
              <h2 className="font-sans text-lg font-semibold">{m.subject}</h2>
              <p className="text-sm text-muted">
                To <span data-testid="outbox-to">{m.to}</span> · <FormattedDate date={m.createdAt} /> ·{" "}
                {m.error ? `Not delivered: ${m.error}` : m.sentAt ? "Delivered by SMTP" : "Outbox only"}
              </p>
              <pre className="mt-3 overflow-x-auto whitespace-pre-wrap break-words rounded-md bg-wash p-3 font-sans text-sm">
                {m.text}
              </pre>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

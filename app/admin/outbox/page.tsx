import { listOutbox } from "@/db/queries/outbox";
import { FormattedDate } from "@/components/ui/formatted-date";
import { requireAdmin } from "@/lib/auth/viewer";
import { redactTokenLinks } from "@/lib/email";
import { outboxShowsLinks } from "@/lib/env";

export const metadata = { title: "Outbox" };

/**
 * Every email the site has sent; with no SMTP configured, this is where they are delivered. Admins
 * only, and single-use links (reset, confirm, invite) are hidden here: whoever follows one can take
 * over that account, another admin's included. Where OUTBOX_SHOWS_LINKS (or development) allows,
 * one email at a time can be opened with its links, and each opening is audited.
 */
export default async function OutboxPage() {
  await requireAdmin("/admin/outbox");
  const messages = await listOutbox();
  const showsLinks = outboxShowsLinks();
  return (
    <div className="rounded-2xl border border-line bg-paper p-6 sm:p-8">
      <h1 className="text-3xl font-semibold text-brand-900">Outbox</h1>
      <p className="mt-2 text-muted">The latest {messages.length} emails, newest first. Single-use links are hidden.</p>
      {messages.length === 0 ? (
        <p className="mt-6">No emails have been sent yet.</p>
      ) : (
        <ol className="mt-6 space-y-4">
          {messages.map((m) => {
            const text = redactTokenLinks(m.text, "[single-use link hidden]");
            return (
              <li key={m.id} className="rounded-xl border border-line p-4" data-testid="outbox-message" data-id={m.id}>
                <h2 className="font-sans text-lg font-semibold">{m.subject}</h2>
                <p className="text-sm text-muted">
                  To <span data-testid="outbox-to">{m.to}</span> · <FormattedDate date={m.createdAt} /> ·{" "}
                  {m.error ? `Not delivered: ${m.error}` : m.sentAt ? "Delivered by SMTP" : "Outbox only"}
                </p>
                <pre className="mt-3 overflow-x-auto whitespace-pre-wrap break-words rounded-md bg-wash p-3 font-sans text-sm">{text}</pre>
                {showsLinks && text !== m.text && (
                  // A plain link: the router would prefetch it, and every view is audited.
                  <a href={`/admin/outbox/${m.id}`} className="mt-2 inline-block font-medium">
                    Show this email with its links (recorded in the audit log)
                  </a>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}

import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { countAudience, getNewsletter, listFailedRecipients } from "@/db/queries/newsletters";
import { requireStaff } from "@/lib/auth/viewer";
import { toLondonDateTime } from "@/lib/dates";
import { env } from "@/lib/env";
import { formatDateTime } from "@/lib/format";
import { composeNewsletter } from "@/lib/newsletters/compose";
import type { SearchParams } from "@/lib/params";
import { site } from "@/lib/site";
import { ActionForm } from "../../_components/action-form";
import { AdminPage } from "../../_components/admin-page";
import { Notice } from "../../_components/notice";
import { cancelSendAction, deleteNewsletterAction, retryFailedAction, sendTestAction } from "../actions";
import { AutoRefresh } from "../_components/auto-refresh";
import { NewsletterForm } from "../_components/newsletter-form";
import { audienceOptions } from "../_components/options";
import { RecipientCountsView } from "../_components/recipient-counts";
import { SendPanel } from "../_components/send-panel";
import { statusWords } from "../_components/status-words";

export const metadata = { title: "Newsletter · Dashboard" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

const section = "mt-10 border-t border-line pt-8";

export default async function NewsletterAdminPage({ params, searchParams }: Props) {
  const { id } = await params;
  await requireStaff(`/admin/newsletters/${id}`);
  if (!z.uuid().safeParse(id).success) notFound();
  const [newsletter, query] = await Promise.all([getNewsletter(id), searchParams]);
  if (!newsletter) notFound();
  const editable = newsletter.status === "draft" || newsletter.status === "scheduled";
  const [options, audienceCount, failed] = await Promise.all([
    editable ? audienceOptions() : null,
    editable ? countAudience(id) : 0,
    newsletter.counts.failed > 0 ? listFailedRecipients(id) : [],
  ]);
  // The email as a subscriber gets it (their own unsubscribe link in place of this placeholder).
  const preview = composeNewsletter(newsletter, { siteName: site.name, siteUrl: env.SITE_URL, unsubscribeUrl: `${env.SITE_URL}/newsletters/unsubscribe` });
  const status =
    newsletter.status === "scheduled" && newsletter.sendAt
      ? `Scheduled for ${formatDateTime(newsletter.sendAt)} (UK time)`
      : newsletter.status === "sent" && newsletter.sentAt
        ? `Sent, finished at ${formatDateTime(newsletter.sentAt)}`
        : statusWords[newsletter.status];

  return (
    <AdminPage title={newsletter.subject} lead={<>Status: {status}</>}>
      {query.created && <Notice>The draft was created.</Notice>}
      {query.saved && <Notice>Your changes were saved.</Notice>}
      {query.sending && <Notice>Sending has started. The counts below update as it goes.</Notice>}
      {typeof query.scheduled === "string" && <Notice>It will be sent at {query.scheduled} (UK time).</Notice>}
      {query.cancelled && <Notice>Sending was cancelled: it is a draft again.</Notice>}
      {(newsletter.status === "sending" || newsletter.status === "scheduled") && <AutoRefresh />}

      {newsletter.status !== "draft" && (
        <section aria-labelledby="progress-heading">
          <h2 id="progress-heading" className="mb-4 text-xl font-semibold">
            Delivery
          </h2>
          <RecipientCountsView counts={newsletter.counts} />
          {failed.length > 0 && (
            <div className="mt-6 space-y-3">
              <h3 className="font-semibold">Failed messages</h3>
              <ul className="list-disc pl-6 text-sm">
                {failed.map((f) => (
                  <li key={f.email}>
                    {f.email}: {f.error}
                  </li>
                ))}
              </ul>
              <ActionForm action={retryFailedAction} id={id} label="Retry failed messages" pendingLabel="Queuing…" />
            </div>
          )}
          {(newsletter.status === "sent" || newsletter.status === "sending") && (
            <p className="mt-4">
              <Link href={`/newsletters/${newsletter.slug}`}>Read it in the newsletter archive</Link>
            </p>
          )}
        </section>
      )}

      {editable && options && (
        <div className={newsletter.status === "draft" ? "" : section}>
          <NewsletterForm
            key={newsletter.version}
            values={{
              id: newsletter.id,
              version: newsletter.version,
              subject: newsletter.subject,
              slug: newsletter.slug,
              preheader: newsletter.preheader,
              body: newsletter.body,
              audience: newsletter.audience,
              audienceTiers: newsletter.audienceTiers,
              audienceOrganisations: newsletter.audienceOrganisations,
              audienceTopics: newsletter.audienceTopics,
            }}
            {...options}
          />
        </div>
      )}

      <section aria-labelledby="preview-heading" className={section}>
        <h2 id="preview-heading" className="text-xl font-semibold">
          Preview as email
        </h2>
        <p className="mt-2 text-muted">The saved version, as mail programs show it.</p>
        <iframe title={`Email preview: ${newsletter.subject}`} srcDoc={preview.html} sandbox="" className="mt-4 h-[36rem] w-full rounded-lg border border-line bg-white" />
        <details className="mt-4">
          <summary className="cursor-pointer font-semibold">Plain-text version</summary>
          <pre className="mt-2 overflow-x-auto whitespace-pre-wrap rounded-lg bg-wash p-4 text-sm">{preview.text}</pre>
        </details>
        <div className="mt-6">
          <ActionForm action={sendTestAction} id={id} label="Send a test to me" pendingLabel="Sending the test…" />
        </div>
      </section>

      {editable && (
        <section aria-labelledby="send-heading" className={section}>
          <h2 id="send-heading" className="text-xl font-semibold">
            Send
          </h2>
          <p className="mt-2 mb-4">
            {audienceCount} {audienceCount === 1 ? "person" : "people"} in this audience {audienceCount === 1 ? "has" : "have"} agreed to receive the newsletter
            now. Anyone who unsubscribes before their turn is not sent it.
          </p>
          <SendPanel id={id} version={newsletter.version} audienceCount={audienceCount} initialSendAt={newsletter.status === "scheduled" && newsletter.sendAt ? toLondonDateTime(newsletter.sendAt).slice(0, 16) : ""} />
          {newsletter.status === "scheduled" && (
            <div className="mt-6">
              <ActionForm action={cancelSendAction} id={id} label="Cancel sending" pendingLabel="Cancelling…" />
            </div>
          )}
          {newsletter.status === "draft" && (
            <div className="mt-6">
              <ActionForm
                action={deleteNewsletterAction}
                id={id}
                label="Delete draft"
                pendingLabel="Deleting…"
                tone="dangerOutline"
                confirm="Delete this draft for good?"
                confirmLabel="Yes, delete it"
              />
            </div>
          )}
        </section>
      )}
    </AdminPage>
  );
}

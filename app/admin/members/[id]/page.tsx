import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { getMemberBilling } from "@/db/queries/billing";
import { getMember } from "@/db/queries/members";
import { listAccountReminders } from "@/db/queries/reminders";
import { stripeDashboardUrl } from "@/lib/billing/stripe";
import { formatPounds } from "@/lib/billing/price";
import { listAudit } from "@/db/queries/audit";
import { listTiers } from "@/db/queries/taxonomy";
import { requireAdmin } from "@/lib/auth/viewer";
import { toLondonDate } from "@/lib/dates";
import { formatDate } from "@/lib/format";
import { first, type SearchParams } from "@/lib/params";
import { ActionForm } from "../../_components/action-form";
import { ActivityList } from "../../_components/activity-list";
import { AdminPage } from "../../_components/admin-page";
import { Notice } from "../../_components/notice";
import { cancelMemberErasureAction, sendMemberPasswordResetAction } from "../actions";
import { getLatestErasure } from "@/db/queries/privacy/requests";
import { env } from "@/lib/env";
import { StaffErasureForm } from "../_components/erasure-form";
import { ComplimentaryForm } from "../_components/complimentary-form";
import { MemberForm } from "../_components/member-form";

export const metadata = { title: "Member · Dashboard" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export default async function MemberPage({ params, searchParams }: Props) {
  const { id } = await params;
  const viewer = await requireAdmin(`/admin/members/${id}`);
  if (!z.uuid().safeParse(id).success) notFound();
  const [member, tiers, query, billing, reminders, erasure] = await Promise.all([
    getMember(id),
    listTiers(),
    searchParams,
    getMemberBilling(id),
    listAccountReminders(id),
    getLatestErasure(id),
  ]);
  if (!member) notFound();
  const erased = erasure?.status === "completed";
  const history = (await listAudit({ entityType: "account", entityId: id }, 1, 10)).items;
  const values = {
    id: member.id,
    tierSlug: member.tierSlug,
    expiry: member.membershipExpiresAt ? toLondonDate(member.membershipExpiresAt) : "",
    role: member.role,
    disabled: member.disabled,
  };
  return (
    <AdminPage
      title={member.name}
      lead={
        <>
          {member.email} · joined {formatDate(member.createdAt)}
          {member.emailVerifiedAt ? "" : " · email not confirmed"}
        </>
      }
      actions={
        <Link href="/admin/members" className="inline-flex min-h-11 items-center font-medium">
          All members
        </Link>
      }
    >
      {first(query.saved) === "1" && <Notice>The changes have been saved. They apply on the member’s next page view.</Notice>}
      {first(query.unchanged) === "1" && <Notice>Nothing was changed.</Notice>}
      {first(query.complimentary) === "1" && <Notice>The complimentary membership has been granted. It applies on the member’s next page view.</Notice>}
      {first(query.erased) === "1" && <Notice>The account has been erased. Payment records are kept without a name or email.</Notice>}
      {first(query.erasure) === "requested" && <Notice>The erasure has been scheduled and the member has been emailed how to cancel it.</Notice>}
      {first(query.erasure) === "cancelled" && <Notice>The erasure has been cancelled.</Notice>}
      {erased ? (
        <p className="rounded-md border-l-4 border-line bg-wash p-4">This account has been erased: it cannot sign in and holds no name or email.</p>
      ) : (
        <div className="grid gap-8 lg:grid-cols-[3fr_2fr]">
          <section aria-labelledby="membership-heading">
            <h2 id="membership-heading" className="mb-4 text-xl font-semibold text-brand-900">
              Membership and access
            </h2>
            <MemberForm key={JSON.stringify(values)} values={values} tiers={tiers} isSelf={member.id === viewer.id} />
          </section>
          <section aria-labelledby="password-heading" className="h-fit rounded-xl border border-line p-5">
            <h2 id="password-heading" className="font-sans text-lg font-semibold">
              Password
            </h2>
            <p className="mt-2 mb-4 text-muted">Email them a link to choose a new password. It works once, for one hour.</p>
            <ActionForm action={sendMemberPasswordResetAction} id={member.id} label="Send a password-reset email" pendingLabel="Sending…" />
          </section>
        </div>
      )}
      <section aria-labelledby="billing-heading" className="mt-10 grid gap-8 lg:grid-cols-[3fr_2fr]">
        <div>
          <h2 id="billing-heading" className="text-xl font-semibold text-brand-900">
            Subscription and payments
          </h2>
          {member.complimentary && member.membershipExpiresAt && (
            <p className="mt-3" data-testid="complimentary">
              Complimentary {tiers.find((t) => t.slug === member.tierSlug)?.name ?? member.tierSlug} membership until{" "}
              {formatDate(member.membershipExpiresAt)}.
            </p>
          )}
          {billing.customerId && (
            <p className="mt-3">
              Stripe customer:{" "}
              <a href={stripeDashboardUrl("customers", billing.customerId)} rel="noopener noreferrer">
                {billing.customerId}
              </a>
            </p>
          )}
          {billing.subscriptions.length === 0 ? (
            <p className="mt-3 text-muted">No subscription paid online.</p>
          ) : (
            <ul className="mt-3 space-y-3">
              {billing.subscriptions.map((sub) => (
                <li key={sub.stripeSubscriptionId} className="rounded-xl border border-line p-4">
                  <p className="font-semibold">
                    {sub.tierName}, {formatPounds(sub.unitAmountPence)} a year · {sub.status.replace("_", " ")}
                    {sub.cancelAtPeriodEnd ? " · renewal off" : ""}
                    {sub.renewsAsTierSlug ? ` · renews as ${sub.renewsAsTierSlug}` : ""}
                  </p>
                  <p className="text-muted">
                    Period ends {formatDate(sub.currentPeriodEnd)}
                    {sub.paymentFailedAt ? ` · payment failed ${formatDate(sub.paymentFailedAt)}` : ""}
                    {sub.cardLast4 ? ` · ${sub.cardBrand} ending ${sub.cardLast4}` : ""}
                  </p>
                  <p>
                    <a href={stripeDashboardUrl("subscriptions", sub.stripeSubscriptionId)} rel="noopener noreferrer">
                      {sub.stripeSubscriptionId}
                    </a>
                  </p>
                </li>
              ))}
            </ul>
          )}
          {billing.payments.length > 0 && (
            <table className="mt-4 w-full border-collapse text-left text-sm">
              <caption className="sr-only">Payments, newest first</caption>
              <thead>
                <tr>
                  <th scope="col" className="border-b border-line py-2 pr-3">Date</th>
                  <th scope="col" className="border-b border-line py-2 pr-3">Amount</th>
                  <th scope="col" className="border-b border-line py-2 pr-3">Status</th>
                  <th scope="col" className="border-b border-line py-2">Invoice</th>
                </tr>
              </thead>
              <tbody>
                {billing.payments.map((p) => (
                  <tr key={p.stripeInvoiceId}>
                    <td className="border-b border-line py-2 pr-3">{formatDate(p.paidAt ?? p.issuedAt)}</td>
                    <td className="border-b border-line py-2 pr-3">{formatPounds(p.status === "paid" ? p.amountPaidPence : p.amountDuePence)}</td>
                    <td className="border-b border-line py-2 pr-3">{p.status}</td>
                    <td className="border-b border-line py-2">
                      <a href={stripeDashboardUrl("invoices", p.stripeInvoiceId)} rel="noopener noreferrer">
                        {p.stripeInvoiceId}
                      </a>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <h3 className="mt-6 font-sans text-lg font-semibold">Reminders sent</h3>
          {reminders.length === 0 ? (
            <p className="mt-2 text-muted">None yet.</p>
          ) : (
            <ul className="mt-2 space-y-1" data-testid="reminder-history">
              {reminders.map((r) => (
                <li key={`${r.kind}-${r.dueKey}`}>
                  {formatDate(r.sentAt)}: {r.subject ?? r.kind}{" "}
                  {r.outboxId && <Link href={`/admin/outbox/${r.outboxId}`}>(email)</Link>}
                </li>
              ))}
            </ul>
          )}
        </div>
        {!erased && (
          <section aria-labelledby="complimentary-heading" className="h-fit rounded-xl border border-line p-5">
            <h2 id="complimentary-heading" className="font-sans text-lg font-semibold">
              Complimentary membership
            </h2>
            <p className="mt-2 mb-4 text-muted">A paid tier at no charge until a date. Nothing is charged and Stripe is not involved.</p>
            <ComplimentaryForm id={member.id} tiers={tiers.filter((t) => t.slug !== "free")} />
          </section>
        )}
      </section>
      <section aria-labelledby="privacy-heading" className="mt-10 grid gap-8 lg:grid-cols-[3fr_2fr]">
        <div>
          <h2 id="privacy-heading" className="text-xl font-semibold text-brand-900">
            Personal data
          </h2>
          <p className="mt-3 max-w-prose">
            For a request received by post or email (UK GDPR): download everything the portal holds about this person as a file to
            send them, or erase their account. Both are recorded in the audit log.
          </p>
          <p className="mt-3">
            <a href={`/admin/members/${member.id}/export`} download className="font-semibold">
              Download their data (JSON)
            </a>
          </p>
          {erasure?.status === "completed" && erasure.completedAt && (
            <p className="mt-3" data-testid="erasure-status">
              Erased on {formatDate(erasure.completedAt)}. Payment records are kept without a name or email for six years.
            </p>
          )}
          {erasure?.status === "pending" && (
            <div className="mt-3 space-y-3" data-testid="erasure-status">
              <p>
                Erasure due on {formatDate(erasure.dueAt)} ({erasure.source === "self" ? "asked for by the member" : `entered by staff: ${erasure.note}`}).
              </p>
              <ActionForm action={cancelMemberErasureAction} id={member.id} label="Cancel the erasure" pendingLabel="Cancelling…" />
            </div>
          )}
        </div>
        {erasure?.status !== "completed" && erasure?.status !== "pending" && (
          <section aria-labelledby="erase-heading" className="h-fit rounded-xl border border-red-300 p-5">
            <h2 id="erase-heading" className="font-sans text-lg font-semibold">
              Erase this account
            </h2>
            <p className="mt-2 mb-4 text-muted">
              Personal data is erased or anonymised; payments are kept without a name for six years (HMRC). A paid subscription is
              cancelled at Stripe.
            </p>
            <StaffErasureForm id={member.id} graceDays={env.ERASURE_GRACE_DAYS} />
          </section>
        )}
      </section>
      <section aria-labelledby="history-heading" className="mt-10">
        <h2 id="history-heading" className="text-xl font-semibold text-brand-900">
          Changes by staff
        </h2>
        <div className="mt-3">
          <ActivityList rows={history} showChanges />
        </div>
      </section>
    </AdminPage>
  );
}

import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getAccountSubscription, getTierPrice, listAccountPayments } from "@/db/queries/billing";
import { listTiers } from "@/db/queries/taxonomy";
import { ActionButtonForm } from "@/components/billing/action-button-form";
import { GraceBanner } from "@/components/billing/membership-banner";
import { TierPriceText } from "@/components/membership/tier-price";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { displayTier, FREE_TIER } from "@/lib/access";
import { requireViewer } from "@/lib/auth/viewer";
import { describePrice, formatPounds, isPaid } from "@/lib/billing/price";
import { paymentsEnabled } from "@/lib/billing/stripe";
import { inGrace } from "@/lib/billing/subscription-state";
import { formatDate } from "@/lib/format";
import { first, type SearchParams } from "@/lib/params";
import { site } from "@/lib/site";
import { choosePlanAction, setAutoRenewAction, updateCardAction } from "./actions";

export const metadata: Metadata = { title: "Billing", robots: { index: false } };

const notices: Record<string, string> = {
  upgraded: "Your plan has been upgraded. The difference for the rest of your year has been charged to your card.",
  "downgrade-scheduled": "Your plan will change when your membership renews. You keep your current tier until then.",
  "downgrade-cancelled": "Your plan will stay as it is when your membership renews.",
  unchanged: "Nothing was changed.",
  "renewal-off": "Automatic renewal is off. Your membership ends at the end of the period you have paid for.",
  "renewal-on": "Automatic renewal is on again.",
};

const brandNames: Record<string, string> = { visa: "Visa", mastercard: "Mastercard", amex: "American Express" };

export default async function BillingPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requireViewer("/account/billing");
  const [sub, payments, tiers, params] = await Promise.all([
    getAccountSubscription(viewer.id),
    listAccountPayments(viewer.id),
    listTiers(),
    searchParams,
  ]);
  const price = sub ? await getTierPrice(sub.tierSlug) : null;
  const online = paymentsEnabled();
  const now = new Date();
  const live = sub && ["active", "trialing", "past_due"].includes(sub.status);
  const current = displayTier(viewer, tiers, now);
  const grace = sub && viewer.tierSlug === sub.tierSlug && inGrace(sub.paidThrough, viewer.membershipExpiresAt, now);
  const section = "min-w-0 rounded-2xl border border-line bg-paper p-6 sm:p-8";
  const joined = first(params.joined);
  const changed = first(params.changed);
  const renewsAs = sub?.renewsAsTierSlug ? tiers.find((t) => t.slug === sub.renewsAsTierSlug) : null;

  return (
    <>
      <PageHeader title="Billing" lead="Your plan, renewal, card and payments." />
      <Container className="grid gap-8 py-10 lg:grid-cols-2">
        {joined && (
          <p role="status" className="rounded-md border-l-4 border-emerald-700 bg-emerald-50 p-4 font-medium text-emerald-900 lg:col-span-2">
            {current.slug === joined
              ? `Thank you: your payment went through and you are now a ${current.name} member.`
              : "Thank you: your payment is being confirmed. This usually takes a few seconds; reload this page to see your new membership."}
          </p>
        )}
        {changed && notices[changed] && (
          <p role="status" className="rounded-md border-l-4 border-emerald-700 bg-emerald-50 p-4 font-medium text-emerald-900 lg:col-span-2">
            {notices[changed]}
          </p>
        )}
        {grace && sub && viewer.membershipExpiresAt && (
          <div className="lg:col-span-2">
            <GraceBanner tierName={sub.tierName} periodEnd={sub.paidThrough} until={viewer.membershipExpiresAt} paymentFailed={Boolean(sub.paymentFailedAt)} />
          </div>
        )}
        <section aria-labelledby="plan-heading" className={`${section} lg:col-span-2`}>
          <h2 id="plan-heading" className="text-2xl font-semibold text-brand-900">
            Your plan
          </h2>
          {sub && live ? (
            <dl className="mt-4 grid gap-x-8 gap-y-3 sm:grid-cols-[12rem_1fr]">
              <dt className="font-semibold">Plan</dt>
              <dd data-testid="billing-plan">{sub.tierName} membership, yearly</dd>
              <dt className="font-semibold">Price</dt>
              <dd>
                {formatPounds(sub.unitAmountPence)} a year
                {price && price.annualPricePence === sub.unitAmountPence && <> ({describePrice(price).vat})</>}
              </dd>
              <dt className="font-semibold">{sub.paymentFailedAt ? "Payment" : sub.cancelAtPeriodEnd ? "Ends on" : "Renews on"}</dt>
              <dd data-testid="billing-renewal">
                {sub.paymentFailedAt
                  ? `Your renewal payment failed on ${formatDate(sub.paymentFailedAt)}. Update your card below and Stripe will try again.`
                  : sub.cancelAtPeriodEnd
                    ? `${formatDate(sub.currentPeriodEnd)} (automatic renewal is off)`
                    : `${formatDate(sub.currentPeriodEnd)}${renewsAs ? `, as ${renewsAs.name}` : ""}`}
              </dd>
              <dt className="font-semibold">Card</dt>
              <dd data-testid="billing-card">
                {sub.cardLast4 ? `${brandNames[sub.cardBrand ?? ""] ?? sub.cardBrand ?? "Card"} ending ${sub.cardLast4}` : "No card on file"}
              </dd>
            </dl>
          ) : viewer.tierSlug !== FREE_TIER && viewer.membershipExpiresAt && viewer.membershipExpiresAt > now ? (
            <p className="mt-4">
              You are a {current.name} member until {formatDate(viewer.membershipExpiresAt)}. This membership was set up by our
              office{sub ? "" : ", not paid online"}: to renew or change it, contact{" "}
              <a href={`mailto:${site.email}`}>{site.email}</a>.
            </p>
          ) : (
            <p className="mt-4">
              You have a free account.{" "}
              {online ? <Link href="/membership">Choose a paid membership</Link> : <>To join a paid tier, contact the membership office at <a href={`mailto:${site.email}`}>{site.email}</a>.</>}
            </p>
          )}
          {sub && live && online && (
            <div className="mt-6 flex flex-wrap gap-6">
              <ActionButtonForm action={updateCardAction} label="Update card" />
              {sub.cancelAtPeriodEnd ? (
                <ActionButtonForm action={setAutoRenewAction.bind(null, true)} label="Turn automatic renewal on" />
              ) : (
                <ActionButtonForm action={setAutoRenewAction.bind(null, false)} label="Turn automatic renewal off" />
              )}
            </div>
          )}
        </section>

        {online && sub && live && (
          <section aria-labelledby="change-heading" className={`${section} lg:col-span-2`}>
            <h2 id="change-heading" className="text-2xl font-semibold text-brand-900">
              Change plan
            </h2>
            <p className="mt-2 text-muted">Moving up charges the difference for the rest of your year now; moving down applies from your renewal date.</p>
            <ul className="mt-4 grid gap-4 sm:grid-cols-2">
              {tiers
                .filter((t) => isPaid(t))
                .map((t) => (
                  <li key={t.slug} className="rounded-xl border border-line p-4">
                    <p className="font-semibold">{t.name}</p>
                    <p>
                      <TierPriceText price={t} />
                    </p>
                    <div className="mt-3">
                      {t.slug === sub.tierSlug && !sub.renewsAsTierSlug ? (
                        <p className="text-muted">Your current plan</p>
                      ) : t.slug === sub.tierSlug ? (
                        <ActionButtonForm action={choosePlanAction.bind(null, t.slug)} label={`Keep ${t.name}`} />
                      ) : (
                        <Link href={`/join/${t.slug}`} className="font-semibold">
                          Switch to {t.name}
                        </Link>
                      )}
                    </div>
                  </li>
                ))}
            </ul>
          </section>
        )}

        <section aria-labelledby="payments-heading" className={`${section} lg:col-span-2`}>
          <h2 id="payments-heading" className="text-2xl font-semibold text-brand-900">
            Payment history
          </h2>
          {payments.length === 0 ? (
            <p className="mt-4 text-muted">No payments yet.</p>
          ) : (
            <div className="mt-4 overflow-x-auto">
              <table className="w-full border-collapse text-left">
                <caption className="sr-only">Your payments, newest first</caption>
                <thead>
                  <tr>
                    <th scope="col" className="border-b border-line py-2 pr-4">Date</th>
                    <th scope="col" className="border-b border-line py-2 pr-4">Amount</th>
                    <th scope="col" className="border-b border-line py-2 pr-4">Status</th>
                    <th scope="col" className="border-b border-line py-2">Invoice and receipt</th>
                  </tr>
                </thead>
                <tbody>
                  {payments.map((p) => (
                    <tr key={p.stripeInvoiceId}>
                      <td className="border-b border-line py-2 pr-4">{formatDate(p.paidAt ?? p.issuedAt)}</td>
                      <td className="border-b border-line py-2 pr-4">{formatPounds(p.status === "paid" ? p.amountPaidPence : p.amountDuePence)}</td>
                      <td className="border-b border-line py-2 pr-4">{p.status === "paid" ? "Paid" : p.status === "open" ? "Not paid" : p.status}</td>
                      <td className="border-b border-line py-2">
                        {p.hostedInvoiceUrl && (
                          <a href={p.hostedInvoiceUrl} rel="noopener noreferrer">
                            View invoice<span className="sr-only"> of {formatDate(p.issuedAt)}</span>
                          </a>
                        )}
                        {p.invoicePdf && (
                          <>
                            {" · "}
                            <a href={p.invoicePdf} rel="noopener noreferrer">
                              Download receipt (PDF)<span className="sr-only"> of {formatDate(p.issuedAt)}</span>
                            </a>
                          </>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
        <p className="lg:col-span-2">
          <Link href="/account">Back to your account</Link>
        </p>
      </Container>
    </>
  );
}

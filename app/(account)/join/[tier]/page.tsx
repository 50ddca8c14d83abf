import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getAccountSubscription, getTierPrice } from "@/db/queries/billing";
import { listTiers } from "@/db/queries/taxonomy";
import { ActionButtonForm } from "@/components/billing/action-button-form";
import { TierPriceText } from "@/components/membership/tier-price";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { displayTier } from "@/lib/access";
import { requireViewer } from "@/lib/auth/viewer";
import { isPaid } from "@/lib/billing/price";
import { paymentsEnabled } from "@/lib/billing/stripe";
import { formatDate } from "@/lib/format";
import { first, type SearchParams } from "@/lib/params";
import { site } from "@/lib/site";
import { choosePlanAction } from "../../account/billing/actions";

export const metadata: Metadata = { title: "Choose your membership", robots: { index: false } };

/**
 * The step before paying: the tier, its price and VAT, and one button to Stripe Checkout (or, for a
 * member already paying, to change plan). Signed-out visitors are sent to sign in or register and
 * come back here.
 */
export default async function JoinTierPage({ params, searchParams }: { params: Promise<{ tier: string }>; searchParams: Promise<SearchParams> }) {
  const { tier: slug } = await params;
  const viewer = await requireViewer(`/join/${encodeURIComponent(slug)}`);
  const [tier, tiers, current, query] = await Promise.all([getTierPrice(slug), listTiers(), getAccountSubscription(viewer.id), searchParams]);
  if (!tier) notFound();
  const details = tiers.find((t) => t.slug === slug);
  const live = current && ["active", "trialing", "past_due"].includes(current.status) ? current : null;
  const held = displayTier(viewer, tiers);
  const section = "rounded-2xl border border-line bg-paper p-6 sm:p-8";
  const upgrade = live && (tiers.find((t) => t.slug === live.tierSlug)?.position ?? 0) < tier.position;
  return (
    <>
      <PageHeader title={`${tier.name} membership`} lead={<TierPriceText price={tier} />} />
      <Container className="max-w-3xl space-y-6 py-10">
        {first(query.cancelled) && (
          <p role="status" className="rounded-md border-l-4 border-brand-700 bg-brand-50 p-4">
            You left the payment page. Nothing has been charged.
          </p>
        )}
        <section className={section} aria-labelledby="includes-heading">
          <h2 id="includes-heading" className="text-2xl font-semibold text-brand-900">
            What {tier.name} includes
          </h2>
          {details?.description && <p className="mt-3">{details.description}</p>}
          <ul className="mt-3 list-disc space-y-1 pl-6">
            {details?.benefits.map((benefit) => <li key={benefit}>{benefit}</li>)}
          </ul>
        </section>
        <section className={section} aria-labelledby="pay-heading">
          <h2 id="pay-heading" className="text-2xl font-semibold text-brand-900">
            {live ? "Change your plan" : "Pay and join"}
          </h2>
          {!paymentsEnabled() || !isPaid(tier) ? (
            <p className="mt-3">
              Online payment is not available for this tier. To join, contact the membership office at{" "}
              <a href={`mailto:${site.email}?subject=${encodeURIComponent(`${tier.name} membership`)}`}>{site.email}</a>.
            </p>
          ) : live?.tierSlug === slug && !live.renewsAsTierSlug ? (
            <p className="mt-3">
              You are already a {tier.name} member. <Link href="/account/billing">See your plan and payments</Link>.
            </p>
          ) : (
            <div className="mt-3 space-y-4">
              {live ? (
                <p>
                  You are a {live.tierName} member until {formatDate(live.currentPeriodEnd)}.{" "}
                  {live.tierSlug === slug
                    ? `Stay on ${tier.name} when your membership renews, instead of the change you asked for.`
                    : upgrade
                      ? `Move up to ${tier.name} now: you pay the difference for the rest of your membership year, charged to your card on file, and ${tier.name} resources open straight away.`
                      : `Move to ${tier.name} when your membership renews on ${formatDate(live.currentPeriodEnd)}. You keep ${live.tierName} until then, and are charged the ${tier.name} price from that date.`}
                </p>
              ) : (
                <p>
                  Your membership: {held.name}. You pay <TierPriceText price={tier} /> by card on Stripe&apos;s secure
                  payment page. Membership lasts a year and renews automatically; you can turn renewal off at any time
                  from your account.
                </p>
              )}
              <ActionButtonForm
                action={choosePlanAction.bind(null, slug)}
                label={live ? (live.tierSlug === slug ? `Keep ${tier.name}` : upgrade ? `Upgrade to ${tier.name}` : `Switch to ${tier.name} at renewal`) : "Continue to payment"}
                pendingText="Please wait…"
              />
            </div>
          )}
        </section>
        <p>
          <Link href="/membership">Compare all membership tiers</Link>
        </p>
      </Container>
    </>
  );
}

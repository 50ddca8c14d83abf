import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { listTiers } from "@/db/queries/taxonomy";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { pageMetadata } from "@/lib/metadata";
import { site } from "@/lib/site";
import { notePublicationSchedule } from "@/lib/cache/schedule";
import { TierPriceText } from "@/components/membership/tier-price";
import { isPaid } from "@/lib/billing/price";
import { paymentsEnabled } from "@/lib/billing/stripe";

// Cached and the same for everyone: rendered on first request (never at build), invalidated by
// staff writes, re-rendered at least every minute.
export const revalidate = 60;

export const metadata: Metadata = pageMetadata({
  title: "Membership",
  description: "Membership tiers and what each includes: Free, Silver and Gold.",
  path: "/membership",
});

export default async function MembershipPage() {
  await notePublicationSchedule();
  const tiers = await listTiers();
  const online = paymentsEnabled();
  return (
    <>
      <PageHeader
        title="Membership"
        lead="Join free to open our members' resources, or choose a paid tier for the full library. Every tier includes everything in the one before it."
      />
      <Container className="py-12">
        <ul className="grid gap-6 md:grid-cols-3">
          {tiers.map((tier, index) => {
            const highlighted = index === tiers.length - 1;
            return (
              <li
                key={tier.slug}
                className={`flex flex-col rounded-2xl border p-6 ${highlighted ? "border-brand-700 ring-2 ring-brand-700" : "border-line"}`}
              >
                <h2 className="text-2xl font-semibold text-brand-900">{tier.name}</h2>
                <p className="mt-1 text-xl font-semibold" data-testid={`price-${tier.slug}`}>
                  <TierPriceText price={tier} />
                </p>
                <p className="mt-3 text-muted">{tier.description}</p>
                <h3 className="mt-5 font-sans text-sm font-semibold uppercase tracking-wide text-muted">Includes</h3>
                <ul className="mt-2 flex-1 space-y-2">
                  {tier.benefits.map((benefit) => (
                    <li key={benefit} className="flex gap-2">
                      <svg aria-hidden="true" viewBox="0 0 20 20" className="mt-1 size-4 shrink-0 fill-brand-700">
                        <path d="M16.7 5.3a1 1 0 0 1 0 1.4l-8 8a1 1 0 0 1-1.4 0l-4-4a1 1 0 1 1 1.4-1.4L8 12.6l7.3-7.3a1 1 0 0 1 1.4 0Z" />
                      </svg>
                      <span>{benefit}</span>
                    </li>
                  ))}
                </ul>
                <Link
                  href={
                    tier.slug === "free"
                      ? "/register"
                      : online && isPaid(tier)
                        ? `/join/${tier.slug}`
                        : `mailto:${site.email}?subject=${encodeURIComponent(`${tier.name} membership`)}`
                  }
                  className={`mt-6 inline-flex min-h-11 items-center justify-center rounded-md px-5 font-semibold no-underline ${
                    highlighted ? "bg-brand-700 text-white hover:bg-brand-800" : "ring-1 ring-brand-200 hover:bg-brand-50"
                  }`}
                >
                  {tier.slug === "free" ? "Join free" : `Become a ${tier.name} member`}
                </Link>
              </li>
            );
          })}
        </ul>
        <section className="mt-12 max-w-3xl" aria-labelledby="upgrade-heading">
          <h2 id="upgrade-heading" className="text-2xl font-semibold text-brand-900">
            Already a member?
          </h2>
          {online ? (
            <p className="mt-3">
              Choose a tier above to pay online by card: membership runs for a year and renews automatically until you
              turn renewal off. <Link href="/login">Sign in</Link> and open{" "}
              <Link href="/account/billing">Billing</Link> on your account to see your plan, change it, update your card
              or download receipts. Moving up to a higher tier charges only the difference for the rest of your year;
              moving down takes effect when your year ends.
            </p>
          ) : (
            <p className="mt-3" data-testid="join-by-contact">
              <Link href="/login">Sign in</Link> to see your tier and when it renews on your account page. To join a
              paid tier, renew or upgrade, contact the membership office at{" "}
              <a href={`mailto:${site.email}`}>{site.email}</a> and our membership team will set it up, usually within a
              working day.
            </p>
          )}
        </section>
        <section className="mt-12 max-w-3xl" aria-labelledby="organisations-heading">
          <h2 id="organisations-heading" className="text-2xl font-semibold text-brand-900">
            For schools, colleges and local authorities
          </h2>
          <p className="mt-3">
            Buy a membership for your staff on one invoice, with your purchase order number: you choose the tier and
            the number of seats, pay by bank transfer or card, and invite colleagues to take a seat.{" "}
            <Link href="/account/organisation/new">Set up your organisation&apos;s membership</Link> (you sign in or
            create a free account first). For a trust or a quote, email <a href={`mailto:${site.email}`}>{site.email}</a>.
          </p>
        </section>
      </Container>
    </>
  );
}

import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getAccountProfile } from "@/db/queries/accounts";
import { getAccountSubscription } from "@/db/queries/billing";
import { GraceBanner } from "@/components/billing/membership-banner";
import { paymentsEnabled } from "@/lib/billing/stripe";
import { inGrace } from "@/lib/billing/subscription-state";
import { PreferencesForm } from "@/components/preferences/preferences-form";
import { preferencesActions } from "@/app/(public)/preferences/preferences-actions";
import { listTiers } from "@/db/queries/taxonomy";
import { getNewsletterPreferences } from "@/db/queries/newsletters/preferences";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { displayTier, FREE_TIER, hasExpiredMembership } from "@/lib/access";
import { requireViewer } from "@/lib/auth/viewer";
import { formatDate } from "@/lib/format";
import { first, type SearchParams } from "@/lib/params";
import { normalizePreferences } from "@/lib/preferences";
import { site } from "@/lib/site";
import { NewsletterForm } from "./_components/newsletter-form";
import { PasswordForm } from "./_components/password-form";
import { ProfileForm } from "./_components/profile-form";

export const metadata: Metadata = { title: "Your account", robots: { index: false } };

const DAY = 24 * 60 * 60 * 1000;

export default async function AccountPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requireViewer("/account");
  const [profile, tiers, sub, params, newsletter] = await Promise.all([
    getAccountProfile(viewer.id),
    listTiers(),
    getAccountSubscription(viewer.id),
    searchParams,
    getNewsletterPreferences(viewer.id),
  ]);
  const now = new Date();
  const current = displayTier(viewer, tiers, now);
  const own = tiers.find((t) => t.slug === viewer.tierSlug);
  const expiry = viewer.tierSlug !== FREE_TIER ? viewer.membershipExpiresAt : null;
  const expired = hasExpiredMembership(viewer, now);
  const daysLeft = expiry ? Math.ceil((expiry.getTime() - now.getTime()) / DAY) : null;
  // A paid subscription that renews by itself needs no "renew now" nudge; its period end is the renewal date.
  const paid = sub && sub.tierSlug === viewer.tierSlug ? sub : null;
  const renewing = paid && ["active", "trialing"].includes(paid.status) && !paid.cancelAtPeriodEnd;
  const grace = paid && inGrace(paid.paidThrough, viewer.membershipExpiresAt, now);
  const renewSoon = !renewing && !grace && daysLeft !== null && daysLeft >= 0 && daysLeft <= 30;
  const section = "rounded-2xl border border-line bg-paper p-6 sm:p-8";

  return (
    <>
      <PageHeader title="Your account" lead={`Signed in as ${viewer.email}`} />
      <Container className="grid gap-8 py-10 lg:grid-cols-2">
        {first(params.organisation) === "joined" && profile?.organisationName && (
          <p role="status" className="rounded-md border-l-4 border-emerald-700 bg-emerald-50 p-4 font-medium text-emerald-900 lg:col-span-2">
            You now have a seat on {profile.organisationName}&apos;s membership.
          </p>
        )}
        {first(params.password) === "changed" && (
          <p role="status" className="rounded-md border-l-4 border-emerald-700 bg-emerald-50 p-4 font-medium text-emerald-900 lg:col-span-2">
            Your password has been changed. You have been signed out on every other device.
          </p>
        )}
        <section aria-labelledby="membership-heading" className={`${section} lg:col-span-2`}>
          <h2 id="membership-heading" className="text-2xl font-semibold text-brand-900">
            Membership
          </h2>
          <dl className="mt-4 grid gap-x-8 gap-y-3 sm:grid-cols-[12rem_1fr]">
            <dt className="font-semibold">Your tier</dt>
            <dd data-testid="current-tier">{current.name}</dd>
            {profile?.organisationName && (
              <>
                <dt className="font-semibold">Through your organisation</dt>
                <dd>{profile.organisationName}</dd>
              </>
            )}
            {paid && !expired ? (
              <>
                <dt className="font-semibold">{renewing ? "Renews on" : "Paid until"}</dt>
                <dd>{formatDate(renewing ? paid.currentPeriodEnd : paid.paidThrough)}</dd>
              </>
            ) : (
              expiry && (
                <>
                  <dt className="font-semibold">{expired ? "Expired on" : "Ends on"}</dt>
                  <dd>{formatDate(expiry)}</dd>
                </>
              )
            )}
          </dl>
          {grace && paid && viewer.membershipExpiresAt && (
            <div className="mt-5">
              <GraceBanner tierName={paid.tierName} periodEnd={paid.paidThrough} until={viewer.membershipExpiresAt} paymentFailed={Boolean(paid.paymentFailedAt)} />
            </div>
          )}
          <p className="mt-5">
            <Link href="/account/billing">Billing: your plan, card and payments</Link>
          </p>
          <p className="mt-3">
            {profile?.managesOrganisation ? (
              <Link href="/account/organisation">Your organisation: seats, people and invoices</Link>
            ) : (
              <Link href="/account/organisation/new">Buy membership for your school or organisation</Link>
            )}
          </p>
          <p className="mt-2">
            <Link href="/account/bookings">Your event bookings</Link>
          </p>
          <p className="mt-2">
            <Link href="/account/cpd">Your CPD record</Link>
          </p>
          {expired && (
            <div role="alert" className="mt-5 rounded-md border-l-4 border-accent-700 bg-accent-100 p-4">
              <p className="font-semibold">Your {own?.name ?? ""} membership has expired.</p>
              <p className="mt-1">
                You can still open free and members&apos; resources. Renew to open the {own?.name} library again.
              </p>
              <RenewLink />
            </div>
          )}
          {renewSoon && !expired && (
            <div className="mt-5 rounded-md border-l-4 border-brand-700 bg-brand-50 p-4">
              <p className="font-semibold">
                Your membership ends in {daysLeft} {daysLeft === 1 ? "day" : "days"}.
              </p>
              <p className="mt-1">Renew now to keep opening {current.name} resources without a break.</p>
              <RenewLink />
            </div>
          )}
          {current.slug === FREE_TIER && !expired && (
            <p className="mt-5">
              <Link href="/membership">Compare Silver and Gold membership</Link> to open the full library.
            </p>
          )}
        </section>

        <section aria-labelledby="profile-heading" className={section}>
          <h2 id="profile-heading" className="text-2xl font-semibold text-brand-900">
            Profile
          </h2>
          <p className="mt-2 text-muted">Email: {viewer.email}</p>
          <div className="mt-4">
            <ProfileForm name={viewer.name} />
          </div>
        </section>

        <section aria-labelledby="password-heading" className={section}>
          <h2 id="password-heading" className="text-2xl font-semibold text-brand-900">
            Change password
          </h2>
          <p className="mt-2 text-muted">Changing your password signs you out on every other device.</p>
          <p className="mt-2">
            <Link href="/account/security">Sign-in security: second factor, passkeys and where you are signed in</Link>
          </p>
          <div className="mt-4">
            <PasswordForm />
          </div>
        </section>
        <section id="newsletter" aria-labelledby="newsletter-heading" className={`${section} lg:col-span-2`}>
          <h2 id="newsletter-heading" className="text-2xl font-semibold text-brand-900">
            Newsletter
          </h2>
          <p className="mt-2 text-muted">
            {newsletter.subscribed ? "You receive the newsletter." : "You do not receive the newsletter."}{" "}
            <Link href="/newsletters">Read past issues</Link>.
          </p>
          <div className="mt-4">
            <NewsletterForm subscribed={newsletter.subscribed} topics={newsletter.topics} chosen={newsletter.topicSlugs} />
          </div>
        </section>
        <section aria-labelledby="reading-heading" className={`${section} lg:col-span-2`}>
          <h2 id="reading-heading" className="text-2xl font-semibold text-brand-900">
            Reading preferences
          </h2>
          <p className="mt-2 text-muted">Saved to your account, so they follow you to any device you sign in on.</p>
          <div className="mt-4">
            <PreferencesForm
              initial={normalizePreferences(profile?.preferences ?? null)}
              signedIn
              returnTo="/account"
              idPrefix="account-prefs"
              actions={preferencesActions}
            />
          </div>
        </section>

      </Container>
    </>
  );
}

function RenewLink() {
  return (
    <a
      href={paymentsEnabled() ? "/membership" : `mailto:${site.email}?subject=${encodeURIComponent("Renew my membership")}`}
      className="mt-3 inline-flex min-h-11 items-center rounded-md bg-brand-700 px-5 font-semibold text-white no-underline hover:bg-brand-800"
    >
      Renew your membership
    </a>
  );
}

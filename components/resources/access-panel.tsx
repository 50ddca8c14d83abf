import { Link } from "@/components/ui/link";
import { joinNames, type Decision, type TierLabel } from "@/lib/access";
import { paymentsEnabled } from "@/lib/billing/stripe";
import { formatDate } from "@/lib/format";

/**
 * "Why can't I see this": says who the resource is for, what the visitor has, and what to do next.
 */
export function AccessPanel({
  decision,
  tiers,
  slug,
  yourTier,
  expiredOn,
}: {
  decision: Extract<Decision, { allowed: false }>;
  /** With their prices when known: the cheapest paid tier that opens it is offered to join online. */
  tiers: readonly (TierLabel & { annualPricePence?: number })[];
  slug: string;
  /** The viewer's membership now, when signed in. */
  yourTier?: string;
  /** When the viewer's lapsed membership ended. */
  expiredOn?: Date | null;
}) {
  const names = tiers.filter((t) => decision.requiredTiers.includes(t.slug)).map((t) => t.name);
  const audience = names.length > 0 ? `${joinNames(names)} members` : "members";
  const callbackUrl = encodeURIComponent(`/resources/${slug}`);
  // The lowest tier that opens it, bought online (Stripe Checkout) when payments are on.
  const joinTier = paymentsEnabled()
    ? [...tiers]
        .filter((t) => decision.requiredTiers.includes(t.slug) && (t.annualPricePence ?? 0) > 0)
        .sort((a, b) => a.position - b.position)[0]
    : undefined;
  const upgradeHref = joinTier ? `/join/${joinTier.slug}` : "/membership";
  const primary =
    "inline-flex min-h-11 items-center rounded-md bg-brand-700 px-5 font-semibold text-white no-underline hover:bg-brand-800";
  const secondary = "inline-flex min-h-11 items-center rounded-md px-5 font-semibold ring-1 ring-brand-200 hover:bg-brand-50";

  return (
    <section
      aria-labelledby="access-heading"
      className="rounded-2xl border-2 border-brand-200 bg-brand-50 p-6 sm:p-8"
      data-testid="access-panel"
    >
      <h2 id="access-heading" className="text-2xl font-semibold text-brand-900">
        {decision.reason === "signed-out" ? "Sign in to open this resource" : "Your membership does not include this resource"}
      </h2>
      <p className="mt-3 text-lg">
        This resource is for {audience}.
        {yourTier && <> Your membership: {yourTier}.</>}
      </p>
      {decision.reason === "membership-expired" && (
        <p className="mt-2 text-lg">
          Your membership has expired{expiredOn ? ` (it ended on ${formatDate(expiredOn)})` : ""}. Renew it to open this
          resource again.
        </p>
      )}
      {decision.reason === "signed-out" && (
        <p className="mt-2 text-muted">
          {names.length > 0
            ? `If you are a ${joinNames(names, "or")} member, sign in to read it and download the file.`
            : "Sign in, or create a free account, to read it and download the file."}
        </p>
      )}
      <div className="mt-6 flex flex-wrap gap-3">
        {decision.reason === "signed-out" ? (
          <>
            <Link href={`/login?callbackUrl=${callbackUrl}`} className={primary}>
              Sign in
            </Link>
            <Link href={names.length > 0 ? upgradeHref : `/register?callbackUrl=${callbackUrl}`} className={secondary}>
              {names.length > 0 ? (joinTier ? `Join as a ${joinTier.name} member` : "See membership options") : "Create a free account"}
            </Link>
          </>
        ) : (
          <Link href={upgradeHref} className={primary}>
            {decision.reason === "membership-expired"
              ? "Renew your membership"
              : joinTier
                ? `Upgrade to ${joinTier.name}`
                : "Upgrade your membership"}
          </Link>
        )}
      </div>
    </section>
  );
}

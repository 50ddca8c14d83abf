import type Stripe from "stripe";
import type { StoredSubscription } from "@/db/queries/billing";

const statuses = ["incomplete", "incomplete_expired", "trialing", "active", "past_due", "canceled", "unpaid", "paused"] as const;
export type SubscriptionStatus = (typeof statuses)[number];

/** What the site keeps of a Stripe subscription, read from its current state (pure): the stored shape. */
export type SubscriptionState = StoredSubscription;

const DAY = 24 * 60 * 60 * 1000;

/**
 * Metadata the site sets on a subscription when a member downgrades: the tier they have paid for
 * stays theirs until the period that ends at `paid_until` is over, then the (cheaper) price on the
 * subscription applies. Read from Stripe's state, so it holds however events arrive.
 */
export const PAID_TIER_KEY = "paid_tier";
export const PAID_UNTIL_KEY = "paid_until";

const idOf = (value: string | { id: string } | null | undefined) => (typeof value === "string" ? value : (value?.id ?? null));

/** Null when the subscription names no price of one of our tiers (not ours to act on). */
export function subscriptionState(sub: Stripe.Subscription): SubscriptionState | null {
  const item = sub.items.data[0];
  const priceTier = item?.price.metadata?.tier_slug;
  if (!item || !priceTier) return null;
  const periodEnd = item.current_period_end;
  const paidTier = sub.metadata?.[PAID_TIER_KEY];
  const stillPaid = paidTier && Number(sub.metadata?.[PAID_UNTIL_KEY]) === periodEnd;
  const method = typeof sub.default_payment_method === "object" ? sub.default_payment_method : null;
  const latest = typeof sub.latest_invoice === "object" ? sub.latest_invoice : null;
  // Stripe begins a renewal's period before it takes the payment: while that payment is owed (or
  // was never made before the subscription was cancelled), the paid time ends where the period began.
  const renewalUnpaid =
    sub.status === "past_due" || sub.status === "unpaid" || (sub.status === "canceled" && (latest?.status === "open" || latest?.status === "uncollectible"));
  return {
    stripeSubscriptionId: sub.id,
    stripeCustomerId: idOf(sub.customer)!,
    // A status newer than this code knows opens nothing until it is taught it.
    status: (statuses as readonly string[]).includes(sub.status) ? (sub.status as SubscriptionStatus) : "incomplete",
    tierSlug: stillPaid ? paidTier : priceTier,
    renewsAsTierSlug: stillPaid && paidTier !== priceTier ? priceTier : null,
    stripePriceId: item.price.id,
    unitAmountPence: item.price.unit_amount ?? 0,
    currentPeriodEnd: new Date(periodEnd * 1000),
    paidThrough: new Date((renewalUnpaid ? item.current_period_start : periodEnd) * 1000),
    cancelAtPeriodEnd: sub.cancel_at_period_end,
    endedAt: sub.ended_at ? new Date(sub.ended_at * 1000) : null,
    cardBrand: method?.card?.brand ?? null,
    cardLast4: method?.card?.last4 ?? null,
    paymentFailed: sub.status === "past_due" || sub.status === "unpaid",
  };
}

/**
 * Until when a subscription opens its tier: the end of the time paid for plus the grace period (a
 * late renewal, a failed payment or a lapse keeps access meanwhile, with a banner), or the moment it
 * was cancelled outright within a paid period. Null: it opens nothing (never paid).
 */
export function accessEnd(
  state: Pick<SubscriptionState, "status" | "paidThrough" | "endedAt">,
  graceDays: number,
): Date | null {
  if (state.status === "incomplete" || state.status === "incomplete_expired" || state.status === "paused") return null;
  if (state.status === "canceled" && state.endedAt && state.endedAt.getTime() < state.paidThrough.getTime() - DAY) {
    return state.endedAt;
  }
  return new Date(state.paidThrough.getTime() + graceDays * DAY);
}

/** In the grace period: the time paid for is over and access has not yet ended. */
export function inGrace(paidThrough: Date, accessUntil: Date | null, now: Date = new Date()): boolean {
  return accessUntil !== null && now.getTime() > paidThrough.getTime() && now.getTime() < accessUntil.getTime();
}

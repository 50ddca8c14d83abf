import "server-only";
import { getAccountSubscription } from "@/db/queries/billing";
import { FREE_TIER } from "@/lib/access";
import { inGrace } from "./subscription-state";

export interface GraceState {
  tierName: string;
  /** When the paid period ended. */
  periodEnd: Date;
  /** When access ends: after it the account is free. */
  until: Date;
  paymentFailed: boolean;
}

/**
 * The member's grace period, if they are in one: their paid period is over (renewal off, or the
 * payment failed) and the tier still opens until the grace period ends. Null otherwise, without a
 * query for accounts that have no paid access to lose.
 */
export async function graceState(
  viewer: { id: string; tierSlug: string; membershipExpiresAt: Date | null },
  now: Date = new Date(),
): Promise<GraceState | null> {
  const until = viewer.membershipExpiresAt;
  if (viewer.tierSlug === FREE_TIER || !until || until.getTime() <= now.getTime()) return null;
  const sub = await getAccountSubscription(viewer.id);
  if (!sub || sub.tierSlug !== viewer.tierSlug || !inGrace(sub.paidThrough, until, now)) return null;
  return { tierName: sub.tierName, periodEnd: sub.paidThrough, until, paymentFailed: Boolean(sub.paymentFailedAt) };
}

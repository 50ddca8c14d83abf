import "server-only";
import { db, type Transaction } from "@/db";
import { listPaidAccountIds, listSubscriptionsForMembership, setPaidMembership, upsertSubscription } from "@/db/queries/billing";
import { getGraceDays } from "@/db/queries/settings";
import { accessEnd, type SubscriptionState } from "./subscription-state";

/**
 * Stores a subscription's current state and brings the account's tier and expiry in step with the
 * best membership its subscriptions give (a current one first, then the higher tier, then the
 * longer), with an audit row when they change: all in the caller's transaction.
 */
export async function applySubscriptionState(tx: Transaction, accountId: string, state: SubscriptionState, reason: string) {
  await upsertSubscription(tx, accountId, state);
  return syncAccountMembership(tx, accountId, reason);
}

export async function syncAccountMembership(tx: Transaction, accountId: string, reason: string): Promise<boolean> {
  const graceDays = await getGraceDays(tx);
  const now = Date.now();
  const [best] = (await listSubscriptionsForMembership(tx, accountId))
    .map((s) => ({ ...s, until: accessEnd(s, graceDays) }))
    .filter((s): s is typeof s & { until: Date } => s.until !== null)
    .sort(
      (a, b) =>
        Number(b.until.getTime() > now) - Number(a.until.getTime() > now) ||
        b.position - a.position ||
        b.until.getTime() - a.until.getTime(),
    );
  if (!best) return false;
  return setPaidMembership(
    tx,
    accountId,
    { tierSlug: best.tierSlug, membershipExpiresAt: best.until },
    `${reason}: ${best.tierSlug} until ${best.until.toISOString().slice(0, 10)}`,
  );
}

/**
 * Recomputes every paying member's access end, e.g. after the grace period changed, each account in
 * its own transaction (audited where it changes). Returns how many changed.
 */
export async function resyncPaidMemberships(reason: string): Promise<number> {
  let changed = 0;
  for (const id of await listPaidAccountIds()) {
    if (await db.transaction((tx) => syncAccountMembership(tx, id, reason))) changed += 1;
  }
  return changed;
}

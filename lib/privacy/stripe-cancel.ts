import "server-only";
import { listLiveSubscriptionIds } from "@/db/queries/privacy/billing";
import { getStripe } from "@/lib/billing/stripe";
import { logger } from "@/lib/logger";

/**
 * Cancels, at Stripe and at once, every subscription of the account that could still charge it.
 * Safe to repeat: a subscription Stripe reports as already cancelled (or unknown) is skipped.
 * Throws when Stripe cannot be reached, so the erasure waits and is retried rather than leaving a
 * nameless account that is still being charged.
 */
export async function cancelStripeSubscriptions(accountId: string): Promise<number> {
  const ids = await listLiveSubscriptionIds(accountId);
  if (ids.length === 0) return 0;
  const stripe = getStripe();
  if (!stripe) throw new Error("the account has a live subscription but Stripe is not configured");
  let cancelled = 0;
  for (const id of ids) {
    try {
      const current = await stripe.subscriptions.retrieve(id);
      if (current.status === "canceled" || current.status === "incomplete_expired") continue;
      await stripe.subscriptions.cancel(id, {}, { idempotencyKey: `erasure-cancel-${id}` });
      cancelled += 1;
    } catch (error) {
      if ((error as { code?: string }).code === "resource_missing") continue;
      throw error;
    }
  }
  logger.info({ account: accountId, cancelled }, "subscriptions cancelled for erasure");
  return cancelled;
}

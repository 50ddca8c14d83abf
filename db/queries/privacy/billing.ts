import "server-only";
import { and, eq, notInArray } from "drizzle-orm";
import { db } from "@/db";
import { subscriptions } from "@/db/schema";

/** The account's subscriptions that may still charge it (not cancelled or expired at Stripe). */
export async function listLiveSubscriptionIds(accountId: string): Promise<string[]> {
  const rows = await db
    .select({ id: subscriptions.stripeSubscriptionId })
    .from(subscriptions)
    .where(and(eq(subscriptions.accountId, accountId), notInArray(subscriptions.status, ["canceled", "incomplete_expired"])));
  return rows.map((r) => r.id);
}

import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { db, type Executor } from "@/db";
import { type ConsentPurpose, consents } from "@/db/schema";

export type ConsentRecord = typeof consents.$inferSelect;

/** Appends a grant or withdrawal; the history is never rewritten. */
export async function recordConsent(
  executor: Executor,
  entry: { accountId: string; purpose: ConsentPurpose; given: boolean; wording: string; source: string },
): Promise<void> {
  await executor.insert(consents).values(entry);
}

/** The person's current answer for a purpose: their latest row, or no consent when there is none. */
export async function hasConsent(accountId: string, purpose: ConsentPurpose, executor: Executor = db): Promise<boolean> {
  const [latest] = await executor
    .select({ given: consents.given })
    .from(consents)
    .where(and(eq(consents.accountId, accountId), eq(consents.purpose, purpose)))
    .orderBy(desc(consents.createdAt), desc(consents.id))
    .limit(1);
  return latest?.given ?? false;
}

/** Everything a person agreed to or withdrew, newest first, for their account and privacy pages. */
export async function consentHistory(accountId: string, executor: Executor = db): Promise<ConsentRecord[]> {
  return executor
    .select()
    .from(consents)
    .where(eq(consents.accountId, accountId))
    .orderBy(desc(consents.createdAt), desc(consents.id));
}

import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { db, type Executor } from "@/db";
import { accounts, accountTopicInterests, topics } from "@/db/schema";
import { hasConsent, recordConsent } from "../consents";

/** One answer at a time per person: two saves or clicks at once record one change. */
async function lockAccount(tx: Executor, accountId: string) {
  await tx.select({ id: accounts.id }).from(accounts).where(eq(accounts.id, accountId)).for("update");
}

/** A person's newsletter preferences: consent now, and every topic with whether they chose it. */
export async function getNewsletterPreferences(accountId: string) {
  const [subscribed, topicRows] = await Promise.all([
    hasConsent(accountId, "newsletter"),
    db
      .select({ slug: topics.slug, name: topics.name, chosen: sql<boolean>`${accountTopicInterests.accountId} is not null` })
      .from(topics)
      .leftJoin(accountTopicInterests, and(eq(accountTopicInterests.topicId, topics.id), eq(accountTopicInterests.accountId, accountId)))
      .orderBy(asc(topics.name)),
  ]);
  return { subscribed, topics: topicRows.map((t) => ({ slug: t.slug, name: t.name })), topicSlugs: topicRows.filter((t) => t.chosen).map((t) => t.slug) };
}

/**
 * Saves the newsletter choice and topics. A change of answer is a new consent row with the words
 * shown and where; the same answer again adds nothing. Returns whether the answer changed.
 */
export async function saveNewsletterPreferences(
  accountId: string,
  choice: { subscribed: boolean; topicSlugs: string[]; wording: string; source: string },
): Promise<boolean> {
  return db.transaction(async (tx) => {
    await lockAccount(tx, accountId);
    const current = await hasConsent(accountId, "newsletter", tx);
    const changed = current !== choice.subscribed;
    if (changed) await recordConsent(tx, { accountId, purpose: "newsletter", given: choice.subscribed, wording: choice.wording, source: choice.source });
    const all = await tx.select({ id: topics.id, slug: topics.slug }).from(topics);
    const ids = all.filter((t) => choice.topicSlugs.includes(t.slug)).map((t) => t.id);
    await tx.delete(accountTopicInterests).where(eq(accountTopicInterests.accountId, accountId));
    if (ids.length > 0) await tx.insert(accountTopicInterests).values(ids.map((topicId) => ({ accountId, topicId })));
    return changed;
  });
}

/** The unsubscribe link's withdrawal: recorded once (a second click changes nothing). True when it withdrew now. */
export async function unsubscribeFromNewsletter(accountId: string, wording: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    // Locks the account's row so two clicks at once record one withdrawal.
    await lockAccount(tx, accountId);
    if (!(await hasConsent(accountId, "newsletter", tx))) return false;
    await recordConsent(tx, { accountId, purpose: "newsletter", given: false, wording, source: "unsubscribe-link" });
    return true;
  });
}

/** A newly registered person's tick in "Send me the newsletter" (registration). */
export async function grantNewsletterConsent(accountId: string, wording: string, source: string): Promise<void> {
  await recordConsent(db, { accountId, purpose: "newsletter", given: true, wording, source });
}

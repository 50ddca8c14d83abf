import "server-only";
import { and, desc, eq, gt, lte, sql } from "drizzle-orm";
import { db } from "@/db";
import { accounts, membershipReminders, outbox, subscriptions, tiers } from "@/db/schema";
import { addToOutbox } from "./outbox";

export type ReminderKind = (typeof membershipReminders.$inferInsert)["kind"];

const candidateColumns = {
  accountId: accounts.id,
  email: accounts.email,
  name: accounts.name,
  tierName: tiers.name,
  status: subscriptions.status,
  currentPeriodEnd: subscriptions.currentPeriodEnd,
  paidThrough: subscriptions.paidThrough,
  cancelAtPeriodEnd: subscriptions.cancelAtPeriodEnd,
  paymentFailedAt: subscriptions.paymentFailedAt,
  unitAmountPence: subscriptions.unitAmountPence,
  stripeSubscriptionId: subscriptions.stripeSubscriptionId,
  stripePriceId: subscriptions.stripePriceId,
  renewTierSlug: sql<string>`coalesce(${subscriptions.renewsAsTierSlug}, ${subscriptions.tierSlug})`,
  membershipExpiresAt: accounts.membershipExpiresAt,
};

/**
 * Subscriptions a reminder may be due for: renewing or ending within `horizon`, with a failed
 * payment, or ended since `lapsedSince`; optionally for one account. The job decides which.
 */
export async function listReminderCandidates(nowDate: Date, horizonDate: Date, lapsedSinceDate: Date, accountId?: string) {
  // As text with a cast: raw SQL parameters reach postgres.js unconverted, and it sends no Date as such.
  const [now, horizon, lapsedSince] = [nowDate, horizonDate, lapsedSinceDate].map((d) => sql`${d.toISOString()}::timestamptz`);
  return db
    .select(candidateColumns)
    .from(subscriptions)
    .innerJoin(accounts, eq(accounts.id, subscriptions.accountId))
    .innerJoin(tiers, eq(tiers.slug, subscriptions.tierSlug))
    .where(
      and(
        eq(accounts.disabled, false),
        accountId ? eq(accounts.id, accountId) : undefined,
        sql`(
          (${subscriptions.status} in ('active', 'trialing') and ${subscriptions.currentPeriodEnd} > ${now} and ${subscriptions.currentPeriodEnd} <= ${horizon})
          or ${subscriptions.status} in ('past_due', 'unpaid')
          or (${subscriptions.status} = 'canceled' and ${subscriptions.paidThrough} > ${lapsedSince} and ${subscriptions.paidThrough} <= ${now})
        )`,
        // A member who has joined again since is not reminded about the old subscription.
        sql`not exists (select 1 from subscriptions newer where newer.account_id = ${subscriptions.accountId}
          and newer.stripe_subscription_id <> ${subscriptions.stripeSubscriptionId}
          and newer.current_period_end > ${subscriptions.currentPeriodEnd}
          and newer.status in ('active', 'trialing', 'past_due'))`,
      ),
    );
}

/** Complimentary memberships ending within `horizon` (staff-granted, nothing renews them). */
export async function listComplimentaryEnding(now: Date, horizon: Date, accountId?: string) {
  return db
    .select({ accountId: accounts.id, email: accounts.email, name: accounts.name, tierName: tiers.name, membershipExpiresAt: accounts.membershipExpiresAt })
    .from(accounts)
    .innerJoin(tiers, eq(tiers.slug, accounts.tierSlug))
    .where(
      and(
        eq(accounts.complimentary, true),
        eq(accounts.disabled, false),
        gt(accounts.membershipExpiresAt, now),
        lte(accounts.membershipExpiresAt, horizon),
        accountId ? eq(accounts.id, accountId) : undefined,
      ),
    );
}

/**
 * Sends one reminder at most once: its (account, kind, occasion) row and its outbox email are
 * written in one transaction, and the row's key is unique. When two processes run the job at once,
 * one inserts the row; the other waits on the key until that commits, then finds it and sends
 * nothing. Returns the outbox id, or null when it had been sent.
 */
export async function recordReminderOnce(
  reminder: { accountId: string; kind: ReminderKind; dueKey: string },
  message: { to: string; subject: string; text: string },
): Promise<number | null> {
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(membershipReminders).values(reminder).onConflictDoNothing().returning({ id: membershipReminders.id });
    if (!row) return null;
    const outboxId = await addToOutbox(message, tx);
    await tx.update(membershipReminders).set({ outboxId }).where(eq(membershipReminders.id, row.id));
    return outboxId;
  });
}

/** A member's reminders, newest first, for the staff member page. */
export async function listAccountReminders(accountId: string, limit = 20) {
  return db
    .select({
      kind: membershipReminders.kind,
      dueKey: membershipReminders.dueKey,
      sentAt: membershipReminders.sentAt,
      subject: outbox.subject,
      outboxId: membershipReminders.outboxId,
    })
    .from(membershipReminders)
    .leftJoin(outbox, eq(outbox.id, membershipReminders.outboxId))
    .where(eq(membershipReminders.accountId, accountId))
    .orderBy(desc(membershipReminders.sentAt))
    .limit(limit);
}



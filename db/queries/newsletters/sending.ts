import "server-only";
import { and, eq, inArray, lte, sql } from "drizzle-orm";
import { db } from "@/db";
import { newsletterRecipients, newsletters } from "@/db/schema";
import { hasNewsletterConsent, inAudience, rowsOf } from "./sql";

const at = (d: Date) => sql`${d.toISOString()}::timestamptz`;

/** Scheduled newsletters whose time has come, and those part-way through sending. */
export async function listNewslettersToSend(now: Date): Promise<{ id: string; status: "scheduled" | "sending" }[]> {
  const rows = await db
    .select({ id: newsletters.id, status: newsletters.status })
    .from(newsletters)
    .where(sql`(${newsletters.status} = 'scheduled' and ${newsletters.sendAt} <= ${at(now)}) or ${newsletters.status} = 'sending'`);
  return rows as { id: string; status: "scheduled" | "sending" }[];
}

/**
 * Starts sending a scheduled newsletter whose time has come: in one transaction, it becomes
 * `sending` and its audience as it is now (with consent) is written as its recipients. Only one
 * process wins the status change; the others find it already started. Returns the recipients
 * written, or null when someone else started it (or it was unscheduled).
 */
export async function startSending(newsletterId: string, now: Date): Promise<number | null> {
  return db.transaction(async (tx) => {
    const [started] = await tx
      .update(newsletters)
      .set({ status: "sending", sendAt: now })
      .where(and(eq(newsletters.id, newsletterId), eq(newsletters.status, "scheduled"), lte(newsletters.sendAt, now)))
      .returning({ id: newsletters.id });
    if (!started) return null;
    const inserted = await tx.execute(sql`insert into newsletter_recipients (newsletter_id, account_id, email)
      select n.id, a.id, a.email from newsletters n cross join accounts a
      where n.id = ${newsletterId} and ${inAudience}
      on conflict (newsletter_id, account_id) do nothing
      returning id`);
    return rowsOf(inserted).length;
  });
}

/**
 * The newsletter's batch slot: at most one batch a minute across every process, so the rate
 * holds however many workers run. True when this caller may send a batch now.
 */
export async function takeBatchSlot(newsletterId: string, now: Date, intervalMs = 60_000): Promise<boolean> {
  const [row] = await db
    .update(newsletters)
    .set({ nextBatchAt: new Date(now.getTime() + intervalMs) })
    .where(
      and(
        eq(newsletters.id, newsletterId),
        eq(newsletters.status, "sending"),
        sql`(${newsletters.nextBatchAt} is null or ${newsletters.nextBatchAt} <= ${at(now)})`,
      ),
    )
    .returning({ id: newsletters.id });
  return Boolean(row);
}

export interface ClaimedRecipient {
  id: number;
  accountId: string;
  email: string;
}

/**
 * Claims the next queued recipient for sending, committed before its message leaves: the row is
 * `sending` from here on, so no other process (SKIP LOCKED passes over a row being claimed) and no
 * later run takes it again. Someone who has withdrawn consent (or whose account was disabled) since
 * the audience was written is marked `skipped` instead, and the next is tried. Null: none queued.
 */
export async function claimNextRecipient(newsletterId: string, now: Date): Promise<ClaimedRecipient | null> {
  for (;;) {
    const result = await db.execute(sql`update newsletter_recipients r
      set state = (case when ${hasNewsletterConsent(sql`r.account_id`)}
          and exists (select 1 from accounts a where a.id = r.account_id and not a.disabled)
        then 'sending' else 'skipped' end)::newsletter_recipient_state,
        claimed_at = ${at(now)}
      where r.id = (select q.id from newsletter_recipients q where q.newsletter_id = ${newsletterId} and q.state = 'queued'
        order by q.id limit 1 for update skip locked)
      returning r.id, r.account_id, r.email, r.state`);
    const [row] = rowsOf<{ id: number | string; account_id: string; email: string; state: string }>(result);
    if (!row) return null;
    if (row.state === "sending") return { id: Number(row.id), accountId: row.account_id, email: row.email };
  }
}

export async function markRecipientSent(id: number, messageId: string, now: Date = new Date()): Promise<void> {
  await db
    .update(newsletterRecipients)
    .set({ state: "sent", sentAt: now, messageId, error: null })
    .where(and(eq(newsletterRecipients.id, id), eq(newsletterRecipients.state, "sending")));
}

export async function markRecipientFailed(id: number, error: string): Promise<void> {
  await db
    .update(newsletterRecipients)
    .set({ state: "failed", error: error.slice(0, 500) })
    .where(and(eq(newsletterRecipients.id, id), eq(newsletterRecipients.state, "sending")));
}

/** What staff see for a message whose send was interrupted: it may or may not have arrived. */
export const INTERRUPTED = "Interrupted while sending: it may or may not have been delivered. Retry to send it again.";

/**
 * Rows claimed before `staleBefore` that never got an outcome: the process sending them stopped
 * between the claim and the result. Never sent again on their own (at most once): they become
 * `failed`, outcome unknown, for staff to retry deliberately.
 */
export async function failInterruptedRecipients(newsletterId: string, staleBefore: Date): Promise<number> {
  const rows = await db
    .update(newsletterRecipients)
    .set({ state: "failed", error: INTERRUPTED })
    .where(
      and(
        eq(newsletterRecipients.newsletterId, newsletterId),
        eq(newsletterRecipients.state, "sending"),
        sql`${newsletterRecipients.claimedAt} < ${at(staleBefore)}`,
      ),
    )
    .returning({ id: newsletterRecipients.id });
  return rows.length;
}

/** Marks a sending newsletter sent once no recipient is queued or mid-send. True when it finished now. */
export async function finishIfDone(newsletterId: string, now: Date): Promise<boolean> {
  const [row] = await db
    .update(newsletters)
    .set({ status: "sent", sentAt: now })
    .where(
      and(
        eq(newsletters.id, newsletterId),
        eq(newsletters.status, "sending"),
        sql`not exists (select 1 from newsletter_recipients r where r.newsletter_id = ${newsletterId} and r.state in ('queued', 'sending'))`,
      ),
    )
    .returning({ id: newsletters.id });
  return Boolean(row);
}

/** The content a send composes from. */
export async function getNewsletterContent(newsletterId: string) {
  const [row] = await db
    .select({ id: newsletters.id, slug: newsletters.slug, subject: newsletters.subject, preheader: newsletters.preheader, body: newsletters.body })
    .from(newsletters)
    .where(eq(newsletters.id, newsletterId));
  return row ?? null;
}

/** Whether any recipient is still queued (another batch is needed). */
export async function hasQueuedRecipients(newsletterId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: newsletterRecipients.id })
    .from(newsletterRecipients)
    .where(and(eq(newsletterRecipients.newsletterId, newsletterId), inArray(newsletterRecipients.state, ["queued"])))
    .limit(1);
  return Boolean(row);
}

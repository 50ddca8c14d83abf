import "server-only";
import { and, asc, count, desc, eq, getTableColumns, inArray, sql } from "drizzle-orm";
import { db } from "@/db";
import { newsletterRecipients, newsletters, organisations, topics } from "@/db/schema";
import { recordAudit } from "../audit";
import { diffChanges } from "../audit/changes";
import { inAudience, rowsOf } from "./sql";

export type NewsletterStatus = (typeof newsletters.$inferSelect)["status"];
export type RecipientState = (typeof newsletterRecipients.$inferSelect)["state"];

export interface NewsletterInput {
  subject: string;
  slug: string;
  preheader: string;
  body: string;
  audience: "all" | "tiers" | "organisations" | "topics";
  audienceTiers: string[];
  audienceOrganisations: string[];
  audienceTopics: string[];
}

export type RecipientCounts = Record<RecipientState, number> & { total: number };

const emptyCounts = (): RecipientCounts => ({ queued: 0, sending: 0, sent: 0, failed: 0, skipped: 0, total: 0 });

/** Recipients by state, per newsletter. */
async function countsFor(ids: string[]): Promise<Map<string, RecipientCounts>> {
  const map = new Map<string, RecipientCounts>();
  if (ids.length === 0) return map;
  const rows = await db
    .select({ id: newsletterRecipients.newsletterId, state: newsletterRecipients.state, n: count() })
    .from(newsletterRecipients)
    .where(inArray(newsletterRecipients.newsletterId, ids))
    .groupBy(newsletterRecipients.newsletterId, newsletterRecipients.state);
  for (const row of rows) {
    const counts = map.get(row.id) ?? emptyCounts();
    counts[row.state] = row.n;
    counts.total += row.n;
    map.set(row.id, counts);
  }
  return map;
}

const listColumns = {
  id: newsletters.id,
  slug: newsletters.slug,
  subject: newsletters.subject,
  status: newsletters.status,
  sendAt: newsletters.sendAt,
  sentAt: newsletters.sentAt,
  updatedAt: newsletters.updatedAt,
};

/** Every newsletter, newest first, with its recipients' counts (the dashboard's list). */
export async function listNewsletters() {
  const rows = await db.select(listColumns).from(newsletters).orderBy(desc(newsletters.updatedAt)).limit(200);
  const counts = await countsFor(rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, counts: counts.get(r.id) ?? emptyCounts() }));
}

export async function getNewsletter(id: string) {
  // Every column but the search vectors, which only the database reads.
  const { searchPublic: _public, searchWhole: _whole, ...columns } = getTableColumns(newsletters);
  const [row] = await db.select(columns).from(newsletters).where(eq(newsletters.id, id));
  if (!row) return null;
  const counts = (await countsFor([id])).get(id) ?? emptyCounts();
  return { ...row, counts };
}

export type NewsletterDetail = NonNullable<Awaited<ReturnType<typeof getNewsletter>>>;

/** How many people the newsletter would go to now (its audience, with consent). */
export async function countAudience(id: string): Promise<number> {
  const result = await db.execute(sql`select count(*)::int as n from newsletters n cross join accounts a where n.id = ${id} and ${inAudience}`);
  return Number(rowsOf<{ n: number }>(result)[0]?.n ?? 0);
}

/** The failed recipients, for staff to see why (and retry). */
export async function listFailedRecipients(id: string, limit = 50) {
  return db
    .select({ email: newsletterRecipients.email, error: newsletterRecipients.error, claimedAt: newsletterRecipients.claimedAt })
    .from(newsletterRecipients)
    .where(and(eq(newsletterRecipients.newsletterId, id), eq(newsletterRecipients.state, "failed")))
    .orderBy(asc(newsletterRecipients.id))
    .limit(limit);
}

export async function listOrganisationsForAudience() {
  return db.select({ id: organisations.id, name: organisations.name }).from(organisations).orderBy(asc(organisations.name));
}

export async function listTopicsForAudience() {
  return db.select({ id: topics.id, slug: topics.slug, name: topics.name }).from(topics).orderBy(asc(topics.name));
}

export type SaveResult = { ok: true; id: string } | { ok: false; reason: "slug-taken" | "conflict" | "not-editable" | "missing" };

async function slugTaken(slug: string, exceptId: string | null): Promise<boolean> {
  const [row] = await db.select({ id: newsletters.id }).from(newsletters).where(eq(newsletters.slug, slug));
  return Boolean(row && row.id !== exceptId);
}

export async function createNewsletter(actorId: string, input: NewsletterInput): Promise<SaveResult> {
  if (await slugTaken(input.slug, null)) return { ok: false, reason: "slug-taken" };
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(newsletters)
      .values({ ...input, authorId: actorId, updatedById: actorId })
      .onConflictDoNothing()
      .returning({ id: newsletters.id });
    if (!row) return { ok: false, reason: "slug-taken" } as const;
    await recordAudit(tx, {
      actorId,
      action: "create",
      entityType: "newsletter",
      entityId: row.id,
      summary: `Drafted the newsletter "${input.subject}"`,
    });
    return { ok: true, id: row.id } as const;
  });
}

/** Saves a draft or a scheduled newsletter (not one being sent or sent), if nobody saved it since `version`. */
export async function updateNewsletter(actorId: string, id: string, version: number, input: NewsletterInput): Promise<SaveResult> {
  if (await slugTaken(input.slug, id)) return { ok: false, reason: "slug-taken" };
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(newsletters).where(eq(newsletters.id, id)).for("update");
    if (!before) return { ok: false, reason: "missing" } as const;
    if (before.status !== "draft" && before.status !== "scheduled") return { ok: false, reason: "not-editable" } as const;
    if (before.version !== version) return { ok: false, reason: "conflict" } as const;
    await tx
      .update(newsletters)
      .set({ ...input, version: version + 1, updatedById: actorId, updatedAt: new Date() })
      .where(eq(newsletters.id, id));
    await recordAudit(tx, {
      actorId,
      action: "update",
      entityType: "newsletter",
      entityId: id,
      summary: `Edited the newsletter "${input.subject}"`,
      changes: diffChanges(before as unknown as Record<string, unknown>, input as unknown as Record<string, unknown>, ["body"]),
    });
    return { ok: true, id } as const;
  });
}

/**
 * Sends the newsletter at `sendAt` (now, or a time to come): it becomes `scheduled`, and the job
 * queue starts it when the time comes. Only a draft or a scheduled one, at the version shown.
 */
export async function scheduleNewsletter(actorId: string, id: string, version: number, sendAt: Date, now: Date = new Date()): Promise<SaveResult> {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(newsletters).where(eq(newsletters.id, id)).for("update");
    if (!before) return { ok: false, reason: "missing" } as const;
    if (before.status !== "draft" && before.status !== "scheduled") return { ok: false, reason: "not-editable" } as const;
    if (before.version !== version) return { ok: false, reason: "conflict" } as const;
    await tx.update(newsletters).set({ status: "scheduled", sendAt, version: version + 1, updatedById: actorId, updatedAt: now }).where(eq(newsletters.id, id));
    const immediate = sendAt.getTime() <= now.getTime() + 60_000;
    await recordAudit(tx, {
      actorId,
      action: immediate ? "send-newsletter" : "schedule",
      entityType: "newsletter",
      entityId: id,
      summary: immediate ? `Sent the newsletter "${before.subject}"` : `Scheduled the newsletter "${before.subject}" for ${sendAt.toISOString()}`,
    });
    return { ok: true, id } as const;
  });
}

/** A scheduled newsletter back to a draft, before it starts. */
export async function cancelScheduledNewsletter(actorId: string, id: string): Promise<SaveResult> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(newsletters)
      .set({ status: "draft", sendAt: null, version: sql`${newsletters.version} + 1`, updatedById: actorId, updatedAt: new Date() })
      .where(and(eq(newsletters.id, id), eq(newsletters.status, "scheduled")))
      .returning({ subject: newsletters.subject });
    if (!row) return { ok: false, reason: "not-editable" } as const;
    await recordAudit(tx, {
      actorId,
      action: "cancel-send",
      entityType: "newsletter",
      entityId: id,
      summary: `Cancelled sending "${row.subject}"`,
    });
    return { ok: true, id } as const;
  });
}

/**
 * Staff's deliberate second try for failed messages (including those whose outcome is unknown
 * after an interruption, which may have arrived): they are queued again and sending resumes.
 * Returns how many, or null when the newsletter has not been sent.
 */
export async function retryFailedRecipients(actorId: string, id: string): Promise<number | null> {
  return db.transaction(async (tx) => {
    const [item] = await tx.select({ subject: newsletters.subject, status: newsletters.status }).from(newsletters).where(eq(newsletters.id, id)).for("update");
    if (!item || (item.status !== "sending" && item.status !== "sent")) return null;
    const retried = await tx
      .update(newsletterRecipients)
      .set({ state: "queued", error: null, claimedAt: null })
      .where(and(eq(newsletterRecipients.newsletterId, id), eq(newsletterRecipients.state, "failed")))
      .returning({ id: newsletterRecipients.id });
    if (retried.length === 0) return 0;
    await tx.update(newsletters).set({ status: "sending", sentAt: null, nextBatchAt: null }).where(eq(newsletters.id, id));
    await recordAudit(tx, {
      actorId,
      action: "retry-failed",
      entityType: "newsletter",
      entityId: id,
      summary: `Queued ${retried.length} failed message${retried.length === 1 ? "" : "s"} of "${item.subject}" again`,
    });
    return retried.length;
  });
}

/** Deletes a draft (never one that has been sent: it is in the archive and the recipients' history). */
export async function deleteDraftNewsletter(actorId: string, id: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [row] = await tx.delete(newsletters).where(and(eq(newsletters.id, id), eq(newsletters.status, "draft"))).returning({ subject: newsletters.subject });
    if (!row) return false;
    await recordAudit(tx, {
      actorId,
      action: "delete",
      entityType: "newsletter",
      entityId: id,
      summary: `Deleted the draft newsletter "${row.subject}"`,
    });
    return true;
  });
}

export async function recordTestSend(actorId: string, id: string, subject: string, to: string): Promise<void> {
  await recordAudit(db, {
      actorId,
      action: "send-test",
      entityType: "newsletter",
      entityId: id,
      summary: `Sent a test of "${subject}" to ${to}`,
    });
}

import "server-only";
import { and, count, desc, eq, gt, notInArray } from "drizzle-orm";
import { db, type Executor } from "@/db";
import { outbox, type EmailAttachment } from "@/db/schema";
import { recordAudit } from "./audit";

export async function addToOutbox(message: { to: string; subject: string; text: string; attachments?: EmailAttachment[] }, executor: Executor = db) {
  const [row] = await executor.insert(outbox).values(message).returning({ id: outbox.id });
  return row!.id;
}

export async function markOutboxResult(id: number, error: string | null) {
  await db
    .update(outbox)
    .set(error ? { error } : { sentAt: new Date(), error: null })
    .where(eq(outbox.id, id));
}

const columns = {
  id: outbox.id,
  to: outbox.to,
  subject: outbox.subject,
  text: outbox.text,
  sentAt: outbox.sentAt,
  error: outbox.error,
  createdAt: outbox.createdAt,
};

/** The newest messages as stored: their text may hold live single-use links, for the caller to redact. */
export async function listOutbox(limit = 100) {
  return db.select(columns).from(outbox).orderBy(desc(outbox.id)).limit(limit);
}

/**
 * One message with its links, for an admin who asked to see them: the view is in the audit log,
 * written before the text is returned. Null when there is no such message.
 */
export async function viewOutboxMessage(actorId: string, id: number) {
  return db.transaction(async (tx) => {
    const [message] = await tx.select(columns).from(outbox).where(eq(outbox.id, id));
    if (!message) return null;
    await recordAudit(tx, {
      actorId,
      action: "view-links",
      entityType: "email",
      entityId: String(id),
      summary: `Viewed the links in "${message.subject}" to ${message.to}`,
    });
    return message;
  });
}

/** Emails to `to` with exactly this subject in the last `windowMs`. */
export async function countRecentEmailsWithSubject(to: string, subject: string, windowMs: number): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(outbox)
    .where(and(eq(outbox.to, to), eq(outbox.subject, subject), gt(outbox.createdAt, new Date(Date.now() - windowMs))));
  return row?.n ?? 0;
}

export async function countRecentEmailsTo(to: string, windowMs: number, exceptSubjects: string[] = []): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(outbox)
    .where(
      and(
        eq(outbox.to, to),
        gt(outbox.createdAt, new Date(Date.now() - windowMs)),
        exceptSubjects.length ? notInArray(outbox.subject, exceptSubjects) : undefined,
      ),
    );
  return row?.n ?? 0;
}

import "server-only";
import { and, count, desc, eq, gt } from "drizzle-orm";
import { db } from "@/db";
import { outbox } from "@/db/schema";

export async function addToOutbox(message: { to: string; subject: string; text: string }) {
  const [row] = await db.insert(outbox).values(message).returning({ id: outbox.id });
  return row!.id;
}

export async function markOutboxResult(id: number, error: string | null) {
  await db
    .update(outbox)
    .set(error ? { error } : { sentAt: new Date(), error: null })
    .where(eq(outbox.id, id));
}

export async function listOutbox(limit = 100) {
  return db
    .select({
      id: outbox.id,
      to: outbox.to,
      subject: outbox.subject,
      text: outbox.text,
      sentAt: outbox.sentAt,
      error: outbox.error,
      createdAt: outbox.createdAt,
    })
    .from(outbox)
    .orderBy(desc(outbox.id))
    .limit(limit);
}

export async function countRecentEmailsTo(to: string, windowMs: number): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(outbox)
    .where(and(eq(outbox.to, to), gt(outbox.createdAt, new Date(Date.now() - windowMs))));
  return row?.n ?? 0;
}

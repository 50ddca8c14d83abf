import "server-only";
import { and, asc, desc, eq, lte, sql } from "drizzle-orm";
import { db, type Executor, type Transaction } from "@/db";
import { erasureRequests } from "@/db/schema";

export type ErasureRequest = typeof erasureRequests.$inferSelect;

/** The account's pending erasure request, if any. */
export async function getPendingErasure(accountId: string, executor: Executor = db): Promise<ErasureRequest | null> {
  const [row] = await executor
    .select()
    .from(erasureRequests)
    .where(and(eq(erasureRequests.accountId, accountId), eq(erasureRequests.status, "pending")));
  return row ?? null;
}

/** The account's latest request (pending, cancelled or completed), for staff. */
export async function getLatestErasure(accountId: string, executor: Executor = db): Promise<ErasureRequest | null> {
  const [row] = await executor
    .select()
    .from(erasureRequests)
    .where(eq(erasureRequests.accountId, accountId))
    .orderBy(desc(erasureRequests.requestedAt))
    .limit(1);
  return row ?? null;
}

/** Adds a pending request; when one is pending already, that one is returned unchanged. */
export async function addErasureRequest(
  tx: Transaction,
  entry: { accountId: string; source: "self" | "staff"; requestedById: string | null; note: string; dueAt: Date },
): Promise<{ request: ErasureRequest; created: boolean }> {
  const [created] = await tx
    .insert(erasureRequests)
    .values(entry)
    .onConflictDoNothing({ target: erasureRequests.accountId, where: sql`${erasureRequests.status} = 'pending'` })
    .returning();
  if (created) return { request: created, created: true };
  return { request: (await getPendingErasure(entry.accountId, tx))!, created: false };
}

/** Cancels the pending request; false when there was none. */
export async function cancelErasureRequest(tx: Transaction, accountId: string): Promise<boolean> {
  const rows = await tx
    .update(erasureRequests)
    .set({ status: "cancelled", cancelledAt: new Date() })
    .where(and(eq(erasureRequests.accountId, accountId), eq(erasureRequests.status, "pending")))
    .returning({ id: erasureRequests.id });
  return rows.length > 0;
}

/** Brings a pending request's date forward to now (staff erasing at once). */
export async function makeErasureDueNow(tx: Transaction, id: string): Promise<void> {
  await tx.update(erasureRequests).set({ dueAt: new Date() }).where(and(eq(erasureRequests.id, id), eq(erasureRequests.status, "pending")));
}

/**
 * Claims a pending request for erasure inside the transaction that erases: the first caller gets it;
 * a concurrent one waits for that transaction and then finds it completed (or cancelled), and gets null.
 */
export async function completeErasureRequest(tx: Transaction, id: string, outcome: Record<string, unknown>): Promise<boolean> {
  const rows = await tx
    .update(erasureRequests)
    .set({ status: "completed", completedAt: new Date(), outcome })
    .where(and(eq(erasureRequests.id, id), eq(erasureRequests.status, "pending")))
    .returning({ id: erasureRequests.id });
  return rows.length > 0;
}

/** Pending requests whose grace period has ended, oldest first. */
export async function listDueErasures(now: Date, executor: Executor = db): Promise<Pick<ErasureRequest, "id" | "accountId">[]> {
  return executor
    .select({ id: erasureRequests.id, accountId: erasureRequests.accountId })
    .from(erasureRequests)
    .where(and(eq(erasureRequests.status, "pending"), lte(erasureRequests.dueAt, now)))
    .orderBy(asc(erasureRequests.dueAt));
}

export async function getErasureRequest(id: string, executor: Executor = db): Promise<ErasureRequest | null> {
  const [row] = await executor.select().from(erasureRequests).where(eq(erasureRequests.id, id));
  return row ?? null;
}

export async function setErasureOutcome(tx: Transaction, id: string, outcome: Record<string, string>): Promise<void> {
  await tx.update(erasureRequests).set({ outcome }).where(eq(erasureRequests.id, id));
}

import "server-only";
import { and, count, gt, inArray, lt, min, sql } from "drizzle-orm";
import { db } from "@/db";
import { signInFailures } from "@/db/schema";

/** Failures per key within the window, and when the oldest of them leaves it. */
export async function countRecentFailures(keys: string[], windowMs: number) {
  const since = new Date(Date.now() - windowMs);
  const rows = await db
    .select({ key: signInFailures.key, failures: count(), oldest: min(signInFailures.createdAt) })
    .from(signInFailures)
    .where(and(inArray(signInFailures.key, keys), gt(signInFailures.createdAt, since)))
    .groupBy(signInFailures.key);
  return rows.map((r) => ({ key: r.key, failures: r.failures, oldest: r.oldest ?? new Date() }));
}

export async function recordFailures(keys: string[]): Promise<void> {
  await db.insert(signInFailures).values(keys.map((key) => ({ key })));
  // Keep the table small: a day of history is far more than any window needs.
  if (Math.random() < 0.02) {
    await db.delete(signInFailures).where(lt(signInFailures.createdAt, sql`now() - interval '1 day'`));
  }
}

export async function clearFailures(key: string): Promise<void> {
  await db.delete(signInFailures).where(inArray(signInFailures.key, [key]));
}

import "server-only";
import { eq } from "drizzle-orm";
import type { Executor } from "@/db";
import { accounts } from "@/db/schema";

/** The result of saving an article or resource. */
export type SaveResult =
  | { ok: true; id: string; slug: string; previousSlug: string | null }
  | { ok: false; reason: "slug-taken"; takenBy: string }
  | { ok: false; reason: "conflict"; by: string | null; at: Date }
  | { ok: false; reason: "not-found" };

/** True for PostgreSQL's unique_violation (23505), however the driver wraps it. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, constraint_name, constraint: c } = e as { code?: string; constraint_name?: string; constraint?: string };
    if (code === "23505") return !constraint || constraint_name === constraint || c === constraint || String(e).includes(constraint);
  }
  return false;
}

/** Thrown inside a transaction to roll it back and report a refused save. */
export class SaveRefused extends Error {
  constructor(readonly result: Exclude<SaveResult, { ok: true }>) {
    super(result.reason);
  }
}

export async function accountName(tx: Executor, id: string | null): Promise<string | null> {
  if (!id) return null;
  const [row] = await tx.select({ name: accounts.name }).from(accounts).where(eq(accounts.id, id)).limit(1);
  return row?.name ?? null;
}

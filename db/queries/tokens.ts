import "server-only";
import { and, eq, gt, isNull, lt, sql } from "drizzle-orm";
import { db, type Executor } from "@/db";
import { accounts, accountTokens } from "@/db/schema";
import { IMPORTED_PASSWORD_PREFIX } from "./members";

type Purpose = (typeof accountTokens.$inferInsert)["purpose"];

/**
 * Stores a token's hash. Earlier tokens of the same purpose stay valid until used or expired: a new
 * request, perhaps a stranger's, must never revoke the link already in the owner's inbox (a new
 * password revokes every reset link: setPassword). Pass a transaction to make the token part of a
 * larger change (it then commits or rolls back with it).
 */
export async function saveToken(
  accountId: string,
  purpose: Purpose,
  tokenHash: string,
  expiresAt: Date,
  executor: Executor = db,
) {
  await executor.transaction(async (tx) => {
    await tx.delete(accountTokens).where(lt(accountTokens.expiresAt, sql`now() - interval '1 day'`));
    await tx.insert(accountTokens).values({ tokenHash, accountId, purpose, expiresAt });
  });
}

/** Marks a valid, unused, unexpired token used and returns its account; null otherwise. Atomic: a token works once. */
export async function consumeToken(tokenHash: string, purpose: Purpose, executor: Executor = db): Promise<string | null> {
  const [row] = await executor
    .update(accountTokens)
    .set({ usedAt: new Date() })
    .where(
      and(
        eq(accountTokens.tokenHash, tokenHash),
        eq(accountTokens.purpose, purpose),
        isNull(accountTokens.usedAt),
        gt(accountTokens.expiresAt, sql`now()`),
      ),
    )
    .returning({ accountId: accountTokens.accountId });
  return row?.accountId ?? null;
}

/** True when the token would be accepted (for showing the reset form before it is used). */
export async function isTokenUsable(tokenHash: string, purpose: Purpose): Promise<boolean> {
  const [row] = await db
    .select({ one: accountTokens.tokenHash })
    .from(accountTokens)
    .where(
      and(
        eq(accountTokens.tokenHash, tokenHash),
        eq(accountTokens.purpose, purpose),
        isNull(accountTokens.usedAt),
        gt(accountTokens.expiresAt, sql`now()`),
      ),
    )
    .limit(1);
  return Boolean(row);
}

/**
 * For the reset page before the token is used: whether its account has ever had a password (an
 * imported account chooses its first one). Null when the token would be refused.
 */
export async function resetTokenHolder(tokenHash: string): Promise<{ hasPassword: boolean } | null> {
  const [row] = await db
    .select({ passwordHash: accounts.passwordHash })
    .from(accountTokens)
    .innerJoin(accounts, eq(accounts.id, accountTokens.accountId))
    .where(
      and(
        eq(accountTokens.tokenHash, tokenHash),
        eq(accountTokens.purpose, "reset-password"),
        isNull(accountTokens.usedAt),
        gt(accountTokens.expiresAt, sql`now()`),
      ),
    )
    .limit(1);
  return row ? { hasPassword: !row.passwordHash.startsWith(IMPORTED_PASSWORD_PREFIX) } : null;
}

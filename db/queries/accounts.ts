import "server-only";
import { eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { accounts, organisations } from "@/db/schema";

/**
 * The signed-in account as every request sees it: one indexed query on the primary key, so a
 * change to tier, role, expiry, disabled or password applies on the very next request.
 * Never returns the password hash.
 */
export async function getSessionAccount(id: string) {
  const [row] = await db
    .select({
      id: accounts.id,
      email: accounts.email,
      name: accounts.name,
      role: accounts.role,
      tierSlug: accounts.tierSlug,
      membershipExpiresAt: accounts.membershipExpiresAt,
      disabled: accounts.disabled,
      sessionVersion: accounts.sessionVersion,
      orgTierSlug: organisations.tierSlug,
      orgExpiresAt: organisations.membershipExpiresAt,
    })
    .from(accounts)
    .leftJoin(organisations, eq(organisations.id, accounts.organisationId))
    .where(eq(accounts.id, id))
    .limit(1);
  return row ?? null;
}

export type SessionAccount = NonNullable<Awaited<ReturnType<typeof getSessionAccount>>>;

/** For password checks only: the one query that reads a password hash. */
export async function getCredentialsByEmail(email: string) {
  const [row] = await db
    .select({
      id: accounts.id,
      passwordHash: accounts.passwordHash,
      disabled: accounts.disabled,
      sessionVersion: accounts.sessionVersion,
    })
    .from(accounts)
    .where(eq(sql`lower(${accounts.email})`, email.trim().toLowerCase()))
    .limit(1);
  return row ?? null;
}

import "server-only";
import { and, eq, isNotNull, lt, lte, sql } from "drizzle-orm";
import { db, type Executor } from "@/db";
import { accountSessions, accountTokens, accounts, organisations, revokedSessions } from "@/db/schema";
import { ACCOUNT_ID, hasSecondFactorSql } from "./second-factor";

/**
 * The signed-in account as every request sees it: one indexed query on the primary key, so a
 * change to tier, role, expiry, disabled or password applies on the very next request.
 * Never returns the password hash.
 */
export async function getSessionAccount(id: string, sessionId: string | null = null) {
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
      revoked: sessionId
        ? sql<boolean>`exists (select 1 from ${revokedSessions} where ${revokedSessions.sessionId} = ${sessionId})`
        : sql<boolean>`false`,
      // The sign-in's own row (db/queries/account-sessions.ts): none, or still waiting for a second
      // factor, and the session opens nothing.
      sessionPending: accountSessions.pendingSecondFactor,
      sessionLastSeenAt: accountSessions.lastSeenAt,
      secondFactor: hasSecondFactorSql(ACCOUNT_ID),
    })
    .from(accounts)
    // An organisation's tier applies from the start of its paid period until its expiry (period end
    // plus grace); one never paid for (no expiry) opens nothing.
    .leftJoin(
      organisations,
      and(
        eq(organisations.id, accounts.organisationId),
        isNotNull(organisations.membershipExpiresAt),
        lte(organisations.startsAt, sql`now()`),
      ),
    )
    .leftJoin(
      accountSessions,
      and(eq(accountSessions.id, sessionId ?? "00000000-0000-0000-0000-000000000000"), eq(accountSessions.accountId, accounts.id)),
    )
    .where(eq(accounts.id, id))
    .limit(1);
  return row ?? null;
}

/** Signs one session out for good (its cookie may still exist somewhere until it expires). */
export async function revokeSession(sessionId: string, expiresAt: Date) {
  await db.insert(revokedSessions).values({ sessionId, expiresAt }).onConflictDoNothing();
  if (Math.random() < 0.05) await db.delete(revokedSessions).where(lt(revokedSessions.expiresAt, new Date()));
}

export type SessionAccount = NonNullable<Awaited<ReturnType<typeof getSessionAccount>>>;

/** For password checks only: the one query that reads a password hash. */
export async function getCredentialsByEmail(email: string) {
  const [row] = await db
    .select({
      id: accounts.id,
      passwordHash: accounts.passwordHash,
      disabled: accounts.disabled,
      emailVerifiedAt: accounts.emailVerifiedAt,
      sessionVersion: accounts.sessionVersion,
    })
    .from(accounts)
    .where(eq(sql`lower(${accounts.email})`, email.trim().toLowerCase()))
    .limit(1);
  return row ?? null;
}

/** Creates a free, unconfirmed account; null when the email is already registered. */
export async function createAccount(input: { email: string; name: string; passwordHash: string }) {
  const [row] = await db
    .insert(accounts)
    .values({ email: input.email.trim(), name: input.name.trim(), passwordHash: input.passwordHash })
    .onConflictDoNothing()
    .returning({ id: accounts.id });
  return row?.id ?? null;
}

export async function getAccountByEmail(email: string) {
  const [row] = await db
    .select({
      id: accounts.id,
      email: accounts.email,
      name: accounts.name,
      role: accounts.role,
      disabled: accounts.disabled,
      emailVerifiedAt: accounts.emailVerifiedAt,
    })
    .from(accounts)
    .where(eq(sql`lower(${accounts.email})`, email.trim().toLowerCase()))
    .limit(1);
  return row ?? null;
}

export async function getPasswordHash(id: string): Promise<string | null> {
  const [row] = await db.select({ hash: accounts.passwordHash }).from(accounts).where(eq(accounts.id, id)).limit(1);
  return row?.hash ?? null;
}

/** Sets a new password and signs out every existing session of the account. */
export async function setPassword(id: string, passwordHash: string, executor: Executor = db) {
  await executor
    .update(accounts)
    .set({ passwordHash, sessionVersion: sql`${accounts.sessionVersion} + 1`, updatedAt: new Date() })
    .where(eq(accounts.id, id));
  // Any reset link still out there is for the old password: it must not work any more.
  await executor
    .delete(accountTokens)
    .where(and(eq(accountTokens.accountId, id), eq(accountTokens.purpose, "reset-password")));
}

export async function markEmailVerified(id: string, executor: Executor = db) {
  await executor
    .update(accounts)
    .set({ emailVerifiedAt: sql`coalesce(${accounts.emailVerifiedAt}, now())` })
    .where(eq(accounts.id, id));
}

export async function updateAccountName(id: string, name: string) {
  await db.update(accounts).set({ name: name.trim(), updatedAt: new Date() }).where(eq(accounts.id, id));
}

/** What /account shows beyond the signed-in viewer: organisation and saved reading preferences, in one query. */
export async function getAccountProfile(id: string) {
  const [row] = await db
    .select({
      id: accounts.id,
      email: accounts.email,
      name: accounts.name,
      createdAt: accounts.createdAt,
      organisationName: organisations.name,
      preferences: accounts.preferences,
      managesOrganisation: sql<boolean>`exists (select 1 from organisation_admins where organisation_admins.account_id = ${accounts.id})`,
    })
    .from(accounts)
    .leftJoin(organisations, eq(organisations.id, accounts.organisationId))
    .where(eq(accounts.id, id))
    .limit(1);
  return row ?? null;
}

export async function getAccountPreferences(id: string): Promise<unknown> {
  const [row] = await db.select({ preferences: accounts.preferences }).from(accounts).where(eq(accounts.id, id)).limit(1);
  return row?.preferences ?? null;
}

export async function saveAccountPreferences(id: string, preferences: Record<string, string>) {
  await db.update(accounts).set({ preferences }).where(eq(accounts.id, id));
}

export async function getAccountEmail(id: string): Promise<string | null> {
  const [row] = await db.select({ email: accounts.email }).from(accounts).where(eq(accounts.id, id)).limit(1);
  return row?.email ?? null;
}

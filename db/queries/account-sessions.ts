import "server-only";
import { and, desc, eq, gt, lt, ne, notExists, sql } from "drizzle-orm";
import { db } from "@/db";
import { accountBrowsers, accountSessions, accounts, revokedSessions } from "@/db/schema";
import { revokeSession } from "./accounts";

/** How long a session row is kept after it was last seen: the session cookie's own lifetime, and a day. */
const SESSION_DAYS = 31;
/** How long the second step of signing in waits for its code: then the password is asked again. */
export const PENDING_MINUTES = 15;

export async function createAccountSession(input: {
  id: string;
  accountId: string;
  pendingSecondFactor: boolean;
  sessionVersion: number;
  userAgent: string;
  address: string | null;
}) {
  await db.insert(accountSessions).values({ ...input, userAgent: input.userAgent.slice(0, 512) });
  if (Math.random() < 0.02) {
    await db.delete(accountSessions).where(lt(accountSessions.lastSeenAt, sql`now() - make_interval(days => ${SESSION_DAYS})`));
  }
}

/** A session waiting for its second factor (the /login/verify step), with its account; null otherwise. */
export async function getPendingSession(id: string, accountId: string) {
  const [row] = await db
    .select({ id: accountSessions.id, challenge: accountSessions.challenge, signedInAt: accountSessions.signedInAt })
    .from(accountSessions)
    .where(
      and(
        eq(accountSessions.id, id),
        eq(accountSessions.accountId, accountId),
        eq(accountSessions.pendingSecondFactor, true),
        gt(accountSessions.signedInAt, sql`now() - make_interval(mins => ${PENDING_MINUTES})`),
      ),
    )
    .limit(1);
  return row ?? null;
}

/** The second factor was given: the session now opens what the account may. False when it was not waiting. */
export async function completeSecondFactor(id: string, accountId: string): Promise<boolean> {
  const rows = await db
    .update(accountSessions)
    .set({ pendingSecondFactor: false, challenge: null, lastSeenAt: new Date() })
    .where(and(eq(accountSessions.id, id), eq(accountSessions.accountId, accountId), eq(accountSessions.pendingSecondFactor, true)))
    .returning({ id: accountSessions.id });
  return rows.length > 0;
}

/**
 * Whether this is a whole sign-in of the account (not waiting, not signed out): a password change
 * signs the browser in again, and that sign-in keeps the second factor it had already given.
 */
export async function isCompleteSession(id: string, accountId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: accountSessions.id })
    .from(accountSessions)
    .where(
      and(
        eq(accountSessions.id, id),
        eq(accountSessions.accountId, accountId),
        eq(accountSessions.pendingSecondFactor, false),
        notExists(db.select({ one: sql`1` }).from(revokedSessions).where(eq(revokedSessions.sessionId, id))),
      ),
    );
  return Boolean(row);
}

/** Keeps a WebAuthn challenge with the session it was given to (used once: takeChallenge clears it). */
export async function setSessionChallenge(id: string, accountId: string, challenge: string) {
  await db
    .update(accountSessions)
    .set({ challenge })
    .where(and(eq(accountSessions.id, id), eq(accountSessions.accountId, accountId)));
}

export async function takeSessionChallenge(id: string, accountId: string): Promise<string | null> {
  const [before] = await db
    .select({ challenge: accountSessions.challenge })
    .from(accountSessions)
    .where(and(eq(accountSessions.id, id), eq(accountSessions.accountId, accountId)));
  if (!before?.challenge) return null;
  const rows = await db
    .update(accountSessions)
    .set({ challenge: null })
    .where(and(eq(accountSessions.id, id), eq(accountSessions.challenge, before.challenge)))
    .returning({ id: accountSessions.id });
  return rows.length ? before.challenge : null;
}

/** At most once a minute per session, so a busy reader does not write on every page. */
export async function touchSession(id: string) {
  await db
    .update(accountSessions)
    .set({ lastSeenAt: new Date() })
    .where(and(eq(accountSessions.id, id), lt(accountSessions.lastSeenAt, sql`now() - interval '1 minute'`)));
}

/**
 * The account's signed-in sessions, most recently seen first: not those still waiting for a second
 * factor, nor those a password change ended (an older session version), nor revoked ones.
 */
export async function listAccountSessions(accountId: string) {
  return db
    .select({
      id: accountSessions.id,
      userAgent: accountSessions.userAgent,
      address: accountSessions.address,
      signedInAt: accountSessions.signedInAt,
      lastSeenAt: accountSessions.lastSeenAt,
    })
    .from(accountSessions)
    .innerJoin(accounts, and(eq(accounts.id, accountSessions.accountId), eq(accounts.sessionVersion, accountSessions.sessionVersion)))
    .where(
      and(
        eq(accountSessions.accountId, accountId),
        eq(accountSessions.pendingSecondFactor, false),
        notExists(db.select({ one: sql`1` }).from(revokedSessions).where(eq(revokedSessions.sessionId, sql`${accountSessions.id}::text`))),
        gt(accountSessions.lastSeenAt, sql`now() - make_interval(days => ${SESSION_DAYS})`),
      ),
    )
    .orderBy(desc(accountSessions.lastSeenAt))
    .limit(50);
}

/**
 * Signs one of the account's sessions out: its row goes, and its id is revoked, so the cookie is
 * refused on its next request wherever it is. False when the account has no such session.
 */
export async function endAccountSession(accountId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(accountSessions)
    .where(and(eq(accountSessions.id, id), eq(accountSessions.accountId, accountId)))
    .returning({ id: accountSessions.id });
  if (rows.length === 0) return false;
  await revokeSession(id, new Date(Date.now() + SESSION_DAYS * 24 * 60 * 60 * 1000));
  return true;
}

/** Signs out every other session of the account (after a second factor is removed, say). */
export async function endOtherSessions(accountId: string, keep: string) {
  const rows = await db
    .delete(accountSessions)
    .where(and(eq(accountSessions.accountId, accountId), ne(accountSessions.id, keep)))
    .returning({ id: accountSessions.id });
  const expires = new Date(Date.now() + SESSION_DAYS * 24 * 60 * 60 * 1000);
  for (const row of rows) await revokeSession(row.id, expires);
}

/** Removes a session's row when it signs itself out (its id is revoked by the sign-out event). */
export async function deleteAccountSession(id: string) {
  await db.delete(accountSessions).where(eq(accountSessions.id, id));
}

/**
 * Remembers a browser for the account. True when it is new to the account and the account had
 * signed in from another browser before (the first browser ever is the one it was made on).
 */
export async function rememberBrowser(accountId: string, browserHash: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const inserted = await tx
      .insert(accountBrowsers)
      .values({ accountId, browserHash })
      .onConflictDoNothing()
      .returning({ accountId: accountBrowsers.accountId });
    if (inserted.length === 0) return false;
    const [others] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(accountBrowsers)
      .where(and(eq(accountBrowsers.accountId, accountId), ne(accountBrowsers.browserHash, browserHash)));
    return (others?.n ?? 0) > 0;
  });
}

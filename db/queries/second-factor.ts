import "server-only";
import { and, count, eq, isNotNull, isNull, lt, or, sql, type SQL } from "drizzle-orm";
import { db, type Executor } from "@/db";
import { accounts, passkeys, recoveryCodes, totpFactors } from "@/db/schema";
import { recordAudit } from "./audit";

/** What /account/security shows: the factors in use, never a secret. */
export async function getSecondFactorStatus(accountId: string) {
  const [[totp], keys, [recovery]] = await Promise.all([
    db.select({ confirmedAt: totpFactors.confirmedAt }).from(totpFactors).where(eq(totpFactors.accountId, accountId)),
    db
      .select({ id: passkeys.id, name: passkeys.name, createdAt: passkeys.createdAt, lastUsedAt: passkeys.lastUsedAt })
      .from(passkeys)
      .where(eq(passkeys.accountId, accountId))
      .orderBy(passkeys.createdAt),
    db
      .select({ left: count() })
      .from(recoveryCodes)
      .where(and(eq(recoveryCodes.accountId, accountId), isNull(recoveryCodes.usedAt))),
  ]);
  return {
    totpConfirmedAt: totp?.confirmedAt ?? null,
    passkeys: keys,
    recoveryCodesLeft: recovery?.left ?? 0,
  };
}

/** The accounts table's id, for hasSecondFactorSql in a query on accounts. */
export const ACCOUNT_ID = sql.raw(`"accounts"."id"`);

/** Whether the account (an SQL expression for its id) has an active second factor: a confirmed TOTP app or a passkey. */
export function hasSecondFactorSql(accountId: SQL) {
  return sql<boolean>`(exists (select 1 from "totp_factors" tf where tf."account_id" = ${accountId} and tf."confirmed_at" is not null) or exists (select 1 from "passkeys" pk where pk."account_id" = ${accountId}))`;
}

export async function hasSecondFactor(accountId: string): Promise<boolean> {
  const [row] = await db.select({ has: hasSecondFactorSql(ACCOUNT_ID) }).from(accounts).where(eq(accounts.id, accountId));
  return Boolean(row?.has);
}

export async function getTotpFactor(accountId: string) {
  const [row] = await db
    .select({ secretSealed: totpFactors.secretSealed, confirmedAt: totpFactors.confirmedAt, lastUsedStep: totpFactors.lastUsedStep })
    .from(totpFactors)
    .where(eq(totpFactors.accountId, accountId));
  return row ?? null;
}

/** Starts (or restarts) enrolment with a new secret; refused (false) while a confirmed app is active. */
export async function startTotpEnrolment(accountId: string, secretSealed: string): Promise<boolean> {
  const rows = await db
    .insert(totpFactors)
    .values({ accountId, secretSealed })
    .onConflictDoUpdate({
      target: totpFactors.accountId,
      set: { secretSealed, createdAt: new Date(), lastUsedStep: null },
      setWhere: isNull(totpFactors.confirmedAt),
    })
    .returning({ accountId: totpFactors.accountId });
  return rows.length > 0;
}

/**
 * Activates the app after its first right code, with its fresh recovery codes and the audit row in
 * one transaction. False when there was no enrolment waiting (already confirmed, or removed).
 */
export async function confirmTotpEnrolment(accountId: string, step: number, recoveryHashes: string[]): Promise<boolean> {
  return db.transaction(async (tx) => {
    const rows = await tx
      .update(totpFactors)
      .set({ confirmedAt: new Date(), lastUsedStep: step })
      .where(and(eq(totpFactors.accountId, accountId), isNull(totpFactors.confirmedAt)))
      .returning({ accountId: totpFactors.accountId });
    if (rows.length === 0) return false;
    await replaceRecoveryCodes(accountId, recoveryHashes, tx);
    await recordAudit(tx, {
      actorId: accountId,
      action: "add-second-factor",
      entityType: "account",
      entityId: accountId,
      summary: "Added an authenticator app as a second factor",
    });
    return true;
  });
}

/**
 * Claims a time step for a right code: true once per step, false for a step already used (or an
 * older one), so a code seen over someone's shoulder cannot be used again. Atomic across processes.
 */
export async function claimTotpStep(accountId: string, step: number): Promise<boolean> {
  const rows = await db
    .update(totpFactors)
    .set({ lastUsedStep: step })
    .where(
      and(
        eq(totpFactors.accountId, accountId),
        isNotNull(totpFactors.confirmedAt),
        or(isNull(totpFactors.lastUsedStep), lt(totpFactors.lastUsedStep, step)),
      ),
    )
    .returning({ accountId: totpFactors.accountId });
  return rows.length > 0;
}

/** Removes the authenticator app (and the recovery codes, when no passkey remains). False when there was none. */
export async function removeTotp(accountId: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const rows = await tx
      .delete(totpFactors)
      .where(and(eq(totpFactors.accountId, accountId), isNotNull(totpFactors.confirmedAt)))
      .returning({ accountId: totpFactors.accountId });
    if (rows.length === 0) return false;
    await dropRecoveryCodesWhenNoFactor(accountId, tx);
    await recordAudit(tx, {
      actorId: accountId,
      action: "remove-second-factor",
      entityType: "account",
      entityId: accountId,
      summary: "Removed the authenticator app",
    });
    return true;
  });
}

export async function replaceRecoveryCodes(accountId: string, hashes: string[], executor: Executor = db) {
  await executor.delete(recoveryCodes).where(eq(recoveryCodes.accountId, accountId));
  if (hashes.length) await executor.insert(recoveryCodes).values(hashes.map((codeHash) => ({ accountId, codeHash })));
}

/** New recovery codes replace every old one (used or not), audited. */
export async function regenerateRecoveryCodes(accountId: string, hashes: string[]) {
  await db.transaction(async (tx) => {
    await replaceRecoveryCodes(accountId, hashes, tx);
    await recordAudit(tx, {
      actorId: accountId,
      action: "regenerate-recovery-codes",
      entityType: "account",
      entityId: accountId,
      summary: "Made new recovery codes (the old ones no longer work)",
    });
  });
}

/** Uses a recovery code: true the first time, false ever after (or for a code that is not theirs). */
export async function spendRecoveryCode(accountId: string, codeHash: string): Promise<boolean> {
  const rows = await db
    .update(recoveryCodes)
    .set({ usedAt: new Date() })
    .where(and(eq(recoveryCodes.accountId, accountId), eq(recoveryCodes.codeHash, codeHash), isNull(recoveryCodes.usedAt)))
    .returning({ accountId: recoveryCodes.accountId });
  return rows.length > 0;
}

async function dropRecoveryCodesWhenNoFactor(accountId: string, executor: Executor) {
  await executor.execute(
    sql`delete from ${recoveryCodes} where ${recoveryCodes.accountId} = ${accountId} and not ${hasSecondFactorSql(sql`${accountId}::uuid`)}`,
  );
}

// Passkeys

export async function listPasskeyCredentials(accountId: string) {
  return db
    .select({ id: passkeys.id, publicKey: passkeys.publicKey, counter: passkeys.counter, transports: passkeys.transports })
    .from(passkeys)
    .where(eq(passkeys.accountId, accountId));
}

export async function addPasskey(input: {
  accountId: string;
  id: string;
  publicKey: Uint8Array;
  counter: number;
  transports: string[];
  name: string;
}): Promise<boolean> {
  return db.transaction(async (tx) => {
    const rows = await tx.insert(passkeys).values(input).onConflictDoNothing().returning({ id: passkeys.id });
    if (rows.length === 0) return false;
    await recordAudit(tx, {
      actorId: input.accountId,
      action: "add-second-factor",
      entityType: "account",
      entityId: input.accountId,
      summary: `Added a passkey as a second factor: ${input.name}`,
    });
    return true;
  });
}

/** After a verified use: the authenticator's new signature counter (a clone would fall behind). */
export async function markPasskeyUsed(accountId: string, id: string, counter: number) {
  await db
    .update(passkeys)
    .set({ counter, lastUsedAt: new Date() })
    .where(and(eq(passkeys.id, id), eq(passkeys.accountId, accountId)));
}

export async function removePasskey(accountId: string, id: string): Promise<string | null> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .delete(passkeys)
      .where(and(eq(passkeys.id, id), eq(passkeys.accountId, accountId)))
      .returning({ name: passkeys.name });
    if (!row) return null;
    await dropRecoveryCodesWhenNoFactor(accountId, tx);
    await recordAudit(tx, {
      actorId: accountId,
      action: "remove-second-factor",
      entityType: "account",
      entityId: accountId,
      summary: `Removed a passkey: ${row.name}`,
    });
    return row.name;
  });
}

import "server-only";
import { and, count, eq, sql } from "drizzle-orm";
import { db, type Executor, type Transaction } from "@/db";
import { accounts, organisationDomains, organisations } from "@/db/schema";
import { recordAudit } from "../audit";

export type SeatRefusal = "full" | "elsewhere" | "no-organisation" | "no-account";
export type SeatResult = { ok: true; organisationId: string; already: boolean } | { ok: false; reason: SeatRefusal; organisationName?: string };

/** The organisation's row, locked until the transaction ends: every seat change takes this lock first. */
export async function lockOrganisation(tx: Transaction, id: string) {
  const [row] = await tx
    .select({ id: organisations.id, name: organisations.name, seats: organisations.seats, tierSlug: organisations.tierSlug })
    .from(organisations)
    .where(eq(organisations.id, id))
    .for("update");
  return row ?? null;
}

export async function seatsUsed(executor: Executor, organisationId: string): Promise<number> {
  const [row] = await executor.select({ n: count() }).from(accounts).where(eq(accounts.organisationId, organisationId));
  return row?.n ?? 0;
}

/**
 * Gives the account a seat, counting seats under the organisation's row lock, so two people racing
 * for the last seat are served one after the other and the second finds it taken. A person holds
 * one organisation's seat at a time. In the caller's transaction, with its audit row.
 */
export async function takeSeat(tx: Transaction, organisationId: string, accountId: string, actorId: string | null, how: string): Promise<SeatResult> {
  const org = await lockOrganisation(tx, organisationId);
  if (!org) return { ok: false, reason: "no-organisation" };
  const [account] = await tx
    .select({ id: accounts.id, email: accounts.email, organisationId: accounts.organisationId })
    .from(accounts)
    .where(eq(accounts.id, accountId))
    .for("update");
  if (!account) return { ok: false, reason: "no-account" };
  if (account.organisationId === organisationId) return { ok: true, organisationId, already: true };
  if (account.organisationId) {
    const [other] = await tx.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, account.organisationId));
    return { ok: false, reason: "elsewhere", organisationName: other?.name };
  }
  if ((await seatsUsed(tx, organisationId)) >= org.seats) return { ok: false, reason: "full", organisationName: org.name };
  await tx.update(accounts).set({ organisationId, updatedAt: new Date() }).where(eq(accounts.id, accountId));
  await recordAudit(tx, {
    actorId,
    action: "join-organisation",
    entityType: "organisation",
    entityId: organisationId,
    summary: `${account.email} took a seat in ${org.name} (${how})`,
    changes: { seat: { from: null, to: account.email } },
  });
  return { ok: true, organisationId, already: false };
}

/**
 * Frees a person's seat: they keep their account, their own tier and everything they made; only the
 * organisation's tier stops applying, on their next request.
 */
export async function freeSeat(tx: Transaction, organisationId: string, accountId: string, actorId: string | null, why: string): Promise<boolean> {
  const org = await lockOrganisation(tx, organisationId);
  if (!org) return false;
  const [row] = await tx
    .update(accounts)
    .set({ organisationId: null, updatedAt: new Date() })
    .where(and(eq(accounts.id, accountId), eq(accounts.organisationId, organisationId)))
    .returning({ email: accounts.email });
  if (!row) return false;
  await recordAudit(tx, {
    actorId,
    action: "leave-organisation",
    entityType: "organisation",
    entityId: organisationId,
    summary: `${row.email}'s seat in ${org.name} was freed (${why})`,
    changes: { seat: { from: row.email, to: null } },
  });
  return true;
}

export type DomainJoin = SeatResult | { ok: false; reason: "unconfirmed" | "no-domain" };

/**
 * A person whose confirmed address is on an organisation's verified domain takes a seat while seats
 * remain. An unconfirmed address never does: anyone can type any address when registering.
 */
export async function joinByDomain(accountId: string, executor?: Transaction): Promise<DomainJoin> {
  const run = async (tx: Transaction): Promise<DomainJoin> => {
    const [account] = await tx
      .select({ email: accounts.email, verified: accounts.emailVerifiedAt, organisationId: accounts.organisationId })
      .from(accounts)
      .where(eq(accounts.id, accountId));
    if (!account) return { ok: false, reason: "no-account" };
    if (!account.verified) return { ok: false, reason: "unconfirmed" };
    const domain = account.email.slice(account.email.lastIndexOf("@") + 1).toLowerCase();
    const [match] = await tx
      .select({ organisationId: organisationDomains.organisationId })
      .from(organisationDomains)
      .where(eq(organisationDomains.domain, sql`${domain}`));
    if (!match) return { ok: false, reason: "no-domain" };
    return takeSeat(tx, match.organisationId, accountId, accountId, `confirmed address on ${domain}`);
  };
  return executor ? run(executor) : db.transaction(run);
}

/** The organisation a confirmed address's domain could join, for offering it; null when none. */
export async function organisationForDomain(domain: string) {
  const [row] = await db
    .select({ id: organisations.id, name: organisations.name, seats: organisations.seats })
    .from(organisationDomains)
    .innerJoin(organisations, eq(organisations.id, organisationDomains.organisationId))
    .where(eq(organisationDomains.domain, domain.toLowerCase()));
  return row ?? null;
}

/** The organisation whose seat the address's account holds, if any. */
export async function seatHolderOrganisation(email: string): Promise<string | null> {
  const [row] = await db
    .select({ organisationId: accounts.organisationId })
    .from(accounts)
    .where(eq(sql`lower(${accounts.email})`, email.trim().toLowerCase()));
  return row?.organisationId ?? null;
}

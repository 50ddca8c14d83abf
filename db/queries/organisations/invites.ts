import "server-only";
import { and, desc, eq, gt, isNull, sql } from "drizzle-orm";
import { db, type Transaction } from "@/db";
import { accounts, organisationInvites } from "@/db/schema";
import { recordAudit } from "../audit";
import { lockOrganisation, takeSeat, type SeatResult } from "./seats";

/**
 * Stores an invitation (only the token's hash), or renews the open one for the same address with a
 * new token and expiry, so the older link stops working. In the caller's transaction.
 */
export async function saveInvite(
  tx: Transaction,
  input: { organisationId: string; email: string; tokenHash: string; expiresAt: Date; invitedById: string | null },
): Promise<{ id: string; renewed: boolean }> {
  const email = input.email.trim().toLowerCase();
  const org = await lockOrganisation(tx, input.organisationId);
  if (!org) throw new Error("no such organisation");
  const [open] = await tx
    .select({ id: organisationInvites.id })
    .from(organisationInvites)
    .where(
      and(
        eq(organisationInvites.organisationId, input.organisationId),
        eq(organisationInvites.email, email),
        isNull(organisationInvites.usedAt),
        isNull(organisationInvites.revokedAt),
      ),
    );
  let id: string;
  if (open) {
    await tx
      .update(organisationInvites)
      .set({ tokenHash: input.tokenHash, expiresAt: input.expiresAt, invitedById: input.invitedById, createdAt: new Date() })
      .where(eq(organisationInvites.id, open.id));
    id = open.id;
  } else {
    const [row] = await tx
      .insert(organisationInvites)
      .values({ organisationId: input.organisationId, email, tokenHash: input.tokenHash, expiresAt: input.expiresAt, invitedById: input.invitedById })
      .returning({ id: organisationInvites.id });
    id = row!.id;
  }
  await recordAudit(tx, {
    actorId: input.invitedById,
    action: "invite",
    entityType: "organisation",
    entityId: input.organisationId,
    summary: `${open ? "Sent a new invitation link to" : "Invited"} ${email} to ${org.name}`,
  });
  return { id, renewed: Boolean(open) };
}

/** Open invitations of an organisation (not used, not withdrawn), newest first, with whether each has expired. */
export async function listOpenInvites(organisationId: string) {
  return db
    .select({
      id: organisationInvites.id,
      email: organisationInvites.email,
      createdAt: organisationInvites.createdAt,
      expiresAt: organisationInvites.expiresAt,
      expired: sql<boolean>`${organisationInvites.expiresAt} <= now()`,
    })
    .from(organisationInvites)
    .where(and(eq(organisationInvites.organisationId, organisationId), isNull(organisationInvites.usedAt), isNull(organisationInvites.revokedAt)))
    .orderBy(desc(organisationInvites.createdAt))
    .limit(200);
}

export async function getOpenInvite(organisationId: string, inviteId: string) {
  const [row] = await db
    .select({ id: organisationInvites.id, email: organisationInvites.email })
    .from(organisationInvites)
    .where(
      and(
        eq(organisationInvites.id, inviteId),
        eq(organisationInvites.organisationId, organisationId),
        isNull(organisationInvites.usedAt),
        isNull(organisationInvites.revokedAt),
      ),
    );
  return row ?? null;
}

export async function withdrawInvite(actorId: string, organisationId: string, inviteId: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(organisationInvites)
      .set({ revokedAt: new Date() })
      .where(and(eq(organisationInvites.id, inviteId), eq(organisationInvites.organisationId, organisationId), isNull(organisationInvites.usedAt), isNull(organisationInvites.revokedAt)))
      .returning({ email: organisationInvites.email });
    if (!row) return false;
    await recordAudit(tx, {
      actorId,
      action: "invite",
      entityType: "organisation",
      entityId: organisationId,
      summary: `Withdrew the invitation to ${row.email}`,
    });
    return true;
  });
}

/** The invitation a link carries, if it still works (for showing the accept page). */
export async function findUsableInvite(tokenHash: string) {
  const [row] = await db
    .select({ id: organisationInvites.id, email: organisationInvites.email, organisationId: organisationInvites.organisationId })
    .from(organisationInvites)
    .where(
      and(
        eq(organisationInvites.tokenHash, tokenHash),
        isNull(organisationInvites.usedAt),
        isNull(organisationInvites.revokedAt),
        gt(organisationInvites.expiresAt, sql`now()`),
      ),
    );
  return row ?? null;
}

export type AcceptResult = SeatResult | { ok: false; reason: "invalid" | "wrong-account"; invitedEmail?: string };

/**
 * Uses an invitation: the link works once, before it expires, for the address it was sent to (the
 * signed-in account's), and only while a seat is free. The invitation is used only if the seat is
 * taken: a full organisation leaves the link working for when a seat frees.
 */
export async function acceptInvite(tokenHash: string, accountId: string): Promise<AcceptResult> {
  return db.transaction(async (tx) => {
    const [invite] = await tx
      .select({ id: organisationInvites.id, email: organisationInvites.email, organisationId: organisationInvites.organisationId })
      .from(organisationInvites)
      .where(
        and(
          eq(organisationInvites.tokenHash, tokenHash),
          isNull(organisationInvites.usedAt),
          isNull(organisationInvites.revokedAt),
          gt(organisationInvites.expiresAt, sql`now()`),
        ),
      )
      .for("update");
    if (!invite) return { ok: false, reason: "invalid" };
    const [account] = await tx.select({ email: accounts.email }).from(accounts).where(eq(accounts.id, accountId));
    if (!account || account.email.toLowerCase() !== invite.email) return { ok: false, reason: "wrong-account", invitedEmail: invite.email };
    const result = await takeSeat(tx, invite.organisationId, accountId, accountId, "accepted an invitation");
    if (result.ok) await tx.update(organisationInvites).set({ usedAt: new Date() }).where(eq(organisationInvites.id, invite.id));
    return result;
  });
}

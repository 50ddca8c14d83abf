import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { db, type Transaction } from "@/db";
import { accounts, organisationAdmins, organisationDomains, organisations, type OrganisationType } from "@/db/schema";
import { recordAudit } from "../audit";
import { diffChanges } from "../audit/changes";
import { getGraceDays } from "../settings";
import { seatsUsed } from "./seats";

const DAY = 24 * 60 * 60 * 1000;

export interface OrganisationInput {
  name: string;
  type: OrganisationType;
  invoiceAddress: string;
  tierSlug: string;
  seats: number;
  startsAt: Date | null;
  endsAt: Date | null;
}

/** What lib/access reads: the end of the paid period plus the grace period (null with no period). */
async function accessExpiry(tx: Transaction, endsAt: Date | null): Promise<Date | null> {
  return endsAt ? new Date(endsAt.getTime() + (await getGraceDays(tx)) * DAY) : null;
}

export async function createOrganisation(actorId: string, input: OrganisationInput): Promise<string> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(organisations)
      .values({ ...input, membershipExpiresAt: await accessExpiry(tx, input.endsAt) })
      .returning({ id: organisations.id });
    await recordAudit(tx, {
      actorId,
      action: "create",
      entityType: "organisation",
      entityId: row!.id,
      summary: `Created the organisation ${input.name}`,
      changes: diffChanges(null, { ...input }),
    });
    return row!.id;
  });
}

export type UpdateResult = { ok: true; changed: boolean } | { ok: false; reason: "not-found" | "seats-below-used"; used?: number };

/** Staff edit an organisation (audited); seats never drop below the seats in use. */
export async function updateOrganisation(actorId: string, id: string, input: OrganisationInput): Promise<UpdateResult> {
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select({
        name: organisations.name,
        type: organisations.type,
        invoiceAddress: organisations.invoiceAddress,
        tierSlug: organisations.tierSlug,
        seats: organisations.seats,
        startsAt: organisations.startsAt,
        endsAt: organisations.endsAt,
      })
      .from(organisations)
      .where(eq(organisations.id, id))
      .for("update");
    if (!before) return { ok: false, reason: "not-found" };
    const used = await seatsUsed(tx, id);
    if (input.seats < used) return { ok: false, reason: "seats-below-used", used };
    const changes = diffChanges(before, { ...input });
    if (Object.keys(changes).length === 0) return { ok: true, changed: false };
    await tx
      .update(organisations)
      .set({ ...input, membershipExpiresAt: await accessExpiry(tx, input.endsAt), updatedAt: new Date() })
      .where(eq(organisations.id, id));
    await recordAudit(tx, {
      actorId,
      action: "update",
      entityType: "organisation",
      entityId: id,
      summary: `Edited the organisation ${input.name}`,
      changes,
    });
    return { ok: true, changed: true };
  });
}

export type DomainResult = { ok: true } | { ok: false; reason: "taken" | "not-found"; takenBy?: string };

export async function addDomain(actorId: string, organisationId: string, domain: string): Promise<DomainResult> {
  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ organisationId: organisationDomains.organisationId, name: organisations.name })
      .from(organisationDomains)
      .innerJoin(organisations, eq(organisations.id, organisationDomains.organisationId))
      .where(eq(organisationDomains.domain, domain));
    if (existing) return existing.organisationId === organisationId ? { ok: true } : { ok: false, reason: "taken", takenBy: existing.name };
    const [org] = await tx.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, organisationId));
    if (!org) return { ok: false, reason: "not-found" };
    await tx.insert(organisationDomains).values({ domain, organisationId });
    await recordAudit(tx, {
      actorId,
      action: "update",
      entityType: "organisation",
      entityId: organisationId,
      summary: `Verified the domain ${domain} for ${org.name}`,
      changes: { domain: { from: null, to: domain } },
    });
    return { ok: true };
  });
}

export async function removeDomain(actorId: string, organisationId: string, domain: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .delete(organisationDomains)
      .where(and(eq(organisationDomains.domain, domain), eq(organisationDomains.organisationId, organisationId)))
      .returning({ domain: organisationDomains.domain });
    if (!row) return false;
    await recordAudit(tx, {
      actorId,
      action: "update",
      entityType: "organisation",
      entityId: organisationId,
      summary: `Removed the domain ${domain}`,
      changes: { domain: { from: domain, to: null } },
    });
    return true;
  });
}

export type AdminResult = { ok: true } | { ok: false; reason: "no-account" | "not-found" };

/** Makes an existing account an organisation admin (they need not hold a seat). */
export async function addOrganisationAdmin(actorId: string, organisationId: string, email: string): Promise<AdminResult> {
  return db.transaction(async (tx) => {
    const [account] = await tx.select({ id: accounts.id, email: accounts.email }).from(accounts).where(eq(sql`lower(${accounts.email})`, email.trim().toLowerCase()));
    if (!account) return { ok: false, reason: "no-account" };
    const [org] = await tx.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, organisationId));
    if (!org) return { ok: false, reason: "not-found" };
    const rows = await tx.insert(organisationAdmins).values({ organisationId, accountId: account.id }).onConflictDoNothing().returning({ id: organisationAdmins.accountId });
    if (rows.length) {
      await recordAudit(tx, {
        actorId,
        action: "update",
        entityType: "organisation",
        entityId: organisationId,
        summary: `Made ${account.email} an admin of ${org.name}`,
        changes: { admin: { from: null, to: account.email } },
      });
    }
    return { ok: true };
  });
}

export async function removeOrganisationAdmin(actorId: string, organisationId: string, accountId: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .delete(organisationAdmins)
      .where(and(eq(organisationAdmins.organisationId, organisationId), eq(organisationAdmins.accountId, accountId)))
      .returning({ id: organisationAdmins.accountId });
    if (!row) return false;
    const [account] = await tx.select({ email: accounts.email }).from(accounts).where(eq(accounts.id, accountId));
    await recordAudit(tx, {
      actorId,
      action: "update",
      entityType: "organisation",
      entityId: organisationId,
      summary: `${account?.email ?? "An account"} is no longer an admin`,
      changes: { admin: { from: account?.email ?? accountId, to: null } },
    });
    return true;
  });
}

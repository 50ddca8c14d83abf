import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { db, type Transaction } from "@/db";
import { accounts, invoiceNumbers, organisationAdmins, organisationInvoices, organisations, tiers } from "@/db/schema";
import { recordAudit } from "../audit";
import { getGraceDays } from "../settings";
import { lockOrganisation } from "./seats";

const DAY = 24 * 60 * 60 * 1000;
const SERIES = "organisation-invoices";

/**
 * The next invoice number, taken in the caller's transaction: the counter row is locked until it
 * commits (a concurrent issue waits), and rolls back with it, so numbers have no gaps and none is
 * ever used twice.
 */
export async function nextInvoiceNumber(tx: Transaction): Promise<number> {
  const [row] = await tx
    .insert(invoiceNumbers)
    .values({ series: SERIES, last: 1 })
    .onConflictDoUpdate({ target: invoiceNumbers.series, set: { last: sql`${invoiceNumbers.last} + 1` } })
    .returning({ last: invoiceNumbers.last });
  return row!.last;
}

export interface NewInvoice {
  organisationId: string;
  kind: "membership" | "seats";
  tierSlug: string;
  seats: number;
  unitPricePence: number;
  vatTreatment: "exempt" | "standard";
  netPence: number;
  vatPence: number;
  totalPence: number;
  poNumber: string;
  billedTo: string;
  periodStart: Date;
  periodEnd: Date;
  issuedAt: Date;
  dueAt: Date;
  issuedById: string | null;
}

/** Inserts an invoice with the next number and its audit row, in the caller's transaction. */
export async function insertInvoice(tx: Transaction, invoice: NewInvoice) {
  const number = await nextInvoiceNumber(tx);
  const [row] = await tx.insert(organisationInvoices).values({ ...invoice, number }).returning({ id: organisationInvoices.id, number: organisationInvoices.number });
  await recordAudit(tx, {
    actorId: invoice.issuedById,
    action: "issue-invoice",
    entityType: "organisation",
    entityId: invoice.organisationId,
    summary: `Issued invoice ${number}: ${invoice.seats} ${invoice.tierSlug} seat(s), total £${(invoice.totalPence / 100).toFixed(2)}${invoice.poNumber ? `, PO ${invoice.poNumber}` : ""}`,
  });
  return row!;
}

/** What an invoice is worked out from: the organisation (locked), its tier's price and its period. */
export async function lockForInvoice(tx: Transaction, organisationId: string) {
  const org = await lockOrganisation(tx, organisationId);
  if (!org) return null;
  const [row] = await tx
    .select({
      name: organisations.name,
      invoiceAddress: organisations.invoiceAddress,
      tierSlug: organisations.tierSlug,
      seats: organisations.seats,
      startsAt: organisations.startsAt,
      endsAt: organisations.endsAt,
      membershipExpiresAt: organisations.membershipExpiresAt,
      annualPricePence: tiers.annualPricePence,
      vatTreatment: tiers.vatTreatment,
      tierName: tiers.name,
    })
    .from(organisations)
    .innerJoin(tiers, eq(tiers.slug, organisations.tierSlug))
    .where(eq(organisations.id, organisationId));
  return row ?? null;
}

export async function getInvoice(id: string) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const [row] = await db.select().from(organisationInvoices).where(eq(organisationInvoices.id, id));
  return row ?? null;
}

export type OrganisationInvoice = NonNullable<Awaited<ReturnType<typeof getInvoice>>>;

/** The admins an organisation's emails go to. */
export async function listAdminRecipients(executor: Transaction | typeof db, organisationId: string) {
  return executor
    .select({ id: accounts.id, email: accounts.email, name: accounts.name })
    .from(organisationAdmins)
    .innerJoin(accounts, eq(accounts.id, organisationAdmins.accountId))
    .where(and(eq(organisationAdmins.organisationId, organisationId), eq(accounts.disabled, false)));
}

export type PaidResult = { ok: true; changed: boolean; endsAt: Date } | { ok: false; reason: "not-found" | "void" };

/**
 * Records an invoice as paid and applies it, once: a membership invoice sets the tier and seats and
 * starts or extends the period (a renewal paid while current or in grace continues the period; a
 * lapsed one starts afresh); a seats invoice adds its seats. Marking it again changes nothing.
 */
export async function markInvoicePaid(actorId: string | null, invoiceId: string, paidBy: "bank-transfer" | "card", now = new Date()): Promise<PaidResult> {
  return db.transaction(async (tx) => {
    const [invoice] = await tx.select().from(organisationInvoices).where(eq(organisationInvoices.id, invoiceId)).for("update");
    if (!invoice) return { ok: false, reason: "not-found" };
    if (invoice.status === "void") return { ok: false, reason: "void" };
    const org = await lockForInvoice(tx, invoice.organisationId);
    if (!org) return { ok: false, reason: "not-found" };
    if (invoice.status === "paid") return { ok: true, changed: false, endsAt: org.endsAt ?? invoice.periodEnd };
    const graceDays = await getGraceDays(tx);
    let update: Partial<typeof organisations.$inferInsert>;
    let endsAt: Date;
    if (invoice.kind === "seats") {
      endsAt = org.endsAt ?? invoice.periodEnd;
      update = { seats: org.seats + invoice.seats };
    } else {
      const stillCovered = org.startsAt && org.membershipExpiresAt && org.membershipExpiresAt.getTime() >= invoice.periodStart.getTime();
      endsAt = org.endsAt && org.endsAt > invoice.periodEnd ? org.endsAt : invoice.periodEnd;
      const startsAt = stillCovered ? org.startsAt! : invoice.periodStart.getTime() > now.getTime() ? invoice.periodStart : now;
      update = { tierSlug: invoice.tierSlug, seats: invoice.seats, startsAt, endsAt, membershipExpiresAt: new Date(endsAt.getTime() + graceDays * DAY) };
    }
    await tx.update(organisations).set({ ...update, updatedAt: new Date() }).where(eq(organisations.id, invoice.organisationId));
    await tx.update(organisationInvoices).set({ status: "paid", paidAt: now, paidBy }).where(eq(organisationInvoices.id, invoiceId));
    await recordAudit(tx, {
      actorId,
      action: "mark-paid",
      entityType: "organisation",
      entityId: invoice.organisationId,
      summary: `Invoice ${invoice.number} paid (${paidBy}); ${invoice.kind === "seats" ? `${invoice.seats} seat(s) added` : `${invoice.tierSlug} for ${invoice.seats} seats until ${endsAt.toISOString().slice(0, 10)}`}`,
      changes: { status: { from: "open", to: "paid" } },
    });
    return { ok: true, changed: true, endsAt };
  });
}

export async function voidInvoice(actorId: string, invoiceId: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(organisationInvoices)
      .set({ status: "void" })
      .where(and(eq(organisationInvoices.id, invoiceId), eq(organisationInvoices.status, "open")))
      .returning({ number: organisationInvoices.number, organisationId: organisationInvoices.organisationId });
    if (!row) return false;
    await recordAudit(tx, {
      actorId,
      action: "void-invoice",
      entityType: "organisation",
      entityId: row.organisationId,
      summary: `Cancelled invoice ${row.number} (its number is kept, never reused)`,
      changes: { status: { from: "open", to: "void" } },
    });
    return true;
  });
}

/** Organisations ending within `horizon` or ended since `lapsedSince`, with each admin to remind. */
export async function listOrganisationReminderCandidates(horizon: Date, lapsedSince: Date) {
  return db
    .select({
      organisationId: organisations.id,
      organisationName: organisations.name,
      tierName: tiers.name,
      endsAt: organisations.endsAt,
      membershipExpiresAt: organisations.membershipExpiresAt,
      seats: organisations.seats,
      accountId: accounts.id,
      email: accounts.email,
      name: accounts.name,
    })
    .from(organisations)
    .innerJoin(tiers, eq(tiers.slug, organisations.tierSlug))
    .innerJoin(organisationAdmins, eq(organisationAdmins.organisationId, organisations.id))
    .innerJoin(accounts, eq(accounts.id, organisationAdmins.accountId))
    .where(
      and(
        eq(accounts.disabled, false),
        sql`${organisations.startsAt} is not null`,
        sql`${organisations.endsAt} > ${lapsedSince.toISOString()}::timestamptz and ${organisations.endsAt} <= ${horizon.toISOString()}::timestamptz`,
      ),
    );
}

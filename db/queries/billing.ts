import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { db, type Executor, type Transaction } from "@/db";
import { accounts, billingCustomers, payments, stripeEvents, subscriptions, tiers } from "@/db/schema";
import { recordAudit } from "./audit";
import { diffChanges } from "./audit/changes";

/** A tier's price as the catalogue needs it. */
export async function getTierPrice(slug: string, executor: Executor = db) {
  const [row] = await executor
    .select({
      slug: tiers.slug,
      name: tiers.name,
      position: tiers.position,
      annualPricePence: tiers.annualPricePence,
      vatTreatment: tiers.vatTreatment,
      stripePriceId: tiers.stripePriceId,
    })
    .from(tiers)
    .where(eq(tiers.slug, slug));
  return row ?? null;
}

/** Remembers the Stripe Price of a tier's current price; ignored if the price changed meanwhile. */
export async function saveTierPriceId(slug: string, pence: number, vat: "exempt" | "standard", priceId: string) {
  await db
    .update(tiers)
    .set({ stripePriceId: priceId })
    .where(and(eq(tiers.slug, slug), eq(tiers.annualPricePence, pence), eq(tiers.vatTreatment, vat)));
}

export async function accountIdOfCustomer(customerId: string): Promise<string | null> {
  const [row] = await db.select({ id: billingCustomers.accountId }).from(billingCustomers).where(eq(billingCustomers.stripeCustomerId, customerId));
  return row?.id ?? null;
}

export async function getCustomerId(accountId: string): Promise<string | null> {
  const [row] = await db.select({ id: billingCustomers.stripeCustomerId }).from(billingCustomers).where(eq(billingCustomers.accountId, accountId));
  return row?.id ?? null;
}

/** Links an account to its Stripe customer; returns the customer id kept (the first one wins a race). */
export async function saveCustomerId(accountId: string, customerId: string, executor: Executor = db): Promise<string> {
  await executor.insert(billingCustomers).values({ accountId, stripeCustomerId: customerId }).onConflictDoNothing();
  const [row] = await executor.select({ id: billingCustomers.stripeCustomerId }).from(billingCustomers).where(eq(billingCustomers.accountId, accountId));
  return row!.id;
}

/**
 * Claims a Stripe event id inside the caller's transaction. False: it was handled already (or is
 * being handled: on PostgreSQL a concurrent delivery of the same id waits here for the first to
 * commit, then finds it).
 */
export async function claimStripeEvent(tx: Transaction, id: string, type: string, outcome: string): Promise<boolean> {
  const rows = await tx.insert(stripeEvents).values({ id, type, outcome }).onConflictDoNothing().returning({ id: stripeEvents.id });
  return rows.length > 0;
}

export async function setStripeEventOutcome(tx: Transaction, id: string, outcome: string) {
  await tx.update(stripeEvents).set({ outcome }).where(eq(stripeEvents.id, id));
}

export async function stripeEventSeen(id: string): Promise<boolean> {
  return (await db.$count(stripeEvents, eq(stripeEvents.id, id))) > 0;
}

/** The account a Stripe customer belongs to, locked for the rest of the transaction. */
export async function lockAccountByCustomer(tx: Transaction, customerId: string) {
  const [row] = await tx
    .select({ id: accounts.id, email: accounts.email })
    .from(billingCustomers)
    .innerJoin(accounts, eq(accounts.id, billingCustomers.accountId))
    .where(eq(billingCustomers.stripeCustomerId, customerId))
    .for("update", { of: accounts });
  return row ?? null;
}

export async function accountExists(tx: Transaction, id: string): Promise<boolean> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return false;
  return (await tx.$count(accounts, eq(accounts.id, id))) > 0;
}

/** A subscription's state as stored (lib/billing/subscription-state.ts reads it from Stripe). */
export interface StoredSubscription {
  stripeSubscriptionId: string;
  stripeCustomerId: string;
  status: (typeof subscriptions.$inferInsert)["status"];
  tierSlug: string;
  renewsAsTierSlug: string | null;
  stripePriceId: string;
  unitAmountPence: number;
  currentPeriodEnd: Date;
  paidThrough: Date;
  cancelAtPeriodEnd: boolean;
  endedAt: Date | null;
  cardBrand: string | null;
  cardLast4: string | null;
  paymentFailed: boolean;
}

/** Stores a subscription's current state in the caller's transaction (when a payment first failed is kept). */
export async function upsertSubscription(tx: Transaction, accountId: string, state: StoredSubscription) {
  const now = new Date();
  const [existing] = await tx
    .select({ paymentFailedAt: subscriptions.paymentFailedAt })
    .from(subscriptions)
    .where(eq(subscriptions.stripeSubscriptionId, state.stripeSubscriptionId));
  const { paymentFailed, stripeSubscriptionId, ...rest } = state;
  const values = { ...rest, accountId, paymentFailedAt: paymentFailed ? (existing?.paymentFailedAt ?? now) : null, updatedAt: now };
  await tx
    .insert(subscriptions)
    .values({ stripeSubscriptionId, ...values })
    .onConflictDoUpdate({ target: subscriptions.stripeSubscriptionId, set: values });
}

/** An account's subscriptions with their tiers' ranks, for working out the membership they give. */
export async function listSubscriptionsForMembership(tx: Transaction, accountId: string) {
  return tx
    .select({
      status: subscriptions.status,
      tierSlug: subscriptions.tierSlug,
      currentPeriodEnd: subscriptions.currentPeriodEnd,
      paidThrough: subscriptions.paidThrough,
      endedAt: subscriptions.endedAt,
      position: tiers.position,
    })
    .from(subscriptions)
    .innerJoin(tiers, eq(tiers.slug, subscriptions.tierSlug))
    .where(eq(subscriptions.accountId, accountId));
}

/** Accounts whose membership comes from their subscriptions (not a complimentary grant). */
export async function listPaidAccountIds(): Promise<string[]> {
  const rows = await db
    .selectDistinct({ id: accounts.id })
    .from(accounts)
    .innerJoin(subscriptions, eq(subscriptions.accountId, accounts.id))
    .where(eq(accounts.complimentary, false));
  return rows.map((r) => r.id);
}

/**
 * Sets the membership payments give an account (tier and expiry, no longer complimentary), with an
 * audit row by no person, in the caller's transaction. False when it was that already.
 */
export async function setPaidMembership(
  tx: Transaction,
  accountId: string,
  after: { tierSlug: string; membershipExpiresAt: Date },
  summary: string,
): Promise<boolean> {
  const [before] = await tx
    .select({ tierSlug: accounts.tierSlug, membershipExpiresAt: accounts.membershipExpiresAt, complimentary: accounts.complimentary })
    .from(accounts)
    .where(eq(accounts.id, accountId))
    .for("update");
  if (!before) return false;
  const next = { ...after, complimentary: false };
  const changes = diffChanges(before, next);
  if (Object.keys(changes).length === 0) return false;
  await tx.update(accounts).set({ ...next, updatedAt: new Date() }).where(eq(accounts.id, accountId));
  await recordAudit(tx, {
    actorId: null,
    action: "billing-update",
    entityType: "account",
    entityId: accountId,
    summary,
    changes,
  });
  return true;
}

/** Stores an invoice as Stripe last reported it (the payment history). */
export async function upsertPayment(
  tx: Transaction,
  accountId: string,
  invoice: {
    id: string;
    subscriptionId: string | null;
    status: string;
    amountDue: number;
    amountPaid: number;
    currency: string;
    hostedInvoiceUrl: string | null;
    invoicePdf: string | null;
    issuedAt: Date;
    paidAt: Date | null;
  },
) {
  const values = {
    accountId,
    stripeSubscriptionId: invoice.subscriptionId,
    status: invoice.status,
    amountDuePence: invoice.amountDue,
    amountPaidPence: invoice.amountPaid,
    currency: invoice.currency,
    hostedInvoiceUrl: invoice.hostedInvoiceUrl,
    invoicePdf: invoice.invoicePdf,
    issuedAt: invoice.issuedAt,
    paidAt: invoice.paidAt,
    updatedAt: new Date(),
  };
  await tx
    .insert(payments)
    .values({ stripeInvoiceId: invoice.id, ...values })
    .onConflictDoUpdate({ target: payments.stripeInvoiceId, set: values });
}

const subscriptionColumns = {
  stripeSubscriptionId: subscriptions.stripeSubscriptionId,
  stripeCustomerId: subscriptions.stripeCustomerId,
  status: subscriptions.status,
  tierSlug: subscriptions.tierSlug,
  tierName: tiers.name,
  renewsAsTierSlug: subscriptions.renewsAsTierSlug,
  stripePriceId: subscriptions.stripePriceId,
  unitAmountPence: subscriptions.unitAmountPence,
  currentPeriodEnd: subscriptions.currentPeriodEnd,
  paidThrough: subscriptions.paidThrough,
  cancelAtPeriodEnd: subscriptions.cancelAtPeriodEnd,
  endedAt: subscriptions.endedAt,
  cardBrand: subscriptions.cardBrand,
  cardLast4: subscriptions.cardLast4,
  paymentFailedAt: subscriptions.paymentFailedAt,
  updatedAt: subscriptions.updatedAt,
};

/** The account's current subscription (a live one first, else the latest), or null. */
export async function getAccountSubscription(accountId: string) {
  const [row] = await db
    .select(subscriptionColumns)
    .from(subscriptions)
    .innerJoin(tiers, eq(tiers.slug, subscriptions.tierSlug))
    .where(eq(subscriptions.accountId, accountId))
    .orderBy(sql`${subscriptions.status} in ('active', 'trialing', 'past_due') desc`, desc(subscriptions.currentPeriodEnd))
    .limit(1);
  return row ?? null;
}

export type AccountSubscription = NonNullable<Awaited<ReturnType<typeof getAccountSubscription>>>;

export async function listAccountPayments(accountId: string, limit = 24) {
  return db
    .select({
      stripeInvoiceId: payments.stripeInvoiceId,
      status: payments.status,
      amountDuePence: payments.amountDuePence,
      amountPaidPence: payments.amountPaidPence,
      currency: payments.currency,
      hostedInvoiceUrl: payments.hostedInvoiceUrl,
      invoicePdf: payments.invoicePdf,
      issuedAt: payments.issuedAt,
      paidAt: payments.paidAt,
    })
    .from(payments)
    .where(eq(payments.accountId, accountId))
    .orderBy(desc(payments.issuedAt))
    .limit(limit);
}

/** The dashboard's payment figures in one query: paying members by tier, renewals due in 30 days, failed payments. */
export async function getBillingCounts(now = new Date()) {
  const inMonth = new Date(now.getTime() + 30 * 24 * 60 * 60 * 1000).toISOString();
  const rows = await db
    .select({
      tierSlug: subscriptions.tierSlug,
      paying: sql<number>`count(*) filter (where ${subscriptions.status} in ('active', 'trialing', 'past_due'))`.mapWith(Number),
      renewing: sql<number>`count(*) filter (where ${subscriptions.status} in ('active', 'trialing') and not ${subscriptions.cancelAtPeriodEnd}
        and ${subscriptions.currentPeriodEnd} > ${now.toISOString()}::timestamptz and ${subscriptions.currentPeriodEnd} <= ${inMonth}::timestamptz)`.mapWith(Number),
      failed: sql<number>`count(*) filter (where ${subscriptions.status} in ('past_due', 'unpaid'))`.mapWith(Number),
    })
    .from(subscriptions)
    .groupBy(subscriptions.tierSlug);
  return {
    payingByTier: new Map(rows.map((r) => [r.tierSlug, r.paying])),
    renewalsIn30Days: rows.reduce((n, r) => n + r.renewing, 0),
    failedPayments: rows.reduce((n, r) => n + r.failed, 0),
  };
}

/** Everything staff see of a member's payments: subscriptions (newest first), customer id and invoices. */
export async function getMemberBilling(accountId: string) {
  const [subs, customer, invoices] = await Promise.all([
    db
      .select(subscriptionColumns)
      .from(subscriptions)
      .innerJoin(tiers, eq(tiers.slug, subscriptions.tierSlug))
      .where(eq(subscriptions.accountId, accountId))
      .orderBy(desc(subscriptions.currentPeriodEnd))
      .limit(5),
    getCustomerId(accountId),
    listAccountPayments(accountId, 12),
  ]);
  return { subscriptions: subs, customerId: customer, payments: invoices };
}

/** Staff grant a tier at no charge until a date (audited); nothing is asked of Stripe. */
export async function grantComplimentary(actorId: string, accountId: string, tierSlug: string, until: Date) {
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select({ tierSlug: accounts.tierSlug, membershipExpiresAt: accounts.membershipExpiresAt, complimentary: accounts.complimentary })
      .from(accounts)
      .where(eq(accounts.id, accountId))
      .for("update");
    if (!before) return false;
    const after = { tierSlug, membershipExpiresAt: until, complimentary: true };
    await tx.update(accounts).set({ ...after, updatedAt: new Date() }).where(eq(accounts.id, accountId));
    await recordAudit(tx, {
      actorId,
      action: "grant-complimentary",
      entityType: "account",
      entityId: accountId,
      summary: `Granted a complimentary ${tierSlug} membership until ${until.toISOString().slice(0, 10)}`,
      changes: diffChanges(before, after),
    });
    return true;
  });
}

import { afterAll, describe, expect, it } from "vitest";
import { startStripeEmulator } from "@/tests/stripe-test-setup";

/* Payments end to end through the real `stripe` SDK and a local Stripe emulator, webhooks signed by the SDK's test helper. */
const emulator = await startStripeEmulator();
const { and, count, desc, eq } = await import("drizzle-orm");
const { db } = await import("@/db");
const { accounts, auditLog, payments, stripeEvents, subscriptions, tiers } = await import("@/db/schema");
const { choosePlan, ensureTierPrice, setAutoRenew } = await import("./checkout");
const { canOpen } = await import("@/lib/access");
const { updateTier } = await import("@/db/queries/tiers");
const { getBillingCounts, getMemberBilling, grantComplimentary } = await import("@/db/queries/billing");
const { setGraceDays } = await import("@/db/queries/settings");
const { resyncPaidMemberships } = await import("./membership");
afterAll(() => emulator.stop());

const DAY = 86_400_000;
let counter = 0;

async function newMember() {
  counter += 1;
  const email = `payer${counter}-${Date.now()}@example.org`;
  const [row] = await db
    .insert(accounts)
    .values({ email, name: `Payer ${counter}`, passwordHash: "x", emailVerifiedAt: new Date() })
    .returning({ id: accounts.id, email: accounts.email, name: accounts.name });
  return row!;
}

async function membership(id: string) {
  const [row] = await db
    .select({ tierSlug: accounts.tierSlug, expires: accounts.membershipExpiresAt })
    .from(accounts)
    .where(eq(accounts.id, id));
  return row!;
}

async function subscriptionOf(id: string) {
  const [row] = await db.select().from(subscriptions).where(eq(subscriptions.accountId, id));
  return row!;
}

const auditRows = async (id: string) => (await db.select({ n: count() }).from(auditLog).where(eq(auditLog.entityId, id)))[0]!.n;

/** Joins `tier` through checkout, paying on the emulated page; returns the Stripe subscription id. */
async function join(account: { id: string; email: string; name: string }, tier: string) {
  const plan = await choosePlan(account, tier);
  expect(plan.kind).toBe("checkout");
  const sessionId = (plan as { url: string }).url.split("/pay/")[1]!;
  const session = await emulator.completeCheckout(sessionId);
  return session.subscription as string;
}

const gate = (tier: string) => ({ visibility: "tiers" as const, tiers: [tier] });
const viewerOf = async (id: string) => {
  const m = await membership(id);
  return { id, role: "member" as const, disabled: false, tierSlug: m.tierSlug, membershipExpiresAt: m.expires };
};

describe("joining through Stripe Checkout", () => {
  it("makes a paying member Gold, with the payment, the period end plus grace as expiry, and an audit row", async () => {
    const member = await newMember();
    const subId = await join(member, "gold");
    const sub = await subscriptionOf(member.id);
    expect(sub).toMatchObject({ stripeSubscriptionId: subId, status: "active", tierSlug: "gold", unitAmountPence: 12000, cardBrand: "visa", cardLast4: "4242" });
    const { tierSlug, expires } = await membership(member.id);
    expect(tierSlug).toBe("gold");
    expect(expires!.getTime()).toBe(sub.currentPeriodEnd.getTime() + 30 * DAY);
    expect(canOpen(await viewerOf(member.id), gate("gold")).allowed).toBe(true);
    const [payment] = await db.select().from(payments).where(eq(payments.accountId, member.id));
    expect(payment).toMatchObject({ status: "paid", amountPaidPence: 12000, currency: "gbp" });
    expect(payment!.hostedInvoiceUrl).toContain("/invoice/");
    const [audit] = await db.select().from(auditLog).where(and(eq(auditLog.entityId, member.id), eq(auditLog.action, "billing-update")));
    expect(audit!.actorId).toBeNull();
    expect(audit!.summary).toMatch(/gold until/);
  });

  it("finds a tier's Stripe Price by lookup key, and a new price makes a new Price while members keep theirs", async () => {
    const member = await newMember();
    await join(member, "silver");
    const before = (await ensureTierPrice("silver")).priceId;
    const created = emulator.requests.filter((r) => r === "POST /v1/prices").length;
    expect((await ensureTierPrice("silver")).priceId).toBe(before);
    expect(emulator.requests.filter((r) => r === "POST /v1/prices").length).toBe(created);
    const admin = (await db.select({ id: accounts.id }).from(accounts).where(eq(accounts.email, "admin@example.org")))[0]!.id;
    const [silver] = await db.select().from(tiers).where(eq(tiers.slug, "silver"));
    await updateTier(admin, "silver", { ...silver!, annualPricePence: 5400, vatTreatment: "standard" });
    const after = (await ensureTierPrice("silver")).priceId;
    expect(after).not.toBe(before);
    expect(emulator.prices.get(after)).toMatchObject({ unit_amount: 5400, tax_behavior: "inclusive", lookup_key: "tier_silver_5400_gbp_year_standard" });
    expect((await subscriptionOf(member.id)).stripePriceId).toBe(before);
    await updateTier(admin, "silver", { ...silver!, annualPricePence: 4500, vatTreatment: "exempt" });
    expect((await ensureTierPrice("silver")).priceId).toBe(before);
  });
});

describe("changing plan", () => {
  it("upgrades Silver to Gold at once, charging the prorated difference", async () => {
    const member = await newMember();
    await join(member, "silver");
    expect(await choosePlan(member, "gold")).toEqual({ kind: "upgraded" });
    await emulator.idle();
    expect((await membership(member.id)).tierSlug).toBe("gold");
    const charged = await db.select().from(payments).where(eq(payments.accountId, member.id));
    const proration = charged.find((p) => p.amountPaidPence !== 4500)!;
    // Almost the whole year is left: close to the £75 difference, never the full Gold price.
    expect(proration.amountPaidPence).toBeGreaterThan(7400);
    expect(proration.amountPaidPence).toBeLessThanOrEqual(7500);
  });

  it("downgrades Gold to Silver at the end of the paid period, not before", async () => {
    const member = await newMember();
    const subId = await join(member, "gold");
    expect(await choosePlan(member, "silver")).toEqual({ kind: "downgrade-scheduled" });
    await emulator.idle();
    expect((await membership(member.id)).tierSlug).toBe("gold");
    expect(await subscriptionOf(member.id)).toMatchObject({ tierSlug: "gold", renewsAsTierSlug: "silver" });
    expect((await db.select().from(payments).where(eq(payments.accountId, member.id))).length).toBe(1);
    await emulator.endPeriod(subId);
    expect((await membership(member.id)).tierSlug).toBe("silver");
    expect(await subscriptionOf(member.id)).toMatchObject({ tierSlug: "silver", renewsAsTierSlug: null, unitAmountPence: 4500 });
  });
});

describe("renewal and lapse", () => {
  it("turning auto-renew off ends the membership at the period end, then after the grace period it opens nothing", async () => {
    const member = await newMember();
    const subId = await join(member, "gold");
    expect(await setAutoRenew(member.id, false)).toBe(true);
    await emulator.idle();
    expect(await subscriptionOf(member.id)).toMatchObject({ cancelAtPeriodEnd: true, status: "active" });
    await emulator.endPeriod(subId);
    const sub = await subscriptionOf(member.id);
    expect(sub.status).toBe("canceled");
    const viewer = await viewerOf(member.id);
    const periodEnd = sub.currentPeriodEnd.getTime();
    expect(canOpen(viewer, gate("gold"), new Date(periodEnd + 10 * DAY)).allowed).toBe(true);
    expect(canOpen(viewer, gate("gold"), new Date(periodEnd + 31 * DAY))).toMatchObject({ allowed: false, reason: "membership-expired" });
  });

  it("a failed renewal keeps access through the grace period, then the account is free", async () => {
    const member = await newMember();
    const subId = await join(member, "silver");
    const periodEnd = (await subscriptionOf(member.id)).currentPeriodEnd.getTime();
    await emulator.endPeriod(subId, { pay: false });
    const sub = await subscriptionOf(member.id);
    expect(sub.status).toBe("past_due");
    expect(sub.paymentFailedAt).not.toBeNull();
    const failed = await db.select().from(payments).where(and(eq(payments.accountId, member.id), eq(payments.status, "open")));
    expect(failed).toHaveLength(1);
    const viewer = await viewerOf(member.id);
    expect(canOpen(viewer, gate("silver"), new Date(periodEnd + 5 * DAY)).allowed).toBe(true);
    expect(canOpen(viewer, gate("silver"), new Date(periodEnd + 31 * DAY)).allowed).toBe(false);
    await emulator.cancelForNonPayment(subId);
    expect((await membership(member.id)).expires!.getTime()).toBe(periodEnd + 30 * DAY);
  });

  it("a changed grace period moves paying members' access ends at once, and leaves complimentary ones alone", async () => {
    const payer = await newMember();
    await join(payer, "gold");
    const periodEnd = (await subscriptionOf(payer.id)).currentPeriodEnd.getTime();
    const gifted = await newMember();
    const admin = (await db.select({ id: accounts.id }).from(accounts).where(eq(accounts.email, "admin@example.org")))[0]!.id;
    const giftEnd = new Date(Date.now() + 40 * DAY);
    await grantComplimentary(admin, gifted.id, "silver", giftEnd);
    try {
      await setGraceDays(admin, 10);
      expect(await resyncPaidMemberships("Grace period changed")).toBeGreaterThanOrEqual(1);
      expect((await membership(payer.id)).expires!.getTime()).toBe(periodEnd + 10 * DAY);
      expect((await membership(gifted.id)).expires!.getTime()).toBe(giftEnd.getTime());
      const [audit] = await db
        .select({ summary: auditLog.summary })
        .from(auditLog)
        .where(and(eq(auditLog.entityId, payer.id), eq(auditLog.action, "billing-update")))
        .orderBy(desc(auditLog.id))
        .limit(1);
      expect(audit!.summary).toMatch(/^Grace period changed: gold until/);
    } finally {
      await setGraceDays(admin, 30);
      await resyncPaidMemberships("Grace period changed");
    }
    expect((await membership(payer.id)).expires!.getTime()).toBe(periodEnd + 30 * DAY);
  });
});

describe("webhook deliveries", () => {
  it("a replayed event changes nothing a second time", async () => {
    const member = await newMember();
    await join(member, "gold");
    const audits = await auditRows(member.id);
    const paid = emulator.events.filter((e) => e.type === "invoice.paid").at(-1)!;
    expect(await emulator.send(paid)).toEqual({ status: 200, body: { received: true, outcome: "duplicate" } });
    expect(await auditRows(member.id)).toBe(audits);
    expect((await db.select().from(payments).where(eq(payments.accountId, member.id))).length).toBe(1);
  });

  it("events out of order end in Stripe's current state", async () => {
    const member = await newMember();
    emulator.holdEvents = true;
    const start = emulator.events.length;
    try {
      const plan = await choosePlan(member, "silver");
      const session = await emulator.completeCheckout((plan as { url: string }).url.split("/pay/")[1]!);
      const sub = emulator.subscriptions.get(session.subscription as string)!;
      sub.cancel_at_period_end = true; // the member turned renewal off before any event arrived
    } finally {
      emulator.holdEvents = false;
    }
    const held = emulator.events.slice(start).reverse();
    for (const event of held) expect((await emulator.send(event)).status).toBe(200);
    expect(await subscriptionOf(member.id)).toMatchObject({ status: "active", tierSlug: "silver", cancelAtPeriodEnd: true });
    expect((await membership(member.id)).tierSlug).toBe("silver");
  });

  it("two deliveries of one event at once apply it once", async () => {
    const member = await newMember();
    emulator.holdEvents = true;
    const start = emulator.events.length;
    try {
      const plan = await choosePlan(member, "gold");
      await emulator.completeCheckout((plan as { url: string }).url.split("/pay/")[1]!);
    } finally {
      emulator.holdEvents = false;
    }
    const created = emulator.events.slice(start).find((e) => e.type === "customer.subscription.created")!;
    const answers = await Promise.all([emulator.send(created), emulator.send(created)]);
    expect(answers.map((a) => (a.body as { outcome: string }).outcome).sort()).toEqual(["applied", "duplicate"]);
    expect(await auditRows(member.id)).toBe(1);
    expect((await membership(member.id)).tierSlug).toBe("gold");
  });

  it("refuses a bad or missing signature with 400 and changes nothing", async () => {
    const member = await newMember();
    emulator.holdEvents = true;
    const start = emulator.events.length;
    try {
      const plan = await choosePlan(member, "gold");
      await emulator.completeCheckout((plan as { url: string }).url.split("/pay/")[1]!);
    } finally {
      emulator.holdEvents = false;
    }
    const event = emulator.events.slice(start)[0]!;
    const events = await db.$count(stripeEvents);
    expect((await emulator.send(event, { secret: "whsec_someone_else" })).status).toBe(400);
    expect((await emulator.send(event, { signature: null })).status).toBe(400);
    expect((await emulator.send(event, { signature: "t=1,v1=deadbeef" })).status).toBe(400);
    expect(await db.$count(stripeEvents)).toBe(events);
    expect((await membership(member.id)).tierSlug).toBe("free");
    expect(await db.$count(subscriptions, eq(subscriptions.accountId, member.id))).toBe(0);
  });

  it("acknowledges an event for an unknown customer, and one of a type it does not act on", async () => {
    const stranger = await emulator.completeCheckout(
      (
        await (async () => {
          const price = (await ensureTierPrice("gold")).priceId;
          const customer = { id: "cus_stranger", object: "customer" };
          emulator.customers.set(customer.id, customer);
          const sessionId = "cs_test_stranger";
          emulator.sessions.set(sessionId, { id: sessionId, object: "checkout.session", customer: customer.id, client_reference_id: null, line_items: [{ price }], success_url: "http://x", status: "open" });
          return { url: `/pay/${sessionId}` };
        })()
      ).url.split("/pay/")[1]!,
    );
    const last = emulator.events.filter((e) => (e.data.object as { id?: string }).id === stranger.subscription).at(-1)!;
    const [row] = await db.select().from(stripeEvents).where(eq(stripeEvents.id, last.id));
    expect(row?.outcome).toBe("unknown-customer");
    expect(await db.$count(subscriptions, eq(subscriptions.stripeCustomerId, "cus_stranger"))).toBe(0);
    const other = { ...last, id: "evt_other_type", type: "customer.created" } as typeof last;
    expect(await emulator.send(other)).toEqual({ status: 200, body: { received: true, outcome: "ignored" } });
  });
});

describe("what staff see", () => {
  it("counts paying members by tier, renewals due in 30 days and failed payments", async () => {
    const before = await getBillingCounts();
    const renewing = await newMember();
    await join(renewing, "silver");
    await db.update(subscriptions).set({ currentPeriodEnd: new Date(Date.now() + 10 * DAY) }).where(eq(subscriptions.accountId, renewing.id));
    const failing = await newMember();
    await emulator.endPeriod(await join(failing, "gold"), { pay: false });
    const after = await getBillingCounts();
    expect(after.payingByTier.get("silver")).toBe((before.payingByTier.get("silver") ?? 0) + 1);
    expect(after.payingByTier.get("gold")).toBe((before.payingByTier.get("gold") ?? 0) + 1);
    expect(after.renewalsIn30Days).toBe(before.renewalsIn30Days + 1);
    expect(after.failedPayments).toBe(before.failedPayments + 1);
    const billing = await getMemberBilling(failing.id);
    expect(billing.customerId).toMatch(/^cus_/);
    expect(billing.subscriptions[0]).toMatchObject({ status: "past_due", tierName: "Gold" });
    expect(billing.payments.map((p) => p.status).sort()).toEqual(["open", "paid"]);
  });

  it("grants a complimentary tier with an end date, audited, with no Stripe call", async () => {
    const member = await newMember();
    const admin = (await db.select({ id: accounts.id }).from(accounts).where(eq(accounts.email, "admin@example.org")))[0]!.id;
    const requests = emulator.requests.length;
    const until = new Date(Date.now() + 90 * DAY);
    expect(await grantComplimentary(admin, member.id, "gold", until)).toBe(true);
    expect(emulator.requests.length).toBe(requests);
    const [row] = await db.select().from(accounts).where(eq(accounts.id, member.id));
    expect(row).toMatchObject({ tierSlug: "gold", complimentary: true, membershipExpiresAt: until });
    const [audit] = await db.select().from(auditLog).where(and(eq(auditLog.entityId, member.id), eq(auditLog.action, "grant-complimentary")));
    expect(audit).toMatchObject({ actorId: admin, summary: expect.stringContaining("complimentary gold membership") });
    expect(canOpen(await viewerOf(member.id), gate("gold")).allowed).toBe(true);
  });
});

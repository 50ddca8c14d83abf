import { afterAll, describe, expect, it } from "vitest";
import { startStripeEmulator } from "@/tests/stripe-test-setup";

/* Membership reminders: due 30 and 7 days ahead, on a failed payment and on lapse, each sent once however often and however concurrently the job runs. */
const emulator = await startStripeEmulator();
const { and, eq, like } = await import("drizzle-orm");
const { db } = await import("@/db");
const { accounts, membershipReminders, outbox, subscriptions } = await import("@/db/schema");
const { choosePlan, setAutoRenew } = await import("./checkout");
const { sendDueReminders } = await import("./reminders");
const { grantComplimentary } = await import("@/db/queries/billing");
const { updateTier } = await import("@/db/queries/tiers");
const { payments, tiers } = await import("@/db/schema");
afterAll(() => emulator.stop());

const DAY = 86_400_000;
let counter = 0;

async function payingMember(tier: string) {
  counter += 1;
  const [member] = await db
    .insert(accounts)
    .values({ email: `reminded${counter}-${Date.now()}@example.org`, name: `Reminded ${counter}`, passwordHash: "x", emailVerifiedAt: new Date() })
    .returning({ id: accounts.id, email: accounts.email, name: accounts.name });
  const plan = await choosePlan(member!, tier);
  const session = await emulator.completeCheckout((plan as { url: string }).url.split("/pay/")[1]!);
  return { ...member!, subId: session.subscription as string };
}

const emailsTo = (to: string, subject: string) => db.$count(outbox, and(eq(outbox.to, to), like(outbox.subject, `%${subject}%`)));

async function setPeriodEnd(accountId: string, end: Date) {
  await db.update(subscriptions).set({ currentPeriodEnd: end }).where(eq(subscriptions.accountId, accountId));
}

describe("membership reminders", () => {
  it("sends the 30-day and then the 7-day renewal reminder once each, across repeated and concurrent runs", async () => {
    const member = await payingMember("gold");
    const now = new Date();
    await setPeriodEnd(member.id, new Date(now.getTime() + 20 * DAY));
    await sendDueReminders({ now });
    await sendDueReminders({ now });
    await Promise.all([sendDueReminders({ now }), sendDueReminders({ now }), sendDueReminders({ now }), sendDueReminders({ now })]);
    expect(await emailsTo(member.email, "renews on")).toBe(1);
    const [mail] = await db.select().from(outbox).where(eq(outbox.to, member.email));
    expect(mail!.text).toContain("£120 will be taken from your card");
    expect(mail!.text).toContain("/account/billing");

    await setPeriodEnd(member.id, new Date(now.getTime() + 5 * DAY));
    await Promise.all([sendDueReminders({ now }), sendDueReminders({ now })]);
    await sendDueReminders({ now });
    expect(await emailsTo(member.email, "renews on")).toBe(2);
    const kinds = await db.select({ kind: membershipReminders.kind }).from(membershipReminders).where(eq(membershipReminders.accountId, member.id));
    expect(kinds.map((k) => k.kind).sort()).toEqual(["renewal-30", "renewal-7"]);
  });

  it("tells a member at once when a renewal payment fails, with the link to fix it, and only once", async () => {
    const member = await payingMember("silver");
    await emulator.endPeriod(member.subId, { pay: false });
    expect(await emailsTo(member.email, "could not take")).toBe(1);
    await Promise.all([sendDueReminders(), sendDueReminders()]);
    expect(await emailsTo(member.email, "could not take")).toBe(1);
    const [mail] = await db.select().from(outbox).where(and(eq(outbox.to, member.email), like(outbox.subject, "%could not take%")));
    expect(mail!.text).toMatch(/Update your card here and we will try again: http\S+\/account\/billing/);
  });

  it("says a membership with renewal off is ending, then that it has lapsed, once each", async () => {
    const member = await payingMember("gold");
    await setAutoRenew(member.id, false);
    await emulator.idle();
    const sub = emulator.subscriptions.get(member.subId)!;
    const end = new Date(((sub.items as { data: { current_period_end: number }[] }).data[0]!.current_period_end) * 1000);
    await Promise.all([sendDueReminders({ now: new Date(end.getTime() - 3 * DAY) }), sendDueReminders({ now: new Date(end.getTime() - 3 * DAY) })]);
    expect(await emailsTo(member.email, "ends on")).toBe(1);
    await emulator.endPeriod(member.subId);
    const after = new Date(end.getTime() + DAY);
    await Promise.all([sendDueReminders({ now: after }), sendDueReminders({ now: after }), sendDueReminders({ now: after })]);
    expect(await emailsTo(member.email, "has ended")).toBe(1);
  });

  it("reminds a complimentary member before their membership ends, once", async () => {
    const [member] = await db
      .insert(accounts)
      .values({ email: `comp-${Date.now()}@example.org`, name: "Comp", passwordHash: "x", emailVerifiedAt: new Date() })
      .returning({ id: accounts.id, email: accounts.email });
    const admin = (await db.select({ id: accounts.id }).from(accounts).where(eq(accounts.email, "admin@example.org")))[0]!.id;
    await grantComplimentary(admin, member!.id, "gold", new Date(Date.now() + 10 * DAY));
    await Promise.all([sendDueReminders(), sendDueReminders()]);
    await sendDueReminders();
    expect(await emailsTo(member!.email, "ends on")).toBe(1);
  });

  it("moves a member to a changed price at their renewal, not before, and says so in the renewal reminder", async () => {
    const member = await payingMember("silver");
    const admin = (await db.select({ id: accounts.id }).from(accounts).where(eq(accounts.email, "admin@example.org")))[0]!.id;
    const [silver] = await db.select().from(tiers).where(eq(tiers.slug, "silver"));
    await updateTier(admin, "silver", { ...silver!, annualPricePence: 5000 });
    try {
      // Months before renewal nothing moves: the member is on the price they paid.
      await sendDueReminders({ accountId: member.id });
      await emulator.idle();
      const priceOf = () => (emulator.subscriptions.get(member.subId)!.items as { data: { price: { unit_amount: number } }[] }).data[0]!.price.unit_amount;
      expect(priceOf()).toBe(4500);

      const now = new Date();
      await setPeriodEnd(member.id, new Date(now.getTime() + 20 * DAY));
      await Promise.all([sendDueReminders({ now, accountId: member.id }), sendDueReminders({ now, accountId: member.id })]);
      await emulator.idle();
      expect(priceOf()).toBe(5000);
      const [mail] = await db.select().from(outbox).where(and(eq(outbox.to, member.email), like(outbox.subject, "%renews on%")));
      expect(mail!.text).toContain("£50 will be taken from your card");
      // This period stays as paid: no charge for the difference, the tier and expiry unchanged.
      expect((await db.select().from(payments).where(eq(payments.accountId, member.id))).map((p) => p.amountPaidPence)).toEqual([4500]);

      await emulator.endPeriod(member.subId);
      const paid = (await db.select().from(payments).where(eq(payments.accountId, member.id))).map((p) => p.amountPaidPence);
      expect(paid.sort()).toEqual([4500, 5000]);
      expect((await db.select({ tier: accounts.tierSlug }).from(accounts).where(eq(accounts.id, member.id)))[0]!.tier).toBe("silver");
    } finally {
      await updateTier(admin, "silver", { ...silver! });
    }
  });
});

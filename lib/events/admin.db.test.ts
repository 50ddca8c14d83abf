import { afterAll, describe, expect, it } from "vitest";
import { startStripeEmulator } from "@/tests/stripe-test-setup";

/* Staff cancel an event: every booking and waitlist place cancelled, paid tickets refunded through Stripe once, everyone emailed, audited. */
const emulator = await startStripeEmulator();
const { and, eq, like } = await import("drizzle-orm");
const { db } = await import("@/db");
const { accounts, auditLog, eventBookings, events, eventTicketTypes, outbox } = await import("@/db/schema");
const { bookTicket } = await import("./booking");
const { cancelEventAndNotify } = await import("./admin");
const { stopJobs } = await import("@/lib/jobs/queue");
afterAll(async () => {
  await stopJobs();
  await emulator.stop();
});

const DAY = 86_400_000;

async function person(label: string, tierSlug = "free") {
  const [row] = await db
    .insert(accounts)
    .values({ email: `${label}-${Date.now()}@example.org`, name: label, passwordHash: "x", tierSlug, membershipExpiresAt: tierSlug === "free" ? null : new Date(Date.now() + 100 * DAY), emailVerifiedAt: new Date() })
    .returning({ id: accounts.id, email: accounts.email, name: accounts.name });
  return { ...row!, role: "member" as const, disabled: false, tierSlug, membershipExpiresAt: tierSlug === "free" ? null : new Date(Date.now() + 100 * DAY) };
}

describe("cancelling an event", () => {
  it("cancels every booking, refunds each paid ticket once, tells everyone and records it", async () => {
    const startsAt = new Date(Date.now() + 30 * DAY);
    const [event] = await db
      .insert(events)
      .values({ slug: `cancel-me-${Date.now()}`, title: "To be cancelled", type: "training", startsAt, endsAt: new Date(startsAt.getTime() + 3_600_000), capacity: 2, status: "published", publishedAt: new Date(Date.now() - DAY) })
      .returning({ id: events.id, slug: events.slug });
    const [ticket] = await db.insert(eventTicketTypes).values({ eventId: event!.id, name: "Place", nonMemberPricePence: 5000, tierPrices: { gold: 0 } }).returning({ id: eventTicketTypes.id });
    const [payer, gold, waiting] = [await person("Payer"), await person("Goldie", "gold"), await person("Waiter")];
    const pay = await bookTicket(payer, event!.slug, ticket!.id);
    await emulator.completeCheckout((pay as { url: string }).url.split("/pay/")[1]!);
    expect((await bookTicket(gold, event!.slug, ticket!.id)).kind).toBe("booked");
    expect((await bookTicket(waiting, event!.slug, ticket!.id)).kind).toBe("waitlisted");
    const [admin] = await db.select({ id: accounts.id }).from(accounts).where(eq(accounts.email, "admin@example.org"));

    const [first, again] = await Promise.all([cancelEventAndNotify(admin!.id, event!.id), cancelEventAndNotify(admin!.id, event!.id)]);
    expect([first, again].filter(Boolean)).toHaveLength(1);
    expect([...emulator.refunds.values()].filter((r) => r.amount === 5000)).toHaveLength(1);
    const statuses = await db.select({ status: eventBookings.status, refundedAt: eventBookings.refundedAt }).from(eventBookings).where(eq(eventBookings.eventId, event!.id));
    expect(statuses.map((s) => s.status)).toEqual(["cancelled", "cancelled", "cancelled"]);
    expect(statuses.filter((s) => s.refundedAt)).toHaveLength(1);
    for (const p of [payer, gold, waiting]) {
      expect(await db.$count(outbox, and(eq(outbox.to, p.email), like(outbox.subject, "Event cancelled%")))).toBe(1);
    }
    const [payerMail] = await db.select().from(outbox).where(and(eq(outbox.to, payer.email), like(outbox.subject, "Event cancelled%")));
    expect(payerMail!.text).toContain("£50 is being refunded");
    expect(Buffer.from(payerMail!.attachments![0]!.content, "base64").toString()).toContain("STATUS:CANCELLED");
    const audit = await db.select().from(auditLog).where(and(eq(auditLog.entityId, event!.id), eq(auditLog.action, "cancel-event")));
    expect(audit).toHaveLength(1);
    expect(audit[0]!.summary).toContain("3 bookings cancelled, 1 refunded");
    // A cancelled event takes no more bookings.
    expect((await bookTicket(await person("Late"), event!.slug, ticket!.id)).kind).toBe("refused");
  });
});

import { inflateSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { startStripeEmulator } from "@/tests/stripe-test-setup";

/* Events: places under concurrent bookings, the waitlist and its time limit, paid tickets through the Stripe emulator, the .ics, reminders once, certificates. */
const emulator = await startStripeEmulator();
const ICAL = (await import("ical.js")).default;
const { and, eq, like } = await import("drizzle-orm");
const { db } = await import("@/db");
const { accounts, eventBookings, events, eventTicketTypes, eventWaitlistOffers, outbox, cpdActivities } = await import("@/db/schema");
const { bookTicket, cancelMyBooking, waitlistOffersJob } = await import("./booking");
const { expireOffers, setAttendance, OFFER_HOURS } = await import("@/db/queries/events/bookings");
const { sendEventReminders } = await import("./reminders");
const { issueCertificate, verifyCertificate } = await import("@/db/queries/events/cpd");
const { renderCertificatePdf } = await import("./certificate-pdf");
const { stopJobs } = await import("@/lib/jobs/queue");
afterAll(async () => {
  await stopJobs();
  await emulator.stop();
});

const DAY = 86_400_000;
let counter = 0;

async function person(tierSlug = "free", expires: Date | null = null) {
  counter += 1;
  const [row] = await db
    .insert(accounts)
    .values({ email: `booker${counter}-${Date.now()}@example.org`, name: `Booker ${counter}`, passwordHash: "x", tierSlug, membershipExpiresAt: expires, emailVerifiedAt: new Date() })
    .returning({ id: accounts.id, email: accounts.email, name: accounts.name });
  return { ...row!, role: "member" as const, disabled: false, tierSlug, membershipExpiresAt: expires };
}

async function anEvent(capacity: number, prices: { nonMember: number; silver?: number; gold?: number } = { nonMember: 0 }, startsInDays = 20) {
  counter += 1;
  // Whole seconds, as calendars keep them.
  const startsAt = new Date(Math.floor((Date.now() + startsInDays * DAY) / 1000) * 1000);
  const [event] = await db
    .insert(events)
    .values({
      slug: `test-event-${counter}-${Date.now()}`,
      title: `Test event ${counter}, with a comma; and more`,
      type: "webinar",
      summary: "A test event.",
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * 3_600_000),
      online: true,
      capacity,
      cpdHours: 3,
      status: "published",
      publishedAt: new Date(Date.now() - DAY),
    })
    .returning({ id: events.id, slug: events.slug, title: events.title, startsAt: events.startsAt });
  const tierPrices: Record<string, number> = {};
  if (prices.silver !== undefined) tierPrices.silver = prices.silver;
  if (prices.gold !== undefined) tierPrices.gold = prices.gold;
  const [ticket] = await db.insert(eventTicketTypes).values({ eventId: event!.id, name: "Standard", nonMemberPricePence: prices.nonMember, tierPrices }).returning({ id: eventTicketTypes.id });
  return { ...event!, ticketId: ticket!.id };
}

const statusOf = async (eventId: string, accountId: string) =>
  (await db.select({ status: eventBookings.status }).from(eventBookings).where(and(eq(eventBookings.eventId, eventId), eq(eventBookings.accountId, accountId))))[0]?.status;
const mailTo = (to: string, subject: string) => db.select().from(outbox).where(and(eq(outbox.to, to), like(outbox.subject, `%${subject}%`)));

describe("booking places", () => {
  it("gives the last place to exactly one of several people booking at once; the others wait", async () => {
    const event = await anEvent(2);
    const people = await Promise.all(Array.from({ length: 6 }, () => person()));
    const results = await Promise.all(people.map((p) => bookTicket(p, event.slug, event.ticketId)));
    expect(results.filter((r) => r.kind === "booked")).toHaveLength(2);
    expect(results.filter((r) => r.kind === "waitlisted")).toHaveLength(4);
    const booked = await db.$count(eventBookings, and(eq(eventBookings.eventId, event.id), eq(eventBookings.status, "booked")));
    expect(booked).toBe(2);
  });

  it("does not book one person twice", async () => {
    const event = await anEvent(5);
    const p = await person();
    const [a, b] = await Promise.all([bookTicket(p, event.slug, event.ticketId), bookTicket(p, event.slug, event.ticketId)]);
    expect([a.kind, b.kind].sort()).toEqual(["already-booked", "booked"]);
  });

  it("emails a confirmation with an .ics a calendar reads, and add-to-calendar links", async () => {
    const event = await anEvent(5);
    const p = await person();
    expect((await bookTicket(p, event.slug, event.ticketId)).kind).toBe("booked");
    const [mail] = await mailTo(p.email, "Booking confirmed");
    expect(mail!.text).toContain("https://calendar.google.com/calendar/render?action=TEMPLATE");
    expect(mail!.text).toContain("https://outlook.live.com/calendar/");
    const ics = Buffer.from(mail!.attachments![0]!.content, "base64").toString("utf8");
    expect(mail!.attachments![0]!.filename).toBe(`${event.slug}.ics`);
    const vevent = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent("vevent")!;
    const parsed = new ICAL.Event(vevent);
    expect(parsed.summary).toBe(event.title);
    expect(parsed.startDate.toJSDate().getTime()).toBe(event.startsAt.getTime());
    expect(parsed.endDate.toJSDate().getTime()).toBe(event.startsAt.getTime() + 2 * 3_600_000);
    expect(parsed.location).toBe("Online");
  });
});

describe("the waitlist", () => {
  it("offers a freed place to the first person waiting, who can take it within the time limit", async () => {
    const event = await anEvent(1);
    const [first, second, third] = [await person(), await person(), await person()];
    const booked = await bookTicket(first, event.slug, event.ticketId);
    expect((await bookTicket(second, event.slug, event.ticketId)).kind).toBe("waitlisted");
    expect((await bookTicket(third, event.slug, event.ticketId)).kind).toBe("waitlisted");
    expect((await mailTo(second.email, "on the waitlist")).length).toBe(1);

    expect(await cancelMyBooking(first.id, (booked as { bookingId: string }).bookingId)).toEqual({ ok: true });
    const [offerMail] = await mailTo(second.email, "A place is free");
    expect(offerMail!.text).toMatch(/yours if you take it by/);
    expect(await mailTo(third.email, "A place is free")).toHaveLength(0);
    // The offered place is held: someone new waits rather than taking it.
    const newcomer = await person();
    expect((await bookTicket(newcomer, event.slug, event.ticketId)).kind).toBe("waitlisted");
    expect((await bookTicket(second, event.slug, event.ticketId)).kind).toBe("booked");
    expect(await statusOf(event.id, second.id)).toBe("booked");
    expect((await mailTo(second.email, "Booking confirmed")).length).toBe(1);
  });

  it("lets an offer lapse after its time limit and offers the place to the next person, once", async () => {
    const event = await anEvent(1);
    const [first, second, third] = [await person(), await person(), await person()];
    const booked = await bookTicket(first, event.slug, event.ticketId);
    await bookTicket(second, event.slug, event.ticketId);
    await bookTicket(third, event.slug, event.ticketId);
    await cancelMyBooking(first.id, (booked as { bookingId: string }).bookingId);

    // Before the limit nothing lapses.
    expect(await expireOffers(new Date(Date.now() + (OFFER_HOURS - 1) * 3_600_000))).toHaveLength(0);
    const after = new Date(Date.now() + (OFFER_HOURS + 1) * 3_600_000);
    const [a, b] = await Promise.all([expireOffers(after), expireOffers(after)]);
    expect([...a, ...b]).toHaveLength(1);
    expect(await statusOf(event.id, second.id)).toBe("cancelled");
    const open = await db.select().from(eventWaitlistOffers).where(and(eq(eventWaitlistOffers.eventId, event.id)));
    expect(open.filter((o) => o.outcome === null)).toHaveLength(1);
    // The lapsed person can no longer take it; the next person can.
    expect((await bookTicket(second, event.slug, event.ticketId)).kind).toBe("waitlisted");
    expect((await bookTicket(third, event.slug, event.ticketId)).kind).toBe("booked");
  });

  it("runs as a job that expires due offers", async () => {
    await expect(waitlistOffersJob.run({})).resolves.toBeUndefined();
  });
});

describe("paid tickets", () => {
  it("charges each member their tier's price through Stripe Checkout, books on the webhook once, and refunds a cancellation", async () => {
    const event = await anEvent(3, { nonMember: 9500, silver: 6000, gold: 0 });
    const silver = await person("silver", new Date(Date.now() + 100 * DAY));
    const expired = await person("gold", new Date(Date.now() - DAY));
    const gold = await person("gold", new Date(Date.now() + 100 * DAY));
    expect((await bookTicket(gold, event.slug, event.ticketId)).kind).toBe("booked");

    const pay = await bookTicket(silver, event.slug, event.ticketId);
    expect(pay.kind).toBe("checkout");
    const sessionId = (pay as { url: string }).url.split("/pay/")[1]!;
    expect(emulator.sessions.get(sessionId)!.line_items).toMatchObject([{ price_data: { unit_amount: "6000" } }]);
    expect(await statusOf(event.id, silver.id)).toBeUndefined();
    await emulator.completeCheckout(sessionId);
    expect(await statusOf(event.id, silver.id)).toBe("booked");
    // The same event delivered again changes nothing.
    const completed = emulator.events.filter((e) => e.type === "checkout.session.completed").at(-1)!;
    expect(await emulator.send(completed)).toMatchObject({ status: 200, body: { outcome: "duplicate" } });
    expect((await mailTo(silver.email, "Booking confirmed")).length).toBe(1);

    const lapsed = await bookTicket(expired, event.slug, event.ticketId);
    const lapsedSession = emulator.sessions.get((lapsed as { url: string }).url.split("/pay/")[1]!)!;
    expect(lapsedSession.line_items).toMatchObject([{ price_data: { unit_amount: "9500" } }]);

    const [booking] = await db.select({ id: eventBookings.id }).from(eventBookings).where(and(eq(eventBookings.eventId, event.id), eq(eventBookings.accountId, silver.id)));
    expect(await cancelMyBooking(silver.id, booking!.id)).toEqual({ ok: true });
    const refunds = [...emulator.refunds.values()];
    expect(refunds).toHaveLength(1);
    expect(refunds[0]).toMatchObject({ amount: 6000, payment_intent: emulator.sessions.get(sessionId)!.payment_intent });
    expect((await mailTo(silver.email, "Booking cancelled"))[0]!.text).toContain("£60 is being refunded");
  });

  it("will not cancel online after the cut-off", async () => {
    const event = await anEvent(3, { nonMember: 0 }, 1);
    const p = await person();
    const booked = await bookTicket(p, event.slug, event.ticketId);
    const result = await cancelMyBooking(p.id, (booked as { bookingId: string }).bookingId);
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining("too late") });
    expect(await statusOf(event.id, p.id)).toBe("booked");
  });
});

describe("reminders", () => {
  it("sends the week and the day reminders once each, however often and concurrently the job runs", async () => {
    const event = await anEvent(5, { nonMember: 0 }, 20);
    const p = await person();
    await bookTicket(p, event.slug, event.ticketId);
    const weekBefore = new Date(event.startsAt.getTime() - 6 * DAY);
    await Promise.all([sendEventReminders(weekBefore), sendEventReminders(weekBefore), sendEventReminders(weekBefore)]);
    await sendEventReminders(new Date(weekBefore.getTime() + DAY));
    expect(await mailTo(p.email, "Next week")).toHaveLength(1);
    const dayBefore = new Date(event.startsAt.getTime() - 20 * 3_600_000);
    await Promise.all([sendEventReminders(dayBefore), sendEventReminders(dayBefore)]);
    await sendEventReminders(dayBefore);
    expect(await mailTo(p.email, "Tomorrow")).toHaveLength(1);
  });
});

/** The text drawn in a pdf-lib PDF: its content streams inflated, hex strings decoded. */
function pdfText(bytes: Uint8Array): string {
  const raw = Buffer.from(bytes).toString("latin1");
  const out: string[] = [];
  for (const m of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(m[1]!, "latin1")).toString("latin1");
    } catch {
      content = m[1]!;
    }
    for (const hex of content.matchAll(/<([0-9A-Fa-f]+)>\s*Tj/g)) out.push(Buffer.from(hex[1]!, "hex").toString("latin1"));
  }
  return out.join("\n");
}

describe("attendance, CPD and certificates", () => {
  it("adds the event's hours when staff mark attendance, issues one certificate, and verifies it by its code", async () => {
    const event = await anEvent(5);
    const p = await person();
    const booked = (await bookTicket(p, event.slug, event.ticketId)) as { bookingId: string };
    expect(await issueCertificate(p.id, booked.bookingId)).toBeNull();
    await db.transaction((tx) => setAttendance(tx, booked.bookingId, true));
    await db.transaction((tx) => setAttendance(tx, booked.bookingId, true));
    const cpd = await db.select().from(cpdActivities).where(eq(cpdActivities.accountId, p.id));
    expect(cpd).toHaveLength(1);
    expect(cpd[0]!.hours).toBe(3);

    const certificate = (await issueCertificate(p.id, booked.bookingId))!;
    expect((await issueCertificate(p.id, booked.bookingId))!.code).toBe(certificate.code);
    const other = await person();
    expect(await issueCertificate(other.id, booked.bookingId)).toBeNull();

    const text = pdfText(await renderCertificatePdf({ ...certificate, verifyUrl: `http://localhost/certificates/${certificate.code}` }));
    expect(text).toContain(p.name);
    expect(text).toContain(event.title);
    expect(text).toContain("Continuing professional development: 3 hours");
    expect(text).toContain(`Verification code: ${certificate.code}`);

    expect(await verifyCertificate(certificate.code.toLowerCase())).toEqual({ status: "genuine", code: certificate.code, name: p.name, eventTitle: event.title, eventDate: certificate.eventDate });
    expect(await verifyCertificate("AAAA-BBBB-CCCC")).toEqual({ status: "unknown" });
    expect(await verifyCertificate("'; drop table certificates;--")).toEqual({ status: "unknown" });
  });
});

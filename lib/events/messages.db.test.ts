import { describe, expect, it } from "vitest";

/* Staff message an event's attendees: everyone with a confirmed place, once each, audited; waiting, cancelled and disabled accounts get nothing; bad input sends nothing. */
const { and, eq } = await import("drizzle-orm");
const { db } = await import("@/db");
const { accounts, auditLog, eventBookings, events, outbox } = await import("@/db/schema");
const { messageAttendees } = await import("./messages");

const DAY = 86_400_000;
let counter = 0;

async function person(label: string, disabled = false) {
  counter += 1;
  const [row] = await db
    .insert(accounts)
    .values({ email: `msg-${label}-${counter}-${Date.now()}@example.org`, name: `${label} ${counter}`, passwordHash: "x", tierSlug: "free", emailVerifiedAt: new Date(), disabled })
    .returning({ id: accounts.id, email: accounts.email });
  return row!;
}

async function anEvent() {
  counter += 1;
  const startsAt = new Date(Date.now() + 10 * DAY);
  const [event] = await db
    .insert(events)
    .values({ slug: `message-test-${counter}-${Date.now()}`, title: `Message test ${counter}`, type: "training", startsAt, endsAt: new Date(startsAt.getTime() + 3_600_000), capacity: 10, status: "published", publishedAt: new Date(Date.now() - DAY) })
    .returning({ id: events.id, title: events.title });
  return event!;
}

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};
const mailCount = (to: string, subject: string) => db.$count(outbox, and(eq(outbox.to, to), eq(outbox.subject, subject)));
const [admin] = await db.select({ id: accounts.id }).from(accounts).where(eq(accounts.email, "admin@example.org"));

describe("messaging an event's attendees", () => {
  it("emails those booked or attended once each, not those waiting, cancelled or disabled, and records it", async () => {
    const event = await anEvent();
    const [booked, attended, waiting, cancelled, disabled] = [await person("Booked"), await person("Attended"), await person("Waiting"), await person("Cancelled"), await person("Disabled", true)];
    await db.insert(eventBookings).values([
      { eventId: event.id, accountId: booked.id, status: "booked" },
      { eventId: event.id, accountId: attended.id, status: "attended", attendedAt: new Date() },
      { eventId: event.id, accountId: waiting.id, status: "waitlisted" },
      { eventId: event.id, accountId: cancelled.id, status: "cancelled", cancelledAt: new Date() },
      { eventId: event.id, accountId: disabled.id, status: "booked" },
    ]);
    const subject = `Room change ${counter}`;

    const result = await messageAttendees(admin!.id, event.id, form({ subject, message: "We are now in the main hall." }));
    expect(result).toEqual({ ok: true, sent: 2 });
    expect(await mailCount(booked.email, subject)).toBe(1);
    expect(await mailCount(attended.email, subject)).toBe(1);
    for (const nobody of [waiting, cancelled, disabled]) expect(await mailCount(nobody.email, subject)).toBe(0);
    const [mail] = await db.select({ text: outbox.text }).from(outbox).where(and(eq(outbox.to, booked.email), eq(outbox.subject, subject)));
    expect(mail!.text).toContain("We are now in the main hall.");
    expect(mail!.text).toContain(event.title);

    const audit = await db.select().from(auditLog).where(and(eq(auditLog.entityId, event.id), eq(auditLog.action, "message-attendees")));
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actorId).toBe(admin!.id);
    expect(audit[0]!.summary).toContain(`Emailed 2 attendees of “${event.title}”`);
  });

  it("sends nothing for an empty subject or message, or when nobody holds a place", async () => {
    const event = await anEvent();
    const booked = await person("Booked");
    await db.insert(eventBookings).values({ eventId: event.id, accountId: booked.id, status: "booked" });
    const before = await db.$count(outbox, eq(outbox.to, booked.email));

    const empty = await messageAttendees(admin!.id, event.id, form({ subject: "  ", message: "" }));
    expect(empty).toMatchObject({ ok: false, reason: "invalid", fieldErrors: { subject: ["Enter a subject."], message: ["Enter the message."] } });
    const tooLong = await messageAttendees(admin!.id, event.id, form({ subject: "x".repeat(201), message: "Hello" }));
    expect(tooLong).toMatchObject({ ok: false, reason: "invalid" });
    expect(await db.$count(outbox, eq(outbox.to, booked.email))).toBe(before);

    const quiet = await anEvent();
    expect(await messageAttendees(admin!.id, quiet.id, form({ subject: "Hello", message: "Anyone?" }))).toEqual({ ok: false, reason: "nobody" });
    expect(await db.$count(auditLog, and(eq(auditLog.action, "message-attendees"), eq(auditLog.entityId, event.id)))).toBe(0);
    expect(await db.$count(auditLog, and(eq(auditLog.action, "message-attendees"), eq(auditLog.entityId, quiet.id)))).toBe(0);
  });
});

import "server-only";
import { and, asc, desc, eq, getTableColumns, inArray, isNull, sql } from "drizzle-orm";
import { db } from "@/db";
import { accounts, eventBookings, events, eventTicketTypes, eventTopics, eventWaitlistOffers, topics, type ContentStatus, type EventType } from "@/db/schema";
import { recordAudit } from "../audit";
import { auditAction, auditVerbs, displayStatus } from "../content/status";
import { setAttendance } from "./bookings";

/** An event's editable fields (the form's parsed result). */
export interface EventFields {
  title: string;
  slug: string;
  type: EventType;
  summary: string;
  body: string;
  featureImage: string;
  featureImageAlt: string;
  startsAt: Date;
  endsAt: Date;
  online: boolean;
  venueName: string;
  address: string;
  mapUrl: string;
  joinUrl: string;
  capacity: number;
  cpdHours: number;
  cancelCutoffHours: number;
  topics: string[];
  status: ContentStatus;
  publishedAt: Date | null;
}

export async function listAdminEvents() {
  return db
    .select({
      id: events.id,
      slug: events.slug,
      title: events.title,
      type: events.type,
      startsAt: events.startsAt,
      status: events.status,
      publishedAt: events.publishedAt,
      cancelledAt: events.cancelledAt,
      capacity: events.capacity,
      booked: sql<number>`(select count(*) from event_bookings b where b.event_id = "events"."id" and b.status in ('booked', 'attended'))::int`.mapWith(Number),
      waiting: sql<number>`(select count(*) from event_bookings b where b.event_id = "events"."id" and b.status = 'waitlisted')::int`.mapWith(Number),
    })
    .from(events)
    .orderBy(desc(events.startsAt));
}

export async function getAdminEvent(id: string) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  // Every column but the search vectors, which only the database reads.
  const { searchVector: _vector, searchLead: _lead, ...columns } = getTableColumns(events);
  const [row] = await db.select(columns).from(events).where(eq(events.id, id));
  if (!row) return null;
  const topicRows = await db.select({ slug: topics.slug }).from(eventTopics).innerJoin(topics, eq(topics.id, eventTopics.topicId)).where(eq(eventTopics.eventId, id));
  const tickets = await db.select().from(eventTicketTypes).where(eq(eventTicketTypes.eventId, id)).orderBy(asc(eventTicketTypes.position), asc(eventTicketTypes.name));
  return { ...row, topics: topicRows.map((t) => t.slug), tickets };
}

async function setTopics(tx: Parameters<Parameters<typeof db.transaction>[0]>[0], eventId: string, slugs: string[]) {
  await tx.delete(eventTopics).where(eq(eventTopics.eventId, eventId));
  if (slugs.length === 0) return;
  const rows = await tx.select({ id: topics.id }).from(topics).where(inArray(topics.slug, slugs));
  if (rows.length) await tx.insert(eventTopics).values(rows.map((r) => ({ eventId, topicId: r.id })));
}

export type EventSaveResult = { ok: true; id: string; slug: string; previousSlug: string | null } | { ok: false; reason: "slug-taken" | "conflict" | "gone" };

const isUniqueViolation = (error: unknown) => (error as { code?: string; cause?: { code?: string } }).code === "23505" || (error as { cause?: { code?: string } }).cause?.code === "23505";

/** Creates or updates an event (the version must match: two editors never overwrite each other), audited. */
export async function saveEvent(actorId: string, id: string | null, version: number, fields: EventFields): Promise<EventSaveResult> {
  const { topics: topicSlugs, ...columns } = fields;
  try {
    return await db.transaction(async (tx) => {
      if (!id) {
        const [row] = await tx.insert(events).values({ ...columns, authorId: actorId, updatedById: actorId }).returning({ id: events.id });
        await setTopics(tx, row!.id, topicSlugs);
        await recordAudit(tx, { actorId, action: "create",
      entityType: "event", entityId: row!.id, summary: `Created event “${fields.title}”` });
        return { ok: true as const, id: row!.id, slug: fields.slug, previousSlug: null };
      }
      const [before] = await tx.select({ slug: events.slug, version: events.version, status: events.status, publishedAt: events.publishedAt }).from(events).where(eq(events.id, id)).for("update");
      if (!before) return { ok: false as const, reason: "gone" as const };
      if (before.version !== version) return { ok: false as const, reason: "conflict" as const };
      await tx.update(events).set({ ...columns, updatedById: actorId, version: version + 1, updatedAt: new Date() }).where(eq(events.id, id));
      await setTopics(tx, id, topicSlugs);
      const action = auditAction(displayStatus(before.status, before.publishedAt), displayStatus(fields.status, fields.publishedAt));
      await recordAudit(tx, { actorId, action, entityType: "event", entityId: id, summary: `${auditVerbs[action]} event “${fields.title}”` });
      return { ok: true as const, id, slug: fields.slug, previousSlug: before.slug };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: "slug-taken" };
    throw error;
  }
}

export interface TicketFields {
  name: string;
  description: string;
  nonMemberPricePence: number | null;
  tierPrices: Record<string, number>;
  tiers: string[];
}

export async function addTicketType(actorId: string, eventId: string, ticket: TicketFields) {
  return db.transaction(async (tx) => {
    const [event] = await tx.select({ title: events.title }).from(events).where(eq(events.id, eventId));
    if (!event) return false;
    const [pos] = await tx.select({ n: sql<number>`coalesce(max(${eventTicketTypes.position}) + 1, 0)`.mapWith(Number) }).from(eventTicketTypes).where(eq(eventTicketTypes.eventId, eventId));
    await tx.insert(eventTicketTypes).values({ eventId, ...ticket, position: pos?.n ?? 0 });
    await recordAudit(tx, { actorId, action: "update",
      entityType: "event", entityId: eventId, summary: `Added ticket “${ticket.name}” to “${event.title}”`, changes: { ticket } });
    return true;
  });
}

/** Removes a ticket type nobody has booked (booked tickets stay, so bookings keep their ticket). */
export async function removeTicketType(actorId: string, eventId: string, ticketId: string): Promise<"removed" | "booked" | "gone"> {
  return db.transaction(async (tx) => {
    const [ticket] = await tx.select({ name: eventTicketTypes.name }).from(eventTicketTypes).where(and(eq(eventTicketTypes.id, ticketId), eq(eventTicketTypes.eventId, eventId)));
    if (!ticket) return "gone";
    const used = await tx.$count(eventBookings, and(eq(eventBookings.ticketTypeId, ticketId), inArray(eventBookings.status, ["booked", "attended", "waitlisted"])));
    if (used > 0) return "booked";
    await tx.delete(eventTicketTypes).where(eq(eventTicketTypes.id, ticketId));
    await recordAudit(tx, { actorId, action: "update",
      entityType: "event", entityId: eventId, summary: `Removed ticket “${ticket.name}”` });
    return "removed";
  });
}

/** Everyone booked, waiting or attended, for the bookings list, check-in and the CSV. */
export async function listEventBookings(eventId: string) {
  return db
    .select({
      id: eventBookings.id,
      status: eventBookings.status,
      name: accounts.name,
      email: accounts.email,
      ticketName: eventTicketTypes.name,
      pricePence: eventBookings.pricePence,
      bookedAt: eventBookings.createdAt,
      attendedAt: eventBookings.attendedAt,
      refundedAt: eventBookings.refundedAt,
    })
    .from(eventBookings)
    .innerJoin(accounts, eq(accounts.id, eventBookings.accountId))
    .leftJoin(eventTicketTypes, eq(eventTicketTypes.id, eventBookings.ticketTypeId))
    .where(eq(eventBookings.eventId, eventId))
    .orderBy(asc(accounts.sortName), asc(eventBookings.createdAt));
}

/** Staff mark (or unmark) attendance, audited with the CPD change it makes. */
export async function markAttendance(actorId: string, eventId: string, bookingId: string, attended: boolean) {
  return db.transaction(async (tx) => {
    const [own] = await tx.select({ id: eventBookings.id, name: accounts.name }).from(eventBookings).innerJoin(accounts, eq(accounts.id, eventBookings.accountId)).where(and(eq(eventBookings.id, bookingId), eq(eventBookings.eventId, eventId)));
    if (!own) return null;
    const booking = await setAttendance(tx, bookingId, attended);
    if (!booking) return null;
    await recordAudit(tx, {
      actorId,
      action: attended ? "mark-attendance" : "unmark-attendance",
      entityType: "booking",
      entityId: bookingId,
      summary: `${attended ? "Marked" : "Unmarked"} ${own.name} as attended “${booking.title}”${attended && booking.cpdHours > 0 ? ` (${booking.cpdHours} CPD hours)` : ""}`,
    });
    return booking;
  });
}

/**
 * Cancels the event: it stays listed as cancelled, every booking and place on the waitlist is
 * cancelled, and the payments to refund are returned (the caller refunds them through Stripe).
 */
export async function cancelEvent(actorId: string, eventId: string, now = new Date()) {
  return db.transaction(async (tx) => {
    const [event] = await tx.select({ id: events.id, title: events.title, cancelledAt: events.cancelledAt, slug: events.slug }).from(events).where(eq(events.id, eventId)).for("update");
    if (!event || event.cancelledAt) return null;
    await tx.update(events).set({ cancelledAt: now, updatedAt: now, version: sql`${events.version} + 1` }).where(eq(events.id, eventId));
    const affected = await tx
      .update(eventBookings)
      .set({ status: "cancelled", cancelledAt: now, updatedAt: now })
      .where(and(eq(eventBookings.eventId, eventId), inArray(eventBookings.status, ["booked", "waitlisted"])))
      .returning({ id: eventBookings.id, paymentIntentId: eventBookings.stripePaymentIntentId, pricePence: eventBookings.pricePence, refundedAt: eventBookings.refundedAt });
    await tx.update(eventWaitlistOffers).set({ outcome: "withdrawn" }).where(and(eq(eventWaitlistOffers.eventId, eventId), isNull(eventWaitlistOffers.outcome)));
    const refunds = affected.filter((b) => b.pricePence > 0 && b.paymentIntentId && !b.refundedAt);
    if (refunds.length) await tx.update(eventBookings).set({ refundedAt: now }).where(inArray(eventBookings.id, refunds.map((r) => r.id)));
    await recordAudit(tx, {
      actorId,
      action: "cancel-event",
      entityType: "event",
      entityId: eventId,
      summary: `Cancelled event “${event.title}”: ${affected.length} ${affected.length === 1 ? "booking" : "bookings"} cancelled, ${refunds.length} refunded`,
    });
    return { slug: event.slug, bookings: affected.map((b) => b.id), refunds: refunds.map((r) => ({ bookingId: r.id, paymentIntentId: r.paymentIntentId! })) };
  });
}

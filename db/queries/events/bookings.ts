import "server-only";
import { and, asc, desc, eq, gt, inArray, isNull, lte, sql } from "drizzle-orm";
import { db, type Executor, type Transaction } from "@/db";
import { accounts, cpdActivities, eventBookings, events, eventTicketTypes, eventWaitlistOffers } from "@/db/schema";
import { isLive } from "../shared";

/** "2026-05-14": the UK calendar day (en-CA writes dates as ISO). */
const londonDay = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London", year: "numeric", month: "2-digit", day: "2-digit" });

/** How long someone offered a freed place has to take it. */
export const OFFER_HOURS = 24;
const HOUR = 60 * 60 * 1000;

export type BookingOutcome = "booked" | "waitlisted" | "already-booked" | "already-waitlisted" | "closed" | "can-book" | "duplicate";

/**
 * Locks the event row: every change to its places (booking, cancelling, offering, expiring) takes
 * this lock first, so two people racing for the last place are served one after the other.
 */
async function lockEvent(tx: Transaction, eventId: string, now: Date) {
  const [row] = await tx
    .select({ id: events.id, capacity: events.capacity, startsAt: events.startsAt, cancelledAt: events.cancelledAt })
    .from(events)
    .where(and(eq(events.id, eventId), isLive(events)))
    .for("update");
  if (!row || row.cancelledAt || row.startsAt <= now) return null;
  return row;
}

/** Places free now: capacity less bookings and unexpired offers (read under the event's lock). */
async function freePlaces(tx: Executor, event: { id: string; capacity: number }, now: Date): Promise<number> {
  const [row] = await tx
    .select({
      taken: sql<number>`(
        (select count(*) from event_bookings b where b.event_id = ${event.id} and b.status in ('booked', 'attended'))
        + (select count(*) from event_waitlist_offers o where o.event_id = ${event.id} and o.outcome is null and o.expires_at > ${now.toISOString()}::timestamptz)
      )::int`.mapWith(Number),
    })
    .from(events)
    .where(eq(events.id, event.id));
  return Math.max(0, event.capacity - Number(row?.taken ?? 0));
}

interface BookingRequest {
  accountId: string;
  eventId: string;
  ticketTypeId: string;
  pricePence: number;
  now?: Date;
}

/**
 * Books a place (or joins the waitlist when none is free) in one transaction under the event's
 * lock. A booking held open by a waitlist offer to this person takes the offered place.
 */
export async function bookPlace(
  request: BookingRequest & {
    /** Paid through Stripe: books the place paid for. */
    payment?: { sessionId: string; paymentIntentId: string | null };
    /** Only join the waitlist; answer `can-book` when a place is there to pay for. */
    waitlistOnly?: boolean;
    /** First, in the transaction: false when this (a Stripe event) was handled before. */
    claim?: (tx: Transaction) => Promise<boolean>;
  },
): Promise<{ outcome: BookingOutcome; bookingId: string | null }> {
  const now = request.now ?? new Date();
  return db.transaction(async (tx) => {
    if (request.claim && !(await request.claim(tx))) return { outcome: "duplicate" as const, bookingId: null };
    // Paid for: books even after the start or a cancellation is impossible to undo here, so those are refunded by the caller.
    const event = await lockEvent(tx, request.eventId, now);
    if (!event) return { outcome: "closed" as const, bookingId: null };
    const [existing] = await tx
      .select({ id: eventBookings.id, status: eventBookings.status })
      .from(eventBookings)
      .where(and(eq(eventBookings.eventId, event.id), eq(eventBookings.accountId, request.accountId)));
    if (existing && (existing.status === "booked" || existing.status === "attended")) return { outcome: "already-booked" as const, bookingId: existing.id };
    const offer = existing?.status === "waitlisted" ? await openOfferOf(tx, existing.id, now) : null;
    if (existing?.status === "waitlisted" && !offer && !request.payment) return { outcome: "already-waitlisted" as const, bookingId: existing.id };
    const placed = offer !== null || (await freePlaces(tx, event, now)) > 0;
    if (request.waitlistOnly && placed) return { outcome: "can-book" as const, bookingId: existing?.id ?? null };
    const status = placed ? ("booked" as const) : ("waitlisted" as const);
    const values = {
      status,
      ticketTypeId: request.ticketTypeId,
      pricePence: request.pricePence,
      stripeCheckoutSessionId: request.payment?.sessionId ?? null,
      stripePaymentIntentId: request.payment?.paymentIntentId ?? null,
      cancelledAt: null,
      refundedAt: null,
      updatedAt: now,
    };
    let bookingId: string;
    if (existing) {
      await tx.update(eventBookings).set(values).where(eq(eventBookings.id, existing.id));
      bookingId = existing.id;
    } else {
      const [row] = await tx
        .insert(eventBookings)
        .values({ ...values, eventId: event.id, accountId: request.accountId, createdAt: now })
        .returning({ id: eventBookings.id });
      bookingId = row!.id;
    }
    if (offer) await tx.update(eventWaitlistOffers).set({ outcome: "accepted" }).where(eq(eventWaitlistOffers.id, offer.id));
    return { outcome: status, bookingId };
  });
}

async function openOfferOf(tx: Executor, bookingId: string, now: Date) {
  const [offer] = await tx
    .select({ id: eventWaitlistOffers.id, expiresAt: eventWaitlistOffers.expiresAt })
    .from(eventWaitlistOffers)
    .where(and(eq(eventWaitlistOffers.bookingId, bookingId), isNull(eventWaitlistOffers.outcome), gt(eventWaitlistOffers.expiresAt, now)));
  return offer ?? null;
}

export interface NewOffer {
  offerId: string;
  bookingId: string;
  eventId: string;
  expiresAt: Date;
}

/** Offers each free place to the next person waiting (oldest first) who has no open offer. */
async function offerFreePlaces(tx: Transaction, event: { id: string; capacity: number }, now: Date): Promise<NewOffer[]> {
  let free = await freePlaces(tx, event, now);
  if (free === 0) return [];
  const waiting = await tx
    .select({ id: eventBookings.id })
    .from(eventBookings)
    .where(
      and(
        eq(eventBookings.eventId, event.id),
        eq(eventBookings.status, "waitlisted"),
        sql`not exists (select 1 from event_waitlist_offers o where o.booking_id = "event_bookings"."id" and o.outcome is null)`,
      ),
    )
    .orderBy(asc(eventBookings.createdAt), asc(eventBookings.id))
    .limit(free);
  const offers: NewOffer[] = [];
  for (const w of waiting) {
    if (free-- <= 0) break;
    const expiresAt = new Date(now.getTime() + OFFER_HOURS * HOUR);
    const [row] = await tx.insert(eventWaitlistOffers).values({ bookingId: w.id, eventId: event.id, expiresAt, createdAt: now }).returning({ id: eventWaitlistOffers.id });
    offers.push({ offerId: row!.id, bookingId: w.id, eventId: event.id, expiresAt });
  }
  return offers;
}

export type CancelResult =
  | { ok: true; refundPaymentIntent: string | null; offers: NewOffer[]; eventId: string }
  | { ok: false; reason: "not-found" | "past-cutoff" };

/**
 * The member cancels their booking (or leaves the waitlist) up to the event's cut-off; a place
 * freed is offered to the next person waiting. Returns the payment to refund, if any.
 */
export async function cancelBooking(accountId: string, bookingId: string, now = new Date()): Promise<CancelResult> {
  return db.transaction(async (tx) => {
    const [booking] = await tx
      .select({ id: eventBookings.id, eventId: eventBookings.eventId, status: eventBookings.status, pi: eventBookings.stripePaymentIntentId, pricePence: eventBookings.pricePence })
      .from(eventBookings)
      .where(and(eq(eventBookings.id, bookingId), eq(eventBookings.accountId, accountId)));
    if (!booking || (booking.status !== "booked" && booking.status !== "waitlisted")) return { ok: false as const, reason: "not-found" as const };
    const event = await lockEvent(tx, booking.eventId, now);
    if (!event) return { ok: false as const, reason: "past-cutoff" as const };
    const [cutoff] = await tx.select({ hours: events.cancelCutoffHours }).from(events).where(eq(events.id, event.id));
    if (booking.status === "booked" && event.startsAt.getTime() - now.getTime() < (cutoff?.hours ?? 0) * HOUR) {
      return { ok: false as const, reason: "past-cutoff" as const };
    }
    const refund = booking.status === "booked" && booking.pricePence > 0 && booking.pi ? booking.pi : null;
    await tx
      .update(eventBookings)
      .set({ status: "cancelled", cancelledAt: now, updatedAt: now, ...(refund ? { refundedAt: now } : {}) })
      .where(eq(eventBookings.id, booking.id));
    await tx.update(eventWaitlistOffers).set({ outcome: "declined" }).where(and(eq(eventWaitlistOffers.bookingId, booking.id), isNull(eventWaitlistOffers.outcome)));
    const offers = await offerFreePlaces(tx, event, now);
    return { ok: true as const, refundPaymentIntent: refund, offers, eventId: event.id };
  });
}

/**
 * Offers past their time limit lapse: the person leaves the waitlist and the place goes to the
 * next. Safe to run any number of times, concurrently: each event is handled under its lock.
 */
export async function expireOffers(now = new Date()): Promise<NewOffer[]> {
  const due = await db
    .selectDistinct({ eventId: eventWaitlistOffers.eventId })
    .from(eventWaitlistOffers)
    .where(and(isNull(eventWaitlistOffers.outcome), lte(eventWaitlistOffers.expiresAt, now)));
  const offers: NewOffer[] = [];
  for (const { eventId } of due) {
    offers.push(
      ...(await db.transaction(async (tx) => {
        const [event] = await tx.select({ id: events.id, capacity: events.capacity, startsAt: events.startsAt }).from(events).where(eq(events.id, eventId)).for("update");
        if (!event) return [];
        const lapsed = await tx
          .update(eventWaitlistOffers)
          .set({ outcome: "expired" })
          .where(and(eq(eventWaitlistOffers.eventId, eventId), isNull(eventWaitlistOffers.outcome), lte(eventWaitlistOffers.expiresAt, now)))
          .returning({ bookingId: eventWaitlistOffers.bookingId });
        if (lapsed.length > 0) {
          await tx
            .update(eventBookings)
            .set({ status: "cancelled", cancelledAt: now, updatedAt: now })
            .where(and(inArray(eventBookings.id, lapsed.map((l) => l.bookingId)), eq(eventBookings.status, "waitlisted")));
        }
        return event.startsAt > now ? offerFreePlaces(tx, event, now) : [];
      })),
    );
  }
  return offers;
}

/** Who an offer or booking email goes to, and about what. */
export async function getBookingContext(bookingId: string) {
  const [row] = await db
    .select({
      bookingId: eventBookings.id,
      status: eventBookings.status,
      pricePence: eventBookings.pricePence,
      accountId: accounts.id,
      email: accounts.email,
      name: accounts.name,
      eventId: events.id,
      slug: events.slug,
      title: events.title,
      summary: events.summary,
      startsAt: events.startsAt,
      endsAt: events.endsAt,
      online: events.online,
      venueName: events.venueName,
      address: events.address,
      joinUrl: events.joinUrl,
      cpdHours: events.cpdHours,
      ticketName: eventTicketTypes.name,
      offerExpiresAt: sql<Date | null>`(select max(o.expires_at) from event_waitlist_offers o where o.booking_id = "event_bookings"."id" and o.outcome is null)`.mapWith((v) => (v ? new Date(v) : null)),
    })
    .from(eventBookings)
    .innerJoin(accounts, eq(accounts.id, eventBookings.accountId))
    .innerJoin(events, eq(events.id, eventBookings.eventId))
    .leftJoin(eventTicketTypes, eq(eventTicketTypes.id, eventBookings.ticketTypeId))
    .where(eq(eventBookings.id, bookingId));
  return row ?? null;
}

export type BookingContext = NonNullable<Awaited<ReturnType<typeof getBookingContext>>>;

/** The account's bookings, soonest event first, with any open offer and its certificate. */
export async function listAccountBookings(accountId: string) {
  return db
    .select({
      id: eventBookings.id,
      status: eventBookings.status,
      pricePence: eventBookings.pricePence,
      refundedAt: eventBookings.refundedAt,
      eventId: events.id,
      slug: events.slug,
      title: events.title,
      startsAt: events.startsAt,
      endsAt: events.endsAt,
      online: events.online,
      venueName: events.venueName,
      address: events.address,
      cancelCutoffHours: events.cancelCutoffHours,
      cancelledAt: events.cancelledAt,
      cpdHours: events.cpdHours,
      ticketName: eventTicketTypes.name,
      offerExpiresAt: sql<string | null>`(select max(o.expires_at)::text from event_waitlist_offers o where o.booking_id = "event_bookings"."id" and o.outcome is null)`,
    })
    .from(eventBookings)
    .innerJoin(events, eq(events.id, eventBookings.eventId))
    .leftJoin(eventTicketTypes, eq(eventTicketTypes.id, eventBookings.ticketTypeId))
    .where(eq(eventBookings.accountId, accountId))
    .orderBy(desc(events.startsAt));
}

/** The account's booking on an event, if any. */
export async function getAccountBooking(accountId: string, eventId: string) {
  const [row] = await db
    .select({ id: eventBookings.id, status: eventBookings.status })
    .from(eventBookings)
    .where(and(eq(eventBookings.accountId, accountId), eq(eventBookings.eventId, eventId)));
  return row ?? null;
}

/** Staff mark a booked person as attended (adding the event's CPD hours to their record) or not. */
export async function setAttendance(tx: Transaction, bookingId: string, attended: boolean, now = new Date()) {
  const [booking] = await tx
    .select({ id: eventBookings.id, status: eventBookings.status, accountId: eventBookings.accountId, title: events.title, startsAt: events.startsAt, cpdHours: events.cpdHours })
    .from(eventBookings)
    .innerJoin(events, eq(events.id, eventBookings.eventId))
    .where(eq(eventBookings.id, bookingId))
    .for("update", { of: eventBookings });
  if (!booking || (booking.status !== "booked" && booking.status !== "attended")) return null;
  if (attended) {
    await tx.update(eventBookings).set({ status: "attended", attendedAt: now, updatedAt: now }).where(eq(eventBookings.id, bookingId));
    if (booking.cpdHours > 0) {
      await tx
        .insert(cpdActivities)
        .values({ accountId: booking.accountId, title: booking.title, date: londonDay.format(booking.startsAt), hours: booking.cpdHours, bookingId })
        .onConflictDoNothing();
    }
  } else {
    await tx.update(eventBookings).set({ status: "booked", attendedAt: null, updatedAt: now }).where(eq(eventBookings.id, bookingId));
    await tx.delete(cpdActivities).where(eq(cpdActivities.bookingId, bookingId));
  }
  return booking;
}

/** The ticket type a booking (or waitlist place) is for. */
export async function getBookingTicket(bookingId: string): Promise<string | null> {
  const [row] = await db.select({ ticketTypeId: eventBookings.ticketTypeId }).from(eventBookings).where(eq(eventBookings.id, bookingId));
  return row?.ticketTypeId ?? null;
}

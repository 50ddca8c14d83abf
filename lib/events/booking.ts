import "server-only";
import type Stripe from "stripe";
import { bookPlace, cancelBooking, expireOffers, getBookingContext, type NewOffer } from "@/db/queries/events/bookings";
import { getLiveEvent } from "@/db/queries/events/public";
import { claimStripeEvent } from "@/db/queries/billing";
import type { Viewer } from "@/lib/access";
import { sendEmail } from "@/lib/email";
import { env } from "@/lib/env";
import { enqueueJob, type JobDefinition } from "@/lib/jobs/queue";
import { logger } from "@/lib/logger";
import { getStripe } from "@/lib/billing/stripe";
import { cancelledBookingEmail, confirmationEmail, offerEmail, waitlistedEmail } from "./emails";
import { ticketPriceFor } from "./price";

export type BookResult =
  | { kind: "booked" | "waitlisted" | "already-booked" | "already-waitlisted"; bookingId: string }
  | { kind: "checkout"; url: string }
  | { kind: "refused"; message: string };

const refused = (message: string): BookResult => ({ kind: "refused", message });

/**
 * Books `ticketTypeId` on the event for a signed-in account at the price `lib/events/price` gives
 * them. Free: booked at once (or waitlisted when full). Paid: a Stripe Checkout payment, booked by
 * the webhook; with no place free it joins the waitlist without paying.
 */
export async function bookTicket(viewer: Viewer & { email: string; name: string }, slug: string, ticketTypeId: string): Promise<BookResult> {
  const event = await getLiveEvent(slug);
  if (!event || event.cancelledAt || event.startsAt <= new Date()) return refused("This event is no longer taking bookings.");
  const ticket = event.tickets.find((t) => t.id === ticketTypeId);
  if (!ticket) return refused("Choose a ticket.");
  const offer = ticketPriceFor(ticket, viewer);
  if (!offer.available) return refused(offer.reason === "tier-required" ? "That ticket is for members of other tiers." : "That ticket is not sold to you.");
  const request = { accountId: viewer.id, eventId: event.id, ticketTypeId, pricePence: offer.pricePence };
  if (offer.pricePence === 0) {
    const result = await bookPlace(request);
    return afterBooking(result);
  }
  // Paid: with a place free (or offered to them), pay first; otherwise wait without paying.
  const waiting = await bookPlace({ ...request, waitlistOnly: true });
  if (waiting.outcome !== "can-book") return afterBooking(waiting);
  const stripe = getStripe();
  if (!stripe) return refused("Online payment is not available. Please contact the events team to book.");
  const session = await stripe.checkout.sessions.create({
    mode: "payment",
    customer_email: viewer.email,
    client_reference_id: viewer.id,
    line_items: [{ quantity: 1, price_data: { currency: "gbp", unit_amount: offer.pricePence, product_data: { name: `${event.title}: ${ticket.name}` } } }],
    success_url: `${env.SITE_URL}/account/bookings?paid=${encodeURIComponent(slug)}`,
    cancel_url: `${env.SITE_URL}/events/${encodeURIComponent(slug)}/book?cancelled=1`,
    metadata: { kind: "event-booking", account_id: viewer.id, event_id: event.id, ticket_type_id: ticketTypeId, price_pence: String(offer.pricePence) },
  });
  if (!session.url) return refused("Stripe did not return a payment page. Please try again.");
  return { kind: "checkout", url: session.url };
}

async function afterBooking(result: Awaited<ReturnType<typeof bookPlace>>): Promise<BookResult> {
  if (result.outcome === "closed" || !result.bookingId) return refused("This event is no longer taking bookings.");
  if (result.outcome === "can-book" || result.outcome === "duplicate") return refused("Please try again.");
  if (result.outcome === "booked" || result.outcome === "waitlisted") await notifyBooking(result.bookingId);
  return { kind: result.outcome, bookingId: result.bookingId };
}

async function notifyBooking(bookingId: string) {
  const context = await getBookingContext(bookingId);
  if (!context) return;
  await sendEmail(context.status === "waitlisted" ? waitlistedEmail(context) : confirmationEmail(context));
}

/**
 * `checkout.session.completed` for a ticket (payment mode): books the place, claiming the Stripe
 * event in the same transaction so a repeat changes nothing. Paid after the last place went: the
 * payment is refunded and the person waits on the waitlist.
 */
export async function confirmTicketPayment(event: Stripe.Event, session: Stripe.Checkout.Session): Promise<string> {
  const m = session.metadata ?? {};
  const paymentIntentId = typeof session.payment_intent === "string" ? session.payment_intent : (session.payment_intent?.id ?? null);
  const result = await bookPlace({
    accountId: m.account_id!,
    eventId: m.event_id!,
    ticketTypeId: m.ticket_type_id!,
    pricePence: Number(m.price_pence),
    payment: { sessionId: session.id, paymentIntentId },
    claim: (tx) => claimStripeEvent(tx, event.id, event.type, "applied"),
  });
  if (result.outcome === "duplicate") return "duplicate";
  if (result.outcome === "booked" && result.bookingId) {
    await notifyBooking(result.bookingId);
    return "applied";
  }
  if (paymentIntentId) await refundPayment(paymentIntentId, `late-${session.id}`);
  if (result.bookingId) await notifyBooking(result.bookingId);
  logger.warn({ session: session.id, outcome: result.outcome }, "ticket paid for without a place: refunded");
  return "refunded";
}

export async function refundPayment(paymentIntentId: string, key: string): Promise<void> {
  const stripe = getStripe();
  if (!stripe) throw new Error("Stripe is not configured: refund by hand");
  await stripe.refunds.create({ payment_intent: paymentIntentId }, { idempotencyKey: `refund-${key}` });
}

export type CancelOutcome = { ok: true } | { ok: false; message: string };

/** The member cancels (refunding a paid ticket); the freed place is offered to the next person waiting. */
export async function cancelMyBooking(accountId: string, bookingId: string): Promise<CancelOutcome> {
  const before = await getBookingContext(bookingId);
  const result = await cancelBooking(accountId, bookingId);
  if (!result.ok) {
    return { ok: false, message: result.reason === "past-cutoff" ? "It is too late to cancel this booking online. Please contact the events team." : "That booking cannot be cancelled." };
  }
  if (result.refundPaymentIntent) await refundPayment(result.refundPaymentIntent, bookingId);
  if (before) await sendEmail(cancelledBookingEmail(before, result.refundPaymentIntent !== null));
  await announceOffers(result.offers);
  return { ok: true };
}

/** Emails each new offer and queues its expiry at its time limit. */
export async function announceOffers(offers: readonly NewOffer[]): Promise<void> {
  for (const offer of offers) {
    const context = await getBookingContext(offer.bookingId);
    if (context) await sendEmail(offerEmail(context, offer.expiresAt));
    await enqueueJob(waitlistOffersJob.name, {}, { key: `offer-${offer.offerId}`, startAfter: offer.expiresAt }).catch((error: unknown) =>
      logger.warn({ err: error, offer: offer.offerId }, "offer expiry not queued; the regular sweep expires it"),
    );
  }
}

/** Lapses offers past their time limit and offers those places on: queued at each expiry, and every ten minutes. */
export const waitlistOffersJob: JobDefinition = {
  name: "event-waitlist-offers",
  cron: "*/10 * * * *",
  run: async () => announceOffers(await expireOffers()),
};

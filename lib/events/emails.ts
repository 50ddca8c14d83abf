import "server-only";
import type { BookingContext } from "@/db/queries/events/bookings";
import type { EmailAttachment } from "@/db/schema";
import type { EmailMessage } from "@/lib/email";
import { env } from "@/lib/env";
import { formatDateTime } from "@/lib/format";
import { site } from "@/lib/site";
import { eventLocation, formatEventWhen } from "./format";
import { addToCalendarLinks, eventIcs, type CalendarEvent } from "./ics";
import { formatTicketPrice } from "./price";

type EventFacts = Pick<BookingContext, "slug" | "title" | "summary" | "startsAt" | "endsAt" | "online" | "venueName" | "address"> & { eventId: string };

export function calendarEventOf(e: EventFacts, cancelled = false): CalendarEvent {
  return {
    uid: `event-${e.eventId}@${new URL(env.SITE_URL).hostname}`,
    title: e.title,
    summary: e.summary,
    startsAt: e.startsAt,
    endsAt: e.endsAt,
    location: eventLocation(e),
    url: `${env.SITE_URL}/events/${e.slug}`,
    cancelled,
  };
}

export function icsAttachment(e: EventFacts, cancelled = false): EmailAttachment {
  return { filename: `${e.slug}.ics`, contentType: "text/calendar; charset=utf-8", content: Buffer.from(eventIcs(calendarEventOf(e, cancelled))).toString("base64") };
}

const hello = (name: string) => `Hello ${name},\n\n`;
const bye = `\n${site.name}\n`;
const bookings = () => `${env.SITE_URL}/account/bookings`;

function whereAndWhen(c: BookingContext) {
  const where = c.online ? `Online${c.joinUrl ? `: join at ${c.joinUrl}` : " (the joining link follows before the day)"}` : eventLocation(c);
  return `When: ${formatEventWhen(c.startsAt, c.endsAt)}\nWhere: ${where}\n`;
}

export function confirmationEmail(c: BookingContext): EmailMessage {
  const links = addToCalendarLinks(calendarEventOf(c));
  return {
    to: c.email,
    subject: `Booking confirmed: ${c.title}`,
    text: `${hello(c.name)}Your place at ${c.title} is booked${c.ticketName ? ` (${c.ticketName}, ${formatTicketPrice(c.pricePence)})` : ""}.\n\n${whereAndWhen(c)}\nThe attached file adds it to your calendar, or use one of these:\nGoogle Calendar: ${links.google}\nOutlook: ${links.outlook}\n\nYour bookings: ${bookings()}\n${bye}`,
    attachments: [icsAttachment(c)],
  };
}

export function waitlistedEmail(c: BookingContext): EmailMessage {
  return {
    to: c.email,
    subject: `You are on the waitlist: ${c.title}`,
    text: `${hello(c.name)}${c.title} is full, so you are on its waitlist. If a place comes free we will email you, and you will have ${"a limited time"} to take it.\n\n${whereAndWhen(c)}\nYour bookings: ${bookings()}\n${bye}`,
  };
}

export function offerEmail(c: BookingContext, expiresAt: Date): EmailMessage {
  return {
    to: c.email,
    subject: `A place is free: ${c.title}`,
    text: `${hello(c.name)}A place has come free at ${c.title} and it is yours if you take it by ${formatDateTime(expiresAt)}. After that it goes to the next person waiting.\n\n${whereAndWhen(c)}\nTake the place: ${bookings()}\n${bye}`,
  };
}

export function cancelledBookingEmail(c: BookingContext, refunded: boolean): EmailMessage {
  return {
    to: c.email,
    subject: `Booking cancelled: ${c.title}`,
    text: `${hello(c.name)}Your booking for ${c.title} is cancelled.${refunded ? ` Your payment of ${formatTicketPrice(c.pricePence)} is being refunded to your card.` : ""}\n${bye}`,
  };
}

export function eventCancelledEmail(c: BookingContext, refunded: boolean): EmailMessage {
  return {
    to: c.email,
    subject: `Event cancelled: ${c.title}`,
    text: `${hello(c.name)}We are sorry: ${c.title}, planned for ${formatEventWhen(c.startsAt, c.endsAt)}, has been cancelled.${refunded ? ` Your payment of ${formatTicketPrice(c.pricePence)} is being refunded to your card.` : ""}\n\nThe attached file removes it from your calendar.\n${bye}`,
    attachments: [icsAttachment(c, true)],
  };
}

export function reminderEmail(
  r: { email: string; name: string; title: string; slug: string; startsAt: Date; endsAt: Date; online: boolean; venueName: string; address: string; joinUrl: string },
  kind: "week" | "day",
): EmailMessage {
  const where = r.online ? `Online${r.joinUrl ? `: join at ${r.joinUrl}` : ""}` : eventLocation(r);
  return {
    to: r.email,
    subject: `${kind === "week" ? "Next week" : "Tomorrow"}: ${r.title}`,
    text: `${hello(r.name)}A reminder that ${r.title} is ${kind === "week" ? "a week away" : "tomorrow"}.\n\nWhen: ${formatEventWhen(r.startsAt, r.endsAt)}\nWhere: ${where}\nEvent page: ${env.SITE_URL}/events/${r.slug}\n\nCan't come? Cancel at ${bookings()} so someone on the waitlist can have your place.\n${bye}`,
  };
}

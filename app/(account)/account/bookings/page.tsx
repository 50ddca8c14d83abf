import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { listAccountBookings } from "@/db/queries/events/bookings";
import { listCertificateCodes } from "@/db/queries/events/cpd";
import { ActionButtonForm } from "@/components/billing/action-button-form";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { requireViewer } from "@/lib/auth/viewer";
import { eventLocation, formatEventWhen, formatHours } from "@/lib/events/format";
import { addToCalendarLinks } from "@/lib/events/ics";
import { calendarEventOf } from "@/lib/events/emails";
import { formatTicketPrice } from "@/lib/events/price";
import { formatDateTime } from "@/lib/format";
import { first, type SearchParams } from "@/lib/params";
import { cancelBookingAction, takeOfferAction } from "./actions";

export const metadata: Metadata = { title: "Your bookings" };

const HOUR = 3_600_000;
const statusText = { booked: "Booked", waitlisted: "On the waitlist", cancelled: "Cancelled", attended: "Attended" } as const;

export default async function BookingsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requireViewer("/account/bookings");
  const [bookings, codes, query] = await Promise.all([listAccountBookings(viewer.id), listCertificateCodes(viewer.id), searchParams]);
  const now = new Date();
  const notice = first(query.booked)
    ? "Your place is booked. We have emailed you the details and a calendar file."
    : first(query.paid)
      ? "Thank you: your payment is being confirmed. Your booking shows here within a minute; we email you when it does."
      : first(query.waitlisted)
        ? "The event is full, so you are on the waitlist. We will email you if a place comes free."
        : first(query.cancelled)
          ? "Your booking is cancelled."
          : null;
  const upcoming = bookings.filter((b) => b.endsAt > now);
  const past = bookings.filter((b) => b.endsAt <= now);

  const card = (b: (typeof bookings)[number]) => {
    const code = codes.find((c) => c.bookingId === b.id)?.code;
    const canCancel = (b.status === "booked" && b.startsAt.getTime() - now.getTime() >= b.cancelCutoffHours * HOUR) || b.status === "waitlisted";
    const links = b.status === "booked" ? addToCalendarLinks(calendarEventOf({ ...b, summary: "" })) : null;
    const offerEnds = b.offerExpiresAt ? new Date(b.offerExpiresAt) : null;
    return (
      <li key={b.id} className="rounded-xl border border-line bg-paper p-5">
        <h3 className="text-xl font-semibold">
          <Link href={`/events/${b.slug}`}>{b.title}</Link>
        </h3>
        <p className="mt-1">{formatEventWhen(b.startsAt, b.endsAt)}</p>
        <p className="text-muted">{eventLocation(b)}</p>
        <p className="mt-2">
          <span className="font-semibold">{b.cancelledAt ? "Event cancelled" : statusText[b.status]}</span>
          {b.ticketName && ` · ${b.ticketName}, ${formatTicketPrice(b.pricePence)}`}
          {b.refundedAt && " · refunded"}
        </p>
        {offerEnds && offerEnds > now && (
          <div className="mt-3 rounded-md border-l-4 border-emerald-700 bg-emerald-50 p-4">
            <p className="font-semibold">A place is free for you until {formatDateTime(offerEnds)}.</p>
            <div className="mt-3">
              <ActionButtonForm action={takeOfferAction.bind(null, b.id)} label="Take the place" pendingText="Booking…" />
            </div>
          </div>
        )}
        <div className="mt-3 flex flex-wrap items-start gap-x-5 gap-y-3">
          {links && (
            <>
              <a href={`/account/bookings/${b.id}/calendar.ics`}>Add to calendar (.ics)<span className="sr-only">: {b.title}</span></a>
              <a href={links.google}>Google Calendar<span className="sr-only">: {b.title}</span></a>
              <a href={links.outlook}>Outlook<span className="sr-only">: {b.title}</span></a>
            </>
          )}
          {b.status === "attended" && b.cpdHours > 0 && (
            <a href={`/account/bookings/${b.id}/certificate.pdf`}>
              Download certificate ({formatHours(b.cpdHours)} CPD)<span className="sr-only">: {b.title}</span>
            </a>
          )}
          {code && <span className="text-sm text-muted">Certificate code {code}</span>}
        </div>
        {canCancel && !b.cancelledAt && (
          <div className="mt-4">
            <ActionButtonForm action={cancelBookingAction.bind(null, b.id)} label={b.status === "waitlisted" ? `Leave the waitlist for ${b.title}` : `Cancel booking for ${b.title}`} pendingText="Cancelling…" />
          </div>
        )}
      </li>
    );
  };

  return (
    <>
      <PageHeader title="Your bookings" lead="Events you have booked, are waiting for, or attended." />
      <Container className="max-w-4xl py-10">
        {notice && (
          <p role="status" className="mb-6 rounded-md border-l-4 border-emerald-700 bg-emerald-50 p-4 font-medium">
            {notice}
          </p>
        )}
        <h2 className="text-2xl font-semibold text-brand-900">Upcoming</h2>
        {upcoming.length === 0 ? (
          <p className="mt-3">
            No upcoming bookings. <Link href="/events">Find an event</Link>.
          </p>
        ) : (
          <ul className="mt-4 space-y-4">{upcoming.map(card)}</ul>
        )}
        <h2 className="mt-10 text-2xl font-semibold text-brand-900">Past</h2>
        {past.length === 0 ? <p className="mt-3">None yet.</p> : <ul className="mt-4 space-y-4">{past.map(card)}</ul>}
        <p className="mt-10">
          <Link href="/account/cpd">Your CPD record</Link>
        </p>
      </Container>
    </>
  );
}

import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getAdminEvent, listEventBookings } from "@/db/queries/events/admin";
import { requireStaff } from "@/lib/auth/viewer";
import { formatEventWhen } from "@/lib/events/format";
import { formatTicketPrice } from "@/lib/events/price";
import { first, type SearchParams } from "@/lib/params";
import { ActionForm } from "../../../_components/action-form";
import { AdminPage, buttonClass } from "../../../_components/admin-page";
import { Notice } from "../../../_components/notice";
import { cancelEventAction, markAttendanceAction } from "../../actions";

export const metadata: Metadata = { title: "Bookings and check-in" };

const statusText = { booked: "Booked", waitlisted: "Waiting", cancelled: "Cancelled", attended: "Attended" } as const;

/** The bookings and the check-in list: one card per person, a large button each, usable on a phone at the door. */
export default async function EventBookingsPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const { id } = await params;
  await requireStaff(`/admin/events/${id}/bookings`);
  const [event, query] = await Promise.all([getAdminEvent(id), searchParams]);
  if (!event) notFound();
  const bookings = await listEventBookings(event.id);
  const present = bookings.filter((b) => b.status === "booked" || b.status === "attended");
  const others = bookings.filter((b) => b.status !== "booked" && b.status !== "attended");
  const attended = present.filter((b) => b.status === "attended").length;
  const cancelledCount = first(query.cancelled);
  return (
    <AdminPage
      title={`Bookings: ${event.title}`}
      lead={
        <>
          {formatEventWhen(event.startsAt, event.endsAt)}. <Link href={`/admin/events/${event.id}`}>Edit the event</Link> · <Link href="/admin/events">All events</Link>
        </>
      }
      actions={
        <a href={`/admin/events/${event.id}/attendees.csv`} className={buttonClass.secondary}>
          Download attendee list (CSV)
        </a>
      }
    >
      {cancelledCount !== undefined && (
        <Notice>
          Event cancelled. {cancelledCount} {cancelledCount === "1" ? "person was" : "people were"} told by email{first(query.refundFailures) ? `; ${first(query.refundFailures)} refunds failed: refund them in Stripe's dashboard` : "; paid tickets were refunded"}.
        </Notice>
      )}
      <h2 className="text-2xl font-semibold text-brand-900">Check-in</h2>
      <p className="mt-1 text-muted" role="status">
        {attended} of {present.length} checked in · {event.capacity} places
      </p>
      {present.length === 0 ? (
        <p className="mt-4">Nobody is booked yet.</p>
      ) : (
        <ul className="mt-4 grid gap-3 md:grid-cols-2">
          {present.map((b) => (
            <li key={b.id} id={`booking-${b.id}`} className={`rounded-xl border p-4 ${b.status === "attended" ? "border-emerald-700 bg-emerald-50" : "border-line bg-paper"}`}>
              <p className="text-lg font-semibold">{b.name}</p>
              <p className="text-sm text-muted">
                {b.email} · {b.ticketName ?? "Ticket"} · {formatTicketPrice(b.pricePence)}
              </p>
              <p className="mt-1 font-semibold">{statusText[b.status]}</p>
              <div className="mt-3">
                {b.status === "attended" ? (
                  <ActionForm action={markAttendanceAction.bind(null, event.id, b.id, false)} id={`undo-${b.id}`} label={`Undo check-in for ${b.name}`} pendingLabel="Saving…" tone="secondary" />
                ) : (
                  <ActionForm action={markAttendanceAction.bind(null, event.id, b.id, true)} id={`check-${b.id}`} label={`Check in ${b.name}`} pendingLabel="Checking in…" tone="primary" />
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
      {others.length > 0 && (
        <>
          <h2 className="mt-10 text-2xl font-semibold text-brand-900">Waitlist and cancelled</h2>
          <ul className="mt-4 space-y-2">
            {others.map((b) => (
              <li key={b.id}>
                {b.name} ({b.email}): {statusText[b.status]}
                {b.refundedAt && ", refunded"}
              </li>
            ))}
          </ul>
        </>
      )}
      {!event.cancelledAt && (
        <section className="mt-12 border-t border-line pt-6" aria-labelledby="cancel-heading">
          <h2 id="cancel-heading" className="text-xl font-semibold text-red-900">
            Cancel this event
          </h2>
          <p className="mt-1 text-muted">Everyone booked or waiting is emailed, and paid tickets are refunded through Stripe. This cannot be undone.</p>
          <div className="mt-3">
            <ActionForm
              action={cancelEventAction.bind(null, event.id)}
              id={`cancel-${event.id}`}
              label="Cancel event"
              pendingLabel="Cancelling…"
              tone="danger"
              confirm={<>Cancel “{event.title}” and tell {present.length + others.filter((o) => o.status === "waitlisted").length} people?</>}
              confirmLabel="Yes, cancel the event"
            />
          </div>
        </section>
      )}
    </AdminPage>
  );
}

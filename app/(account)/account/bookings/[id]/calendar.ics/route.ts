import { getBookingContext } from "@/db/queries/events/bookings";
import { getViewer } from "@/lib/auth/viewer";
import { calendarEventOf } from "@/lib/events/emails";
import { eventIcs } from "@/lib/events/ics";

export const dynamic = "force-dynamic";

/** The booked event as an iCalendar file, for its own member only. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await getViewer();
  if (!viewer) return new Response("Sign in to download this file.", { status: 401 });
  const { id } = await params;
  const booking = /^[0-9a-f-]{36}$/i.test(id) ? await getBookingContext(id) : null;
  if (!booking || booking.accountId !== viewer.id) return new Response("Not found", { status: 404 });
  return new Response(eventIcs(calendarEventOf(booking)), {
    headers: { "Content-Type": "text/calendar; charset=utf-8", "Content-Disposition": `attachment; filename="${booking.slug}.ics"`, "Cache-Control": "private, no-store" },
  });
}

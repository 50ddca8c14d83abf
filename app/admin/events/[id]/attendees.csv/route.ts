import { stringify } from "csv-stringify/sync";
import { getAdminEvent, listEventBookings } from "@/db/queries/events/admin";
import { getViewer } from "@/lib/auth/viewer";
import { staffRefusal } from "@/lib/admin/guard";
import { formatTicketPrice } from "@/lib/events/price";

export const dynamic = "force-dynamic";

/** Cells a spreadsheet would run as a formula are prefixed with an apostrophe. */
const safe = (v: string) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v);

/** The attendee list (booked and attended) as CSV, for staff. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await getViewer();
  if (staffRefusal(viewer, "staff")) return new Response("Only staff can download this.", { status: 403 });
  const { id } = await params;
  const event = await getAdminEvent(id);
  if (!event) return new Response("Not found", { status: 404 });
  const rows = (await listEventBookings(event.id)).filter((b) => b.status === "booked" || b.status === "attended");
  const csv = stringify([
    ["Name", "Email", "Ticket", "Price", "Status", "Booked at"],
    ...rows.map((b) => [safe(b.name), safe(b.email), safe(b.ticketName ?? ""), formatTicketPrice(b.pricePence), b.status, b.bookedAt.toISOString()]),
  ]);
  return new Response(csv, {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${event.slug}-attendees.csv"`, "Cache-Control": "private, no-store" },
  });
}

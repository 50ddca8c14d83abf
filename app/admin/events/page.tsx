import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { listAdminEvents } from "@/db/queries/events/admin";
import { requireStaff } from "@/lib/auth/viewer";
import { eventTypeLabels } from "@/lib/events/format";
import { formatDateTime } from "@/lib/format";
import { AdminPage, buttonClass } from "../_components/admin-page";
import { AdminTable } from "../_components/admin-table";
import { StatusBadge } from "../_components/status-badge";

export const metadata: Metadata = { title: "Events" };

export default async function AdminEventsPage() {
  await requireStaff("/admin/events");
  const rows = await listAdminEvents();
  return (
    <AdminPage
      title="Events"
      lead="Conferences, webinars, training and meetings: details, tickets, bookings and check-in."
      actions={
        <Link href="/admin/events/new" className={buttonClass.primary}>
          New event
        </Link>
      }
    >
      <AdminTable
        caption="Events, latest first"
        rows={rows}
        empty="No events yet."
        columns={[
          {
            header: "Event",
            cell: (e) => (
              <>
                <Link href={`/admin/events/${e.id}`} className="font-semibold">
                  {e.title}
                </Link>
                <span className="block text-muted">{eventTypeLabels[e.type]}</span>
              </>
            ),
          },
          { header: "Starts", cell: (e) => formatDateTime(e.startsAt) },
          {
            header: "Status",
            cell: (e) => (e.cancelledAt ? <span className="font-semibold text-red-800">Cancelled</span> : <StatusBadge status={e.status} publishedAt={e.publishedAt} />),
          },
          {
            header: "Booked",
            cell: (e) => (
              <>
                {e.booked} of {e.capacity}
                {e.waiting > 0 && <span className="block text-muted">{e.waiting} waiting</span>}
              </>
            ),
          },
          {
            header: "Bookings",
            cell: (e) => (
              <Link href={`/admin/events/${e.id}/bookings`}>
                Bookings and check-in<span className="sr-only">: {e.title}</span>
              </Link>
            ),
          },
        ]}
      />
    </AdminPage>
  );
}

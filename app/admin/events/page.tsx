import type { Metadata } from "next";
import Link from "next/link";
import { listAdminEvents } from "@/db/queries/events/admin";
import { requireStaff } from "@/lib/auth/viewer";
import { eventTypeLabels } from "@/lib/events/format";
import { formatDateTime } from "@/lib/format";
import { AdminPage, buttonClass, tableClass } from "../_components/admin-page";
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
      <div className={tableClass.wrap}>
        <table className={tableClass.table}>
          <caption className="sr-only">Events, latest first</caption>
          <thead>
            <tr>
              <th scope="col" className={tableClass.th}>Event</th>
              <th scope="col" className={tableClass.th}>Starts</th>
              <th scope="col" className={tableClass.th}>Status</th>
              <th scope="col" className={tableClass.th}>Booked</th>
              <th scope="col" className={tableClass.th}>Bookings</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((e) => (
              <tr key={e.id}>
                <td className={tableClass.td}>
                  <Link href={`/admin/events/${e.id}`} className="font-semibold">
                    {e.title}
                  </Link>
                  <span className="block text-muted">{eventTypeLabels[e.type]}</span>
                </td>
                <td className={tableClass.td}>{formatDateTime(e.startsAt)}</td>
                <td className={tableClass.td}>{e.cancelledAt ? <span className="font-semibold text-red-800">Cancelled</span> : <StatusBadge status={e.status} publishedAt={e.publishedAt} />}</td>
                <td className={tableClass.td}>
                  {e.booked} of {e.capacity}
                  {e.waiting > 0 && <span className="block text-muted">{e.waiting} waiting</span>}
                </td>
                <td className={tableClass.td}>
                  <Link href={`/admin/events/${e.id}/bookings`}>
                    Bookings and check-in<span className="sr-only">: {e.title}</span>
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </AdminPage>
  );
}

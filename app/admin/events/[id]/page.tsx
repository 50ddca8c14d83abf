import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { displayStatus } from "@/db/queries/content/status";
import { materialAudience } from "@/components/events/material-list";
import { getAdminEvent } from "@/db/queries/events/admin";
import { listConfirmedAttendees } from "@/db/queries/events/messages";
import { listMaterialTeasers } from "@/db/queries/events/public";
import { listTiers, listTopics } from "@/db/queries/taxonomy";
import { requireStaff } from "@/lib/auth/viewer";
import { toLondonDateTime } from "@/lib/dates";
import { formatTicketPrice } from "@/lib/events/price";
import { env } from "@/lib/env";
import { fileKind, formatBytes } from "@/lib/format";
import { FORM_FILE_MAX_BYTES } from "@/lib/uploads/form-file";
import { first, type SearchParams } from "@/lib/params";
import { ActionForm } from "../../_components/action-form";
import { AdminPage, tableClass } from "../../_components/admin-page";
import { Notice } from "../../_components/notice";
import { addMaterialAction, addTicketAction, messageAttendeesAction, removeMaterialAction, removeTicketAction } from "../actions";
import { EventForm } from "../_components/event-form";
import { MaterialForm } from "../_components/material-form";
import { MessageForm } from "../_components/message-form";
import { TicketForm } from "../_components/ticket-form";

export const metadata: Metadata = { title: "Edit event" };

export default async function EditEventPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const { id } = await params;
  await requireStaff(`/admin/events/${id}`);
  const [event, topics, tiers, query] = await Promise.all([getAdminEvent(id), listTopics(), listTiers(), searchParams]);
  if (!event) notFound();
  const [attendees, materials] = await Promise.all([listConfirmedAttendees(event.id).then((r) => r.length), listMaterialTeasers(event.id)]);
  const paid = tiers.filter((t) => t.slug !== "free");
  const notice = first(query.created) ? "Event created. Now add its tickets." : first(query.saved) ? "Changes saved." : first(query.ticket) === "added" ? "Ticket added." : first(query.ticket) === "removed" ? "Ticket removed." : first(query.material) === "added" ? "Material added." : first(query.material) === "removed" ? "Material removed." : null;
  return (
    <AdminPage
      title={event.title}
      lead={
        <>
          <Link href={`/admin/events/${event.id}/bookings`}>Bookings and check-in</Link> · <Link href={`/events/${event.slug}`}>View on the site</Link> · <Link href="/admin/events">All events</Link>
        </>
      }
    >
      {notice && <Notice>{notice}</Notice>}
      {event.cancelledAt && <p className="mb-6 rounded-md border-l-4 border-red-700 bg-red-50 p-4 font-semibold text-red-900">This event is cancelled.</p>}
      <section aria-labelledby="tickets-heading" className="mb-10">
        <h2 id="tickets-heading" className="text-2xl font-semibold text-brand-900">
          Tickets
        </h2>
        {event.tickets.length === 0 ? (
          <p className="mt-3">No tickets yet: nobody can book until you add one.</p>
        ) : (
          <div className={tableClass.wrap}>
            <table className={tableClass.table}>
              <caption className="sr-only">Ticket types and prices</caption>
              <thead>
                <tr>
                  <th scope="col" className={tableClass.th}>Ticket</th>
                  <th scope="col" className={tableClass.th}>Non-members</th>
                  {paid.map((t) => (
                    <th key={t.slug} scope="col" className={tableClass.th}>
                      {t.name}
                    </th>
                  ))}
                  <th scope="col" className={tableClass.th}>Remove</th>
                </tr>
              </thead>
              <tbody>
                {event.tickets.map((ticket) => (
                  <tr key={ticket.id}>
                    <td className={tableClass.td}>
                      {ticket.name}
                      {ticket.tiers.length > 0 && <span className="block text-muted">Only for {ticket.tiers.map((s) => tiers.find((t) => t.slug === s)?.name ?? s).join(", ")}</span>}
                    </td>
                    <td className={tableClass.td}>{ticket.nonMemberPricePence === null ? "Not sold" : formatTicketPrice(ticket.nonMemberPricePence)}</td>
                    {paid.map((t) => (
                      <td key={t.slug} className={tableClass.td}>
                        {ticket.tierPrices[t.slug] !== undefined ? formatTicketPrice(ticket.tierPrices[t.slug]!) : "Non-member price"}
                      </td>
                    ))}
                    <td className={tableClass.td}>
                      <ActionForm action={removeTicketAction.bind(null, event.id, ticket.id)} id={ticket.id} label={`Remove ${ticket.name}`} pendingLabel="Removing…" tone="dangerOutline" />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <h3 className="mt-6 text-xl font-semibold">Add a ticket</h3>
        <div className="mt-3">
          <TicketForm action={addTicketAction.bind(null, event.id)} tiers={paid} />
        </div>
      </section>
      <section aria-labelledby="materials-heading" className="mb-10">
        <h2 id="materials-heading" className="text-2xl font-semibold text-brand-900">
          Materials
        </h2>
        <p className="mt-1 text-muted">Slides, recordings and handouts, listed on the event page and opened only by those you choose.</p>
        {materials.length === 0 ? (
          <p className="mt-3">No materials yet.</p>
        ) : (
          <ul className="mt-3 space-y-3">
            {materials.map((m) => (
              <li key={m.id} className="rounded-xl border border-line p-4">
                <p className="font-semibold">{m.title}</p>
                <p className="text-sm text-muted">
                  {m.filename} ({fileKind(m.contentType)}, {formatBytes(m.size)}) · For: {materialAudience(m, tiers)}
                </p>
                <div className="mt-2">
                  <ActionForm action={removeMaterialAction.bind(null, event.id, m.id)} id={m.id} label={`Remove ${m.title}`} pendingLabel="Removing…" tone="dangerOutline" confirm={<p>Remove “{m.title}”? Nobody will be able to open it.</p>} confirmLabel="Yes, remove it" />
                </div>
              </li>
            ))}
          </ul>
        )}
        <h3 className="mt-6 text-xl font-semibold">Add a material</h3>
        <div className="mt-3">
          <MaterialForm action={addMaterialAction.bind(null, event.id)} tiers={paid} maxBytes={Math.min(env.MAX_UPLOAD_BYTES, FORM_FILE_MAX_BYTES)} />
        </div>
      </section>
      <section aria-labelledby="message-heading" className="mb-10">
        <h2 id="message-heading" className="text-2xl font-semibold text-brand-900">
          Message attendees
        </h2>
        <p className="mt-1 text-muted">
          Emails the {attendees} {attendees === 1 ? "person" : "people"} with a confirmed place (not those on the waitlist or who cancelled), once each.
        </p>
        <div className="mt-3">
          <MessageForm action={messageAttendeesAction.bind(null, event.id)} />
        </div>
      </section>
      <h2 className="mb-4 text-2xl font-semibold text-brand-900">Details</h2>
      <EventForm
        topics={topics}
        values={{
          id: event.id,
          version: event.version,
          title: event.title,
          slug: event.slug,
          type: event.type,
          summary: event.summary,
          body: event.body,
          featureImage: event.featureImage,
          featureImageAlt: event.featureImageAlt,
          startsAt: toLondonDateTime(event.startsAt).slice(0, 16),
          endsAt: toLondonDateTime(event.endsAt).slice(0, 16),
          online: event.online,
          venueName: event.venueName,
          address: event.address,
          mapUrl: event.mapUrl,
          joinUrl: event.joinUrl,
          capacity: String(event.capacity),
          cpdHours: String(event.cpdHours),
          cancelCutoffHours: String(event.cancelCutoffHours),
          topics: event.topics,
          status: displayStatus(event.status, event.publishedAt),
          publishAt: event.publishedAt ? toLondonDateTime(event.publishedAt) : "",
        }}
      />
    </AdminPage>
  );
}

import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import { db, type Executor } from "@/db";
import { accounts, eventBookings, events, type EmailAttachment } from "@/db/schema";
import { recordAudit } from "../audit";
import { addToOutbox } from "../outbox";

/** Who a message to an event's attendees goes to: confirmed bookings (booked or attended), never waiting or cancelled. */
export interface AttendeeRecipient {
  accountId: string;
  email: string;
  name: string;
}

type Message = { to: string; subject: string; text: string; attachments?: EmailAttachment[] };

/**
 * People holding a confirmed place, one row each (a booking is unique per account and event).
 * Disabled accounts, erased ones among them, are left out, as reminders leave them out.
 */
export function listConfirmedAttendees(eventId: string, executor: Executor = db): Promise<AttendeeRecipient[]> {
  return executor
    .select({ accountId: accounts.id, email: accounts.email, name: accounts.name })
    .from(eventBookings)
    .innerJoin(accounts, eq(accounts.id, eventBookings.accountId))
    .where(and(eq(eventBookings.eventId, eventId), inArray(eventBookings.status, ["booked", "attended"]), eq(accounts.disabled, false)))
    .orderBy(asc(accounts.sortName), asc(accounts.id));
}

/**
 * Writes one outbox email per confirmed attendee and the audit row in one transaction, so the
 * record says exactly who was sent what. Returns the stored messages for delivery (SMTP), or null
 * when the event does not exist.
 */
export async function recordAttendeeMessage(
  actorId: string,
  eventId: string,
  subject: string,
  compose: (recipient: AttendeeRecipient, event: { title: string }) => Message,
): Promise<{ sent: Array<{ outboxId: number; message: Message }> } | null> {
  return db.transaction(async (tx) => {
    // The event's row lock orders this with bookings and cancellations: the list is the one at this moment.
    const [event] = await tx.select({ title: events.title }).from(events).where(eq(events.id, eventId)).for("update");
    if (!event) return null;
    const recipients = await listConfirmedAttendees(eventId, tx);
    const sent: Array<{ outboxId: number; message: Message }> = [];
    const seen = new Set<string>();
    for (const r of recipients) {
      const address = r.email.toLowerCase();
      if (seen.has(address)) continue;
      seen.add(address);
      const message = compose(r, event);
      sent.push({ outboxId: await addToOutbox(message, tx), message });
    }
    if (sent.length > 0) {
      await recordAudit(tx, {
        actorId,
        action: "message-attendees",
        entityType: "event",
        entityId: eventId,
        summary: `Emailed ${sent.length} ${sent.length === 1 ? "attendee" : "attendees"} of “${event.title}”: “${subject}”`,
        changes: { subject, recipients: sent.length },
      });
    }
    return { sent };
  });
}

import "server-only";
import { and, eq, gt, lte } from "drizzle-orm";
import { db } from "@/db";
import { accounts, eventBookings, eventReminders, events, type EmailAttachment } from "@/db/schema";
import { addToOutbox } from "../outbox";
import { isLive } from "../shared";

/** Bookings on live, uncancelled events starting within (now, horizon]. */
export async function listBookingsStartingBy(now: Date, horizon: Date) {
  return db
    .select({
      bookingId: eventBookings.id,
      email: accounts.email,
      name: accounts.name,
      slug: events.slug,
      title: events.title,
      startsAt: events.startsAt,
      endsAt: events.endsAt,
      online: events.online,
      venueName: events.venueName,
      address: events.address,
      joinUrl: events.joinUrl,
    })
    .from(eventBookings)
    .innerJoin(accounts, eq(accounts.id, eventBookings.accountId))
    .innerJoin(events, eq(events.id, eventBookings.eventId))
    .where(
      and(
        eq(eventBookings.status, "booked"),
        eq(accounts.disabled, false),
        isLive(events),
        gt(events.startsAt, now),
        lte(events.startsAt, horizon),
      ),
    );
}

/**
 * Sends a booking's reminder at most once: its (booking, kind) row is the primary key and is written
 * with its outbox email in one transaction. Returns the outbox id, or null when already sent.
 */
export async function recordEventReminderOnce(
  reminder: { bookingId: string; kind: "week" | "day" },
  message: { to: string; subject: string; text: string; attachments?: EmailAttachment[] },
): Promise<number | null> {
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(eventReminders).values(reminder).onConflictDoNothing().returning({ bookingId: eventReminders.bookingId });
    if (!row) return null;
    const outboxId = await addToOutbox(message, tx);
    await tx
      .update(eventReminders)
      .set({ outboxId })
      .where(and(eq(eventReminders.bookingId, reminder.bookingId), eq(eventReminders.kind, reminder.kind)));
    return outboxId;
  });
}

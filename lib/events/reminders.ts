import "server-only";
import { listBookingsStartingBy, recordEventReminderOnce } from "@/db/queries/events/reminders";
import { deliverStoredEmail } from "@/lib/email";
import type { JobDefinition } from "@/lib/jobs/queue";
import { logger } from "@/lib/logger";
import { reminderEmail } from "./emails";

const DAY = 24 * 60 * 60 * 1000;

/**
 * Sends each booking's reminders a week and a day before the event, once each however often and
 * however concurrently it runs (recordEventReminderOnce). A booking made within a day gets only the
 * day's reminder.
 */
export async function sendEventReminders(now = new Date()): Promise<number> {
  const due = await listBookingsStartingBy(now, new Date(now.getTime() + 7 * DAY));
  let sent = 0;
  for (const b of due) {
    const kind = b.startsAt.getTime() - now.getTime() <= DAY ? "day" : "week";
    const message = reminderEmail(b, kind);
    const outboxId = await recordEventReminderOnce({ bookingId: b.bookingId, kind }, message);
    if (outboxId === null) continue;
    sent += 1;
    logger.info({ booking: b.bookingId, kind }, "event reminder sent");
    await deliverStoredEmail(outboxId, message);
  }
  return sent;
}

export const eventRemindersJob: JobDefinition = {
  name: "event-reminders",
  cron: "23 * * * *",
  run: async () => void (await sendEventReminders()),
};

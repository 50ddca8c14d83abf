import "server-only";
import { recordReminderOnce, type ReminderKind } from "@/db/queries/reminders";
import { listOrganisationReminderCandidates } from "@/db/queries/organisations";
import { getGraceDays } from "@/db/queries/settings";
import { deliverStoredEmail } from "@/lib/email";
import { env } from "@/lib/env";
import { formatDate } from "@/lib/format";
import type { JobDefinition } from "@/lib/jobs/queue";
import { logger } from "@/lib/logger";
import { site } from "@/lib/site";

const DAY = 24 * 60 * 60 * 1000;

/** Which reminder an organisation's period is due at `now`: 30 and 7 days before it ends, and when it has ended (pure). */
export function dueOrganisationReminder(endsAt: Date, now: Date): ReminderKind | null {
  const left = endsAt.getTime() - now.getTime();
  if (left <= 0) return "lapsed";
  if (left <= 7 * DAY) return "ending-7";
  if (left <= 30 * DAY) return "ending-30";
  return null;
}

function compose(kind: ReminderKind, r: { name: string; organisationName: string; tierName: string; endsAt: Date; accessUntil: Date | null }) {
  const manage = `${env.SITE_URL}/account/organisation`;
  const end = formatDate(r.endsAt);
  if (kind === "lapsed") {
    const grace = r.accessUntil && r.accessUntil.getTime() > Date.now() ? ` Your staff keep ${r.tierName} access until ${formatDate(r.accessUntil)}; after that they have free accounts until it is renewed.` : "";
    return {
      subject: `${r.organisationName}'s ${r.tierName} membership has ended`,
      text: `Hello ${r.name},\n\n${r.organisationName}'s ${site.name} ${r.tierName} membership ended on ${end}.${grace} Nobody is removed: everyone's seat comes back when the renewal is paid.\n\nRenew on invoice or by card at ${manage}\n\n${site.name}\n`,
    };
  }
  return {
    subject: `${r.organisationName}'s ${r.tierName} membership ends on ${end}`,
    text: `Hello ${r.name},\n\n${r.organisationName}'s ${site.name} ${r.tierName} membership ends on ${end}.\n\nTo renew it for your staff, ask for an invoice (with your purchase order number) or pay by card at ${manage}\n\n${site.name}\n`,
  };
}

/**
 * Sends the organisation reminders that are due, to each of its admins, once each: 30 and 7 days
 * before the period ends and when it ends (membership_reminders: a unique row per admin, kind and
 * organisation period, written with its email). Safe to run as often and as concurrently as anything likes.
 */
export async function sendOrganisationReminders(options: { now?: Date } = {}): Promise<number> {
  const now = options.now ?? new Date();
  const graceDays = await getGraceDays();
  const candidates = await listOrganisationReminderCandidates(new Date(now.getTime() + 30 * DAY), new Date(now.getTime() - (graceDays + 30) * DAY));
  let sent = 0;
  for (const c of candidates) {
    const kind = dueOrganisationReminder(c.endsAt!, now);
    if (!kind) continue;
    const message = { to: c.email, ...compose(kind, { ...c, endsAt: c.endsAt!, accessUntil: c.membershipExpiresAt }) };
    const dueKey = `organisation:${c.organisationId}:${c.endsAt!.toISOString().slice(0, 10)}`;
    const outboxId = await recordReminderOnce({ accountId: c.accountId, kind, dueKey }, message);
    if (outboxId === null) continue;
    sent += 1;
    logger.info({ organisation: c.organisationId, admin: c.accountId, kind }, "organisation reminder sent");
    await deliverStoredEmail(outboxId, message);
  }
  return sent;
}

/** The hourly job that sends them (lib/jobs). */
export const organisationRemindersJob: JobDefinition = {
  name: "organisation-reminders",
  cron: "23 * * * *",
  run: async () => void (await sendOrganisationReminders()),
};

import "server-only";
import { getGraceDays } from "@/db/queries/settings";
import { listComplimentaryEnding, listReminderCandidates, recordReminderOnce, type ReminderKind } from "@/db/queries/reminders";
import { deliverStoredEmail } from "@/lib/email";
import { env } from "@/lib/env";
import { formatDate } from "@/lib/format";
import type { JobDefinition } from "@/lib/jobs/queue";
import { logger } from "@/lib/logger";
import { site } from "@/lib/site";
import { renewAtCurrentPrice } from "./checkout";
import { formatPounds } from "./price";

const DAY = 24 * 60 * 60 * 1000;

interface Reminder {
  accountId: string;
  kind: ReminderKind;
  /** The occasion: the date it is about, so the next period's reminders are new ones. */
  dueKey: string;
  to: string;
  subject: string;
  text: string;
}

/** A subscription that can't be moved to the current price (Stripe unreachable, tier no longer sold) renews at its own. */
const keepPrice = (s: { stripeSubscriptionId: string; unitAmountPence: number }) => (error: unknown) => {
  logger.warn({ err: error, subscription: s.stripeSubscriptionId }, "renewal stays at its current price");
  return s.unitAmountPence;
};

const day = (date: Date) => date.toISOString().slice(0, 10);

/** Which reminder a subscription is due now, if any (pure). */
export function dueReminder(
  s: { status: string; currentPeriodEnd: Date; paidThrough: Date; cancelAtPeriodEnd: boolean; paymentFailedAt: Date | null },
  now: Date,
): { kind: ReminderKind; dueKey: string } | null {
  const key = day(s.currentPeriodEnd);
  if (s.status === "past_due" || s.status === "unpaid") return { kind: "payment-failed", dueKey: key };
  if (s.status === "canceled") return s.paidThrough <= now ? { kind: "lapsed", dueKey: day(s.paidThrough) } : null;
  const left = s.currentPeriodEnd.getTime() - now.getTime();
  if (left <= 0 || left > 30 * DAY) return null;
  const ending = s.cancelAtPeriodEnd;
  if (left <= 7 * DAY) return { kind: ending ? "ending-7" : "renewal-7", dueKey: key };
  return { kind: ending ? "ending-30" : "renewal-30", dueKey: key };
}

function compose(
  kind: ReminderKind,
  who: { name: string; tierName: string; periodEnd: Date; amountPence?: number; accessUntil?: Date | null },
): { subject: string; text: string } {
  const billing = `${env.SITE_URL}/account/billing`;
  const hello = `Hello ${who.name},\n\n`;
  const end = formatDate(who.periodEnd);
  const bye = `\n${site.name}\n`;
  switch (kind) {
    case "renewal-30":
    case "renewal-7":
      return {
        subject: `Your ${who.tierName} membership renews on ${end}`,
        text: `${hello}Your ${site.name} ${who.tierName} membership renews automatically on ${end}${who.amountPence ? `, when ${formatPounds(who.amountPence)} will be taken from your card` : ""}.\n\nTo change your plan, update your card or turn renewal off, go to ${billing}\n${bye}`,
      };
    case "ending-30":
    case "ending-7":
      return {
        subject: `Your ${who.tierName} membership ends on ${end}`,
        text: `${hello}Your ${site.name} ${who.tierName} membership ends on ${end} and will not renew.\n\nTo keep it, renew at ${env.SITE_URL}/membership or turn renewal back on at ${billing}\n${bye}`,
      };
    case "payment-failed":
      return {
        subject: `We could not take your ${who.tierName} membership payment`,
        text: `${hello}We could not take the payment to renew your ${site.name} ${who.tierName} membership.\n\nUpdate your card here and we will try again: ${billing}\n\n${who.accessUntil ? `You keep ${who.tierName} access until ${formatDate(who.accessUntil)} meanwhile.` : ""}\n${bye}`,
      };
    case "lapsed":
      return {
        subject: `Your ${who.tierName} membership has ended`,
        text: `${hello}Your ${site.name} ${who.tierName} membership ended on ${end}.${who.accessUntil && who.accessUntil.getTime() > Date.now() ? ` You keep access until ${formatDate(who.accessUntil)}; after that your account is a free account.` : ""}\n\nRenew at ${env.SITE_URL}/membership\n${bye}`,
      };
  }
}

/**
 * Sends every membership reminder that is due and not yet sent: 30 and 7 days before a renewal or
 * an end date, after a failed payment, and on lapse. Safe to run as often, and in as many
 * processes at once, as anything likes: each reminder is sent once (recordReminderOnce).
 */
export async function sendDueReminders(options: { now?: Date; accountId?: string } = {}): Promise<number> {
  const now = options.now ?? new Date();
  const graceDays = await getGraceDays();
  const lapsedSince = new Date(now.getTime() - (graceDays + 30) * DAY);
  const [subs, complimentary] = await Promise.all([
    listReminderCandidates(now, new Date(now.getTime() + 30 * DAY), lapsedSince, options.accountId),
    listComplimentaryEnding(now, new Date(now.getTime() + 30 * DAY), options.accountId),
  ]);
  const reminders: Reminder[] = [];
  for (const s of subs) {
    const due = dueReminder(s, now);
    if (!due) continue;
    const renewing = due.kind === "renewal-30" || due.kind === "renewal-7";
    const amountPence = renewing ? await renewAtCurrentPrice(s).catch(keepPrice(s)) : s.unitAmountPence;
    const message = compose(due.kind, {
      name: s.name,
      tierName: s.tierName,
      periodEnd: due.kind === "lapsed" ? s.paidThrough : s.currentPeriodEnd,
      amountPence,
      accessUntil: s.membershipExpiresAt,
    });
    reminders.push({ accountId: s.accountId, ...due, to: s.email, ...message });
  }
  for (const c of complimentary) {
    const end = c.membershipExpiresAt!;
    const kind: ReminderKind = end.getTime() - now.getTime() <= 7 * DAY ? "ending-7" : "ending-30";
    reminders.push({ accountId: c.accountId, kind, dueKey: day(end), to: c.email, ...compose(kind, { name: c.name, tierName: c.tierName, periodEnd: end }) });
  }
  let sent = 0;
  for (const r of reminders) {
    const message = { to: r.to, subject: r.subject, text: r.text };
    const outboxId = await recordReminderOnce({ accountId: r.accountId, kind: r.kind, dueKey: r.dueKey }, message);
    if (outboxId === null) continue;
    sent += 1;
    logger.info({ account: r.accountId, kind: r.kind, dueKey: r.dueKey }, "membership reminder sent");
    await deliverStoredEmail(outboxId, message);
  }
  return sent;
}

/** The hourly job that sends them (lib/jobs). */
export const membershipRemindersJob: JobDefinition = {
  name: "membership-reminders",
  cron: "17 * * * *",
  run: async () => void (await sendDueReminders()),
};

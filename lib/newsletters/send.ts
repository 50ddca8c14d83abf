import "server-only";
import {
  claimNextRecipient,
  failInterruptedRecipients,
  finishIfDone,
  getNewsletterContent,
  hasQueuedRecipients,
  listNewslettersToSend,
  markRecipientFailed,
  markRecipientSent,
  startSending,
  takeBatchSlot,
} from "@/db/queries/newsletters/sending";
import { env } from "@/lib/env";
import { enqueueJob, type JobDefinition } from "@/lib/jobs/queue";
import { logger } from "@/lib/logger";
import { sendNewsletterMessage } from "./mailer";

/** A claimed message with no outcome after this long was interrupted (its process stopped). */
export const INTERRUPTED_AFTER_MS = 5 * 60 * 1000;
const BATCH_INTERVAL_MS = 60_000;

export interface DispatchOptions {
  now?: Date;
  /** Messages per batch (one batch a minute); NEWSLETTER_RATE_PER_MINUTE by default. */
  ratePerMinute?: number;
  /** Tests: stop this run after this many messages, as a process stopped mid-send would. */
  stopAfter?: number;
  /** Tests: called after each message leaves and before its row is marked sent. */
  afterEachSend?: () => void | Promise<void>;
}

/**
 * One pass of newsletter sending, safe to run anywhere and at once in several processes:
 * starts scheduled newsletters that are due (their recipients written once), then sends each
 * sending newsletter's next batch if its minute has come. Each message is claimed (its row marked
 * `sending` and committed) before it leaves, so a stop at any point sends nobody two copies.
 * Returns the messages sent.
 */
export async function dispatchNewsletters(options: DispatchOptions = {}): Promise<number> {
  const now = options.now ?? new Date();
  const rate = options.ratePerMinute ?? env.NEWSLETTER_RATE_PER_MINUTE;
  let sent = 0;
  for (const item of await listNewslettersToSend(now)) {
    if (item.status === "scheduled") {
      const written = await startSending(item.id, now);
      if (written !== null) logger.info({ newsletter: item.id, recipients: written }, "newsletter sending started");
    }
    await failInterruptedRecipients(item.id, new Date(now.getTime() - INTERRUPTED_AFTER_MS));
    if (!(await takeBatchSlot(item.id, now, BATCH_INTERVAL_MS))) continue;
    const content = await getNewsletterContent(item.id);
    if (!content) continue;
    for (let n = 0; n < rate; n++) {
      if (options.stopAfter !== undefined && sent >= options.stopAfter) return sent;
      const recipient = await claimNextRecipient(item.id, now);
      if (!recipient) break;
      let messageId: string;
      try {
        messageId = await sendNewsletterMessage(content, recipient);
      } catch (error) {
        logger.warn({ newsletter: item.id, recipient: recipient.id, err: error }, "newsletter message not sent");
        await markRecipientFailed(recipient.id, error instanceof Error ? error.message : String(error));
        continue;
      }
      // A throw here (a test's stand-in for a crash) leaves the row `sending`: sent, but not known to be.
      await options.afterEachSend?.();
      await markRecipientSent(recipient.id, messageId);
      sent += 1;
    }
    if (await finishIfDone(item.id, now)) logger.info({ newsletter: item.id }, "newsletter sent");
    else if (await hasQueuedRecipients(item.id)) await queueNewsletterDispatch(new Date(now.getTime() + BATCH_INTERVAL_MS));
  }
  return sent;
}

export const NEWSLETTER_JOB = "newsletter-dispatch";

/** Asks the queue for a pass (now, or at `at`): "send now", a schedule, the next batch. */
export async function queueNewsletterDispatch(at?: Date): Promise<void> {
  await enqueueJob(NEWSLETTER_JOB, {}, { key: at ? `at-${Math.floor(at.getTime() / 60_000)}` : "now", startAfter: at });
}

/**
 * The queue's newsletter job: every minute as well (a schedule that comes due, a send that a
 * restart interrupted), and when asked. Polled often, so "Send now" starts within seconds.
 */
export const newsletterDispatchJob: JobDefinition = {
  name: NEWSLETTER_JOB,
  cron: "* * * * *",
  pollingIntervalSeconds: 2,
  run: async () => void (await dispatchNewsletters()),
};

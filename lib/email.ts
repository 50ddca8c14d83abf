import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { addToOutbox, countRecentEmailsTo, markOutboxResult } from "@/db/queries/outbox";
import { securityNoticeSubjects } from "./auth/security-notices";
import type { EmailAttachment } from "@/db/schema";
import { env } from "./env";
import { logger } from "./logger";

let transport: Transporter | undefined;

/**
 * Every email goes through here. It is always recorded in the outbox table (readable by staff at
 * /admin/outbox); with SMTP_URL set it is also delivered by nodemailer. A delivery failure is
 * logged and recorded, never shown to the person who triggered it.
 */
export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
  /** Files sent with it (a booking's `.ics`); kept in the outbox with the message. */
  attachments?: EmailAttachment[];
}

/** nodemailer's form of a message: attachments decoded from the outbox's base64. */
function forTransport(message: EmailMessage) {
  const { attachments, ...rest } = message;
  return {
    from: env.MAIL_FROM,
    ...rest,
    ...(attachments?.length ? { attachments: attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content, encoding: "base64" })) } : {}),
  };
}

export async function sendEmail(message: EmailMessage): Promise<void> {
  // With SMTP delivering, the outbox keeps a copy without the single-use links: nobody reading it
  // (staff, a database backup) can use someone else's reset link.
  const stored = env.SMTP_URL ? { ...message, text: redactTokenLinks(message.text) } : message;
  const id = await addToOutbox(stored);
  if (!env.SMTP_URL) {
    logger.info({ outboxId: id, to: message.to, subject: message.subject }, "email written to outbox (no SMTP configured)");
    return;
  }
  try {
    transport ??= nodemailer.createTransport(env.SMTP_URL);
    await transport.sendMail(forTransport(message));
    await markOutboxResult(id, null);
  } catch (error) {
    logger.error({ outboxId: id, err: error }, "email delivery failed");
    await markOutboxResult(id, error instanceof Error ? error.message : String(error));
  }
}

/**
 * Delivers by SMTP an email already written to the outbox (in the transaction that decided to send
 * it, as reminders are); without SMTP the outbox row is the delivery.
 */
export async function deliverStoredEmail(id: number, message: EmailMessage): Promise<void> {
  if (!env.SMTP_URL) return;
  try {
    transport ??= nodemailer.createTransport(env.SMTP_URL);
    await transport.sendMail(forTransport(message));
    await markOutboxResult(id, null);
  } catch (error) {
    logger.error({ outboxId: id, err: error }, "email delivery failed");
    await markOutboxResult(id, error instanceof Error ? error.message : String(error));
  }
}

/** The text with its single-use links (reset, confirm, invite) replaced by `note`. */
export function redactTokenLinks(text: string, note = "[link removed from this copy: sent by email only]"): string {
  return text.replace(/https?:\/\/\S*[?&]token=\S+/g, note);
}

/** At most this many account emails (confirmations, resets, notices) to one address an hour. */
export const ACCOUNT_EMAILS_PER_HOUR = 5;

/**
 * Account emails anyone can trigger by typing an address: throttled per recipient so the form
 * cannot be used to flood someone's inbox. The throttle is checked before `compose` runs, so a
 * message that will not be sent never makes its single-use link. Returns false when not sent.
 */
export async function sendAccountEmail(
  to: string,
  compose: () => Promise<{ subject: string; text: string }> | { subject: string; text: string },
): Promise<boolean> {
  if ((await countRecentEmailsTo(to, 60 * 60 * 1000, Object.values(securityNoticeSubjects))) >= ACCOUNT_EMAILS_PER_HOUR) {
    logger.warn({ to }, "account email throttled");
    return false;
  }
  await sendEmail({ to, ...(await compose()) });
  return true;
}

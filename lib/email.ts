import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { addToOutbox, markOutboxResult } from "@/db/queries/outbox";
import { env } from "./env";
import { logger } from "./logger";

let transport: Transporter | undefined;

/**
 * Every email goes through here. It is always recorded in the outbox table (readable by staff at
 * /admin/outbox); with SMTP_URL set it is also delivered by nodemailer. A delivery failure is
 * logged and recorded, never shown to the person who triggered it.
 */
export async function sendEmail(message: { to: string; subject: string; text: string }): Promise<void> {
  const id = await addToOutbox(message);
  if (!env.SMTP_URL) {
    logger.info({ outboxId: id, to: message.to, subject: message.subject }, "email written to outbox (no SMTP configured)");
    return;
  }
  try {
    transport ??= nodemailer.createTransport(env.SMTP_URL);
    await transport.sendMail({ from: env.MAIL_FROM, ...message });
    await markOutboxResult(id, null);
  } catch (error) {
    logger.error({ outboxId: id, err: error }, "email delivery failed");
    await markOutboxResult(id, error instanceof Error ? error.message : String(error));
  }
}

import "server-only";
import { randomUUID } from "node:crypto";
import nodemailer, { type Transporter } from "nodemailer";
import { addToOutbox, markOutboxResult } from "@/db/queries/outbox";
import { env } from "@/lib/env";
import { site } from "@/lib/site";
import { composeNewsletter, type NewsletterContent } from "./compose";
import { unsubscribeToken } from "./unsubscribe-token";

let transport: Transporter | undefined;
let transportUrl: string | undefined;

/** Newsletters' own SMTP (NEWSLETTER_SMTP_URL, else SMTP_URL), with timeouts short enough that a dead server cannot hold a batch for long. */
function smtp(): Transporter | null {
  const url = env.NEWSLETTER_SMTP_URL ?? env.SMTP_URL;
  if (!url) return null;
  if (!transport || transportUrl !== url) {
    transport = nodemailer.createTransport(url, { connectionTimeout: 20_000, greetingTimeout: 20_000, socketTimeout: 60_000 } as object);
    transportUrl = url;
  }
  return transport;
}

/** The email's unsubscribe link: a page with a confirm button (a GET never unsubscribes: link scanners open links). */
export function unsubscribeUrl(accountId: string): string {
  const url = new URL("/newsletters/unsubscribe", env.SITE_URL);
  url.searchParams.set("token", unsubscribeToken(accountId));
  return url.toString();
}

/** The List-Unsubscribe address: RFC 8058's one-click POST unsubscribes there at once; a GET shows the page. */
export function oneClickUnsubscribeUrl(accountId: string): string {
  const url = new URL("/newsletters/unsubscribe/one-click", env.SITE_URL);
  url.searchParams.set("token", unsubscribeToken(accountId));
  return url.toString();
}

/** The mail domain our Message-IDs are made in: the site's host name. */
const messageDomain = () => new URL(env.SITE_URL).hostname || "localhost";

/**
 * Sends one newsletter to one person, with its unsubscribe link and headers (RFC 2369 and RFC 8058
 * one-click) and a Message-ID of ours. Returns the Message-ID; throws when SMTP refuses it.
 * Without any SMTP configured the text part goes to the outbox table (development).
 */
export async function sendNewsletterMessage(content: NewsletterContent, to: { accountId: string; email: string }, options: { test?: boolean } = {}): Promise<string> {
  const link = unsubscribeUrl(to.accountId);
  const composed = composeNewsletter(content, { siteName: site.name, siteUrl: env.SITE_URL, unsubscribeUrl: link });
  const subject = options.test ? `[Test] ${composed.subject}` : composed.subject;
  const messageId = `<newsletter.${randomUUID()}@${messageDomain()}>`;
  const listUnsubscribe = [`<${oneClickUnsubscribeUrl(to.accountId)}>`];
  if (env.NEWSLETTER_UNSUBSCRIBE_MAILTO) listUnsubscribe.push(`<mailto:${env.NEWSLETTER_UNSUBSCRIBE_MAILTO}?subject=unsubscribe>`);
  const mailer = smtp();
  if (!mailer) {
    const id = await addToOutbox({ to: to.email, subject, text: composed.text });
    await markOutboxResult(id, null);
    return messageId;
  }
  await mailer.sendMail({
    from: env.MAIL_FROM,
    to: to.email,
    subject,
    text: composed.text,
    html: composed.html,
    messageId,
    headers: {
      "List-Unsubscribe": listUnsubscribe.join(", "),
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      "List-Id": `${site.name} newsletter <newsletter.${messageDomain()}>`,
      Precedence: "bulk",
    },
  });
  return messageId;
}

import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { cookies } from "next/headers";
import { rememberBrowser } from "@/db/queries/account-sessions";
import { countRecentEmailsWithSubject } from "@/db/queries/outbox";
import { sendEmail } from "@/lib/email";
import { env } from "@/lib/env";
import { formatDateTime } from "@/lib/format";
import { logger } from "@/lib/logger";
import { site } from "@/lib/site";
import { describeBrowser } from "./browser-name";
import { securityNoticeSubjects } from "./security-notices";

/**
 * A long-lived random id for this browser (one per browser, whichever accounts sign in on it). The
 * accounts it has signed in to are remembered by its hash (account_browsers), so a sign-in from a
 * browser an account has not used before can be told to the account's owner.
 */
export const BROWSER_COOKIE = "browser_id";
const TWO_YEARS = 2 * 365 * 24 * 60 * 60;

async function browserId(): Promise<string> {
  const jar = await cookies();
  const existing = jar.get(BROWSER_COOKIE)?.value;
  if (existing && /^[\w-]{32,64}$/.test(existing)) return existing;
  const id = randomBytes(24).toString("base64url");
  jar.set(BROWSER_COOKIE, id, { path: "/", maxAge: TWO_YEARS, sameSite: "lax", httpOnly: true, secure: env.SITE_URL.startsWith("https://") });
  return id;
}

/** At most this many new-browser notices to one account an hour: its owner is told, not flooded. */
export const NEW_SIGN_IN_NOTICES_PER_HOUR = 5;

/** Whether another new-browser notice may go to this address now. */
export async function newSignInNoticeAllowed(to: string): Promise<boolean> {
  return (await countRecentEmailsWithSubject(to, securityNoticeSubjects.newSignIn, 60 * 60 * 1000)) < NEW_SIGN_IN_NOTICES_PER_HOUR;
}

/**
 * After a full sign-in (password, and the second factor when there is one): when this browser is
 * new to the account, its owner is emailed the time, the browser and the address.
 */
export async function noticeSignIn(account: { id: string; email: string }, client: { userAgent: string; address: string | null }) {
  const hash = createHash("sha256").update(await browserId()).digest("base64url");
  if (!(await rememberBrowser(account.id, hash))) return;
  // Someone with the password signing in from one fresh browser after another: the first few
  // notices have told the owner; more would bury them.
  if (!(await newSignInNoticeAllowed(account.email))) {
    logger.warn({ account: account.id }, "new sign-in notice throttled");
    return;
  }
  const when = formatDateTime(new Date());
  await sendEmail({
    to: account.email,
    subject: securityNoticeSubjects.newSignIn,
    text:
      `Hello,\n\nYour ${site.name} account was signed in to from a browser it has not been used on before.\n\n` +
      `When: ${when} (UK time)\nBrowser: ${describeBrowser(client.userAgent)}\nAddress: ${client.address ?? "not known"}\n\n` +
      `If this was you, there is nothing to do.\n\nIf it was not, change your password now (${env.SITE_URL}/forgot-password), ` +
      `then sign that session out at ${env.SITE_URL}/account/security and set up a second factor there.\n`,
  });
}

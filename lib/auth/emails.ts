import "server-only";
import { db } from "@/db";
import { getAccountByEmail } from "@/db/queries/accounts";
import { recordPasswordResetSent } from "@/db/queries/members";
import { sendAccountEmail, sendEmail } from "@/lib/email";
import { env } from "@/lib/env";
import { site } from "@/lib/site";
import { INVITE_TOKEN_TTL_MS, issueToken } from "./tokens";

/**
 * Emails a confirmation link to an unconfirmed account; nothing for any other address. Links sent
 * before keep working (lib/auth/tokens.ts), so a resend never spoils the one already in the inbox.
 */
export async function sendConfirmation(address: string, next?: string) {
  const account = await getAccountByEmail(address);
  if (!account || account.emailVerifiedAt) return;
  await sendAccountEmail(account.email, async () => ({
    subject: `Confirm your email for ${site.name}`,
    text: `Hello,\n\nConfirm your email address to finish creating your ${site.name} account:\n\n${env.SITE_URL}/verify-email?token=${await issueToken(account.id, "verify-email")}${next ? `&next=${encodeURIComponent(next)}` : ""}\n\nThe link works once and for 7 days. If you did not create an account, ignore this email.\n`,
  }));
}

function resetMessage(account: { name: string }, token: string) {
  return {
    subject: `Reset your ${site.name} password`,
    text: `Hello ${account.name},\n\nUse this link to choose a new password. It works once, for one hour:\n\n${env.SITE_URL}/reset-password?token=${token}\n\nIf you did not ask to reset your password, ignore this email: your password has not changed.\n`,
  };
}

/** Emails a reset link to an existing, enabled account; does nothing for any other address. */
export async function sendPasswordReset(address: string) {
  const account = await getAccountByEmail(address);
  if (!account || account.disabled) return;
  await sendAccountEmail(account.email, async () => resetMessage(account, await issueToken(account.id, "reset-password")));
}

/**
 * An admin sends a member a reset link: the token and the audit row are written in one
 * transaction (both or neither), then the email goes out. Not throttled: staff act deliberately
 * and every send is in the audit log.
 */
export async function sendPasswordResetByStaff(actorId: string, account: { id: string; email: string; name: string }) {
  const token = await db.transaction(async (tx) => {
    const issued = await issueToken(account.id, "reset-password", undefined, tx);
    await recordPasswordResetSent(tx, actorId, account.id, account.email);
    return issued;
  });
  await sendEmail({ to: account.email, ...resetMessage(account, token) });
}

/**
 * Tells someone staff added (CSV import) that they have an account, with a link to choose a
 * password (a password-reset token that lasts a week). Nothing for a disabled or unknown address.
 */
export async function sendAccountInvitation(address: string) {
  const account = await getAccountByEmail(address);
  if (!account || account.disabled) return;
  const token = await issueToken(account.id, "reset-password", INVITE_TOKEN_TTL_MS);
  await sendEmail({
    to: account.email,
    subject: `Your ${site.name} account is ready: choose a password`,
    text: `Hello ${account.name},\n\nWe have created a ${site.name} account for you with this email address. Choose a password to start using it:\n\n${env.SITE_URL}/reset-password?token=${token}\n\nThe link works once, for 7 days. After that, ask for a new one at ${env.SITE_URL}/forgot-password.\n\nIf you were not expecting this, you can ignore this email.\n`,
  });
}

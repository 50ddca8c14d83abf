import "server-only";
import { getAccountByEmail } from "@/db/queries/accounts";
import { sendAccountEmail } from "@/lib/email";
import { env } from "@/lib/env";
import { site } from "@/lib/site";
import { issueToken } from "./tokens";

/** Emails a fresh confirmation link to an unconfirmed account; nothing for any other address. */
export async function sendConfirmation(address: string) {
  const account = await getAccountByEmail(address);
  if (!account || account.emailVerifiedAt) return;
  const token = await issueToken(account.id, "verify-email");
  await sendAccountEmail({
    to: account.email,
    subject: `Confirm your email for ${site.name}`,
    text: `Hello,\n\nConfirm your email address to finish creating your ${site.name} account:\n\n${env.SITE_URL}/verify-email?token=${token}\n\nThe link works once and for 7 days. If you did not create an account, ignore this email.\n`,
  });
}

/** Emails a reset link to an existing, enabled account; does nothing for any other address. */
export async function sendPasswordReset(address: string) {
  const account = await getAccountByEmail(address);
  if (!account || account.disabled) return;
  const token = await issueToken(account.id, "reset-password");
  await sendAccountEmail({
    to: account.email,
    subject: `Reset your ${site.name} password`,
    text: `Hello ${account.name},\n\nUse this link to choose a new password. It works once, for one hour:\n\n${env.SITE_URL}/reset-password?token=${token}\n\nIf you did not ask to reset your password, ignore this email: your password has not changed.\n`,
  });
}


import "server-only";
import { sendEmail } from "@/lib/email";
import { env } from "@/lib/env";
import { formatDateTime } from "@/lib/format";
import { securityNoticeSubjects } from "../security-notices";

const subjects = {
  added: securityNoticeSubjects.factorAdded,
  removed: securityNoticeSubjects.factorRemoved,
  renewed: securityNoticeSubjects.codesRenewed,
} as const;

/**
 * Every change to how an account signs in is told to its owner, so a change they did not make
 * shows. `what` is the sentence saying what changed.
 */
export async function sendFactorChangeEmail(to: string, change: keyof typeof subjects, what: string) {
  await sendEmail({
    to,
    subject: subjects[change],
    text:
      `Hello,\n\n${what}.\n\nWhen: ${formatDateTime(new Date())} (UK time)\n\n` +
      `If this was you, there is nothing to do.\n\nIf it was not, change your password now (${env.SITE_URL}/forgot-password) and check ` +
      `your sign-in security at ${env.SITE_URL}/account/security.\n`,
  });
}

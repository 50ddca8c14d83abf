import { site } from "@/lib/site";

/**
 * Subjects of the emails that tell owners about their own account's sign-ins and second factors.
 * Only someone with the password can cause one, so they do not use up the hourly allowance of
 * account emails (lib/email.ts) that protects inboxes from strangers typing an address.
 */
export const securityNoticeSubjects = {
  newSignIn: `New sign-in to your ${site.name} account`,
  factorAdded: `A second factor was added to your ${site.name} account`,
  factorRemoved: `A second factor was removed from your ${site.name} account`,
  codesRenewed: `New recovery codes for your ${site.name} account`,
} as const;

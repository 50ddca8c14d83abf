import "server-only";
import { db } from "@/db";
import { hasConsent, recordConsent } from "@/db/queries/consents";
import type { ConsentPurpose } from "@/db/schema";

/** What each purpose is called where people see their consents. */
export const consentPurposeNames: Record<ConsentPurpose, string> = {
  newsletter: "The members' newsletter by email",
};

/** Withdraws the person's current consent for a purpose; false when there was none to withdraw. */
export async function withdrawConsent(accountId: string, purpose: ConsentPurpose, source = "account"): Promise<boolean> {
  return db.transaction(async (tx) => {
    if (!(await hasConsent(accountId, purpose, tx))) return false;
    await recordConsent(tx, { accountId, purpose, given: false, wording: "Withdrawn on the privacy page", source });
    return true;
  });
}

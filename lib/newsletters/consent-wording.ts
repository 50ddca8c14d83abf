import { site } from "@/lib/site";

/** The words beside the newsletter tick box (registration and account), stored with each answer. */
export const NEWSLETTER_CONSENT_WORDING = `Send me the ${site.name} newsletter by email. I can unsubscribe at any time.`;

/** What a withdrawal records: from the account page, or the link in a newsletter. */
export const NEWSLETTER_WITHDRAWAL_WORDING = `Stop sending me the ${site.name} newsletter.`;
export const UNSUBSCRIBE_LINK_WORDING = `Unsubscribe me from the ${site.name} newsletter (link in a newsletter email).`;

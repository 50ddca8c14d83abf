import type { NewsletterStatus } from "@/db/queries/newsletters";

export const statusWords: Record<NewsletterStatus, string> = { draft: "Draft", scheduled: "Scheduled", sending: "Sending", sent: "Sent" };

import "server-only";
import type { JobDefinition } from "./queue";

/** Every job the queue runs, one per line; each server process starts them (lib/server/lifecycle.ts). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each job reads its own data shape
export async function allJobs(): Promise<JobDefinition<any>[]> {
  return [
    (await import("@/lib/billing/reminders")).membershipRemindersJob,
    (await import("@/lib/privacy/erasure")).erasureJob,
    (await import("@/lib/organisations/reminders")).organisationRemindersJob,
    (await import("@/lib/newsletters/send")).newsletterDispatchJob,
    (await import("@/lib/events/reminders")).eventRemindersJob,
    (await import("@/lib/events/booking")).waitlistOffersJob,
  ];
}

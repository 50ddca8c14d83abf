import "server-only";
import { nextPublication } from "@/db/queries/schedule";

/**
 * Cached pages must not outlive the moment a scheduled item goes live, or it would appear only
 * when the page next expires. Each cached page calls this while rendering: it records the next
 * publication time in this process, and the cache handler stamps the entry being stored with it,
 * serving the entry only until then. Scheduling or rescheduling is a staff write,
 * which invalidates the pages anyway, so the next render picks up the new time.
 */
export async function notePublicationSchedule(): Promise<void> {
  const next = await nextPublication();
  (globalThis as { __portalNextPublicationAt?: number | null }).__portalNextPublicationAt = next?.getTime() ?? null;
}

import { feedResponse } from "@/lib/feeds/site-feeds";

// Cached like the pages: rendered on first request, invalidated by staff writes, at most a minute old.
export const revalidate = 60;

/** Upcoming events, Atom 1.0. */
export function GET(): Promise<Response> {
  return feedResponse("events", "atom");
}

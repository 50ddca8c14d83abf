import { feedResponse } from "@/lib/feeds/site-feeds";

export const dynamic = "force-dynamic";

/** The news feed, Atom 1.0. */
export function GET(): Promise<Response> {
  return feedResponse("news", "atom");
}

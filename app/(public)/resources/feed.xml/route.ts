import { feedResponse } from "@/lib/feeds/site-feeds";

export const dynamic = "force-dynamic";

/** The resources feed, RSS 2.0. */
export function GET(): Promise<Response> {
  return feedResponse("resources", "rss");
}

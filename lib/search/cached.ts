import "server-only";
import { unstable_cache } from "next/cache";
import { listContentYears } from "@/db/queries/search";
import { listTiers, listTopics } from "@/db/queries/taxonomy";
import { notePublicationSchedule } from "@/lib/cache/schedule";
import { SEARCH_CACHE_TAG } from "./cache-tag";
import { runSearch, type SearchAnswer, type SearchRequest } from "./run";

/** Seconds an answer is kept at most; a publication due sooner ends it then (lib/cache/schedule). */
const KEEP_SECONDS = 60;

/**
 * Answers are kept per request: the normalised text, filters, order, page and the viewer's scope
 * (what they may open, never who they are), so the same search by anyone with the same scope
 * is answered once a minute at most. What is kept was decided within that scope, so it is what any
 * viewer with it may see.
 */
const cachedAnswer = unstable_cache(
  async (request: SearchRequest) => {
    const [answer] = await Promise.all([runSearch(request), notePublicationSchedule()]);
    return answer;
  },
  ["search-answer-v1"],
  { tags: [SEARCH_CACHE_TAG], revalidate: KEEP_SECONDS },
);

/** The search page's answer, from the cache when the same search was answered lately. */
export async function cachedSearch(request: SearchRequest): Promise<SearchAnswer> {
  const answer = await cachedAnswer(request);
  // Kept as JSON: dates come back as strings.
  return { ...answer, items: answer.items.map((hit) => ({ ...hit, publishedAt: new Date(hit.publishedAt) })) };
}

/** What the search form offers (tiers, topics, years), kept like the answers. */
export const cachedSearchOptions = unstable_cache(
  async () => {
    const [tiers, topics, years] = await Promise.all([listTiers(), listTopics(), listContentYears(), notePublicationSchedule()]);
    return { tiers, topics, years };
  },
  ["search-options-v1"],
  { tags: [SEARCH_CACHE_TAG], revalidate: KEEP_SECONDS },
);

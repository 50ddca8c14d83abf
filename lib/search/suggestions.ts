import "server-only";
import { unstable_cache } from "next/cache";
import { suggestTitles, type TitleSuggestion } from "@/db/queries/search/suggest";
import { listSynonymGroups } from "@/db/queries/search/vocabulary";
import { SEARCH_CACHE_TAG } from "./cache-tag";
import { resultHref } from "./kinds";
import { normaliseQuery } from "./query";
import { expandQuery, termWords } from "./vocabulary";

/** Fewer letters than this, and the box offers nothing yet. */
export const SUGGEST_FROM_LENGTH = 2;

export interface Suggestion extends TitleSuggestion {
  href: string;
}

/**
 * Titles for the header's search-as-you-type: live titles holding each typed word, or any form of a
 * vocabulary term typed. Titles are public, so the list is the same for everyone and is kept
 * like search answers.
 */
const cachedSuggestions = unstable_cache(
  async (text: string): Promise<Suggestion[]> => {
    const groups = (await listSynonymGroups()).map((g) => g.terms);
    const { terms } = expandQuery(text, groups);
    const plain = `${terms.websearch} ${terms.prefix?.replace(/:\*$/, "") ?? ""}`;
    const words = termWords(plain).filter((w) => w !== "or");
    const alternatives = (terms.alternatives ?? []).filter((g) => !g.negated).map((g) => g.terms);
    const titles = await suggestTitles(text, words, alternatives);
    return titles.map((t) => ({ ...t, href: resultHref(t.kind, t.slug) }));
  },
  ["search-suggestions-v1"],
  { tags: [SEARCH_CACHE_TAG], revalidate: 60 },
);

export async function titleSuggestions(raw: string | null): Promise<Suggestion[]> {
  const { text, searchable } = normaliseQuery(raw ?? undefined);
  if (!searchable || text.length < SUGGEST_FROM_LENGTH) return [];
  return cachedSuggestions(text.toLowerCase());
}

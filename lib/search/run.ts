import "server-only";
import type { BodyScope, SearchFilters, SearchResults, SearchSort } from "@/db/queries/search";
import { knownWords, titlesLike } from "@/db/queries/search/suggest";
import { listSynonymGroups } from "@/db/queries/search/vocabulary";
import { searchSite } from "./results";
import { suggestSpelling, wordsToCheck, type SpellingSuggestion } from "./spelling";
import { expandQuery, termWords, type Expansion } from "./vocabulary";

export interface SearchRequest {
  /** The normalised query (lib/search/query's normaliseQuery). */
  text: string;
  filters: SearchFilters;
  sort: SearchSort;
  page: number;
  pageSize?: number;
  /** What the viewer may open (`openScope` from lib/access). */
  scope: BodyScope;
  resultLimit?: number;
}

export interface SearchAnswer extends SearchResults {
  /** Vocabulary terms in the query and the other forms searched with them. */
  expansions: Expansion[];
  /** "Did you mean": offered when the query finds few results and has words the site does not know. */
  suggestion: SpellingSuggestion | null;
  /** The query found nothing, so these are the suggestion's results. */
  showingSuggestion: boolean;
}

/** Fewer results than this, and a query with unknown words gets a "Did you mean". */
const FEW_RESULTS = 3;

/**
 * A search as the page runs it: the query expanded by the SEND vocabulary, then searched within
 * the viewer's scope; when it finds little, a spelling suggestion from titles and the vocabulary,
 * and when it finds nothing, the suggestion's results instead.
 */
export async function runSearch(request: SearchRequest): Promise<SearchAnswer> {
  const groups = (await listSynonymGroups()).map((g) => g.terms);
  const searchFor = (text: string) => {
    const { terms, expansions } = expandQuery(text, groups);
    return searchSite({ ...request, terms }).then((results) => ({ results, expansions }));
  };
  const first = await searchFor(request.text);
  const answer: SearchAnswer = { ...first.results, expansions: first.expansions, suggestion: null, showingSuggestion: false };
  if (first.results.total >= FEW_RESULTS || request.page > 1) return answer;

  const vocabularyWords = new Set(groups.flatMap((g) => g.flatMap(termWords)));
  const words = wordsToCheck(request.text).filter((w) => !vocabularyWords.has(w));
  if (words.length === 0) return answer;
  const known = await knownWords(words);
  const unknown = words.filter((w) => !known.has(w));
  if (unknown.length === 0) return answer;
  const suggestion = suggestSpelling(request.text, known, await titlesLike(unknown), groups);
  if (!suggestion) return answer;
  if (first.results.total > 0) return { ...answer, suggestion };
  const second = await searchFor(suggestion.text);
  if (second.results.total === 0) return { ...answer, suggestion };
  return { ...second.results, expansions: second.expansions, suggestion, showingSuggestion: true };
}

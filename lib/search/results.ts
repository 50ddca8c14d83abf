import "server-only";
import { searchContent, type SearchHit, type SearchInput, type SearchResults } from "@/db/queries/search";
import { scopeAllows } from "@/lib/access";
import { distinctSentences, plainSnippet, withEllipses } from "./snippet";

/**
 * A page of search results as the viewer sees them: snippets tidied, and every resource checked
 * against the access rule as well as the SQL scope (belt and braces: when they disagree, the row
 * is left out).
 */
export async function searchSite(input: SearchInput): Promise<SearchResults> {
  const found = await searchContent(input);
  const items = found.items.flatMap(({ lead, bodyOpen, ...hit }): SearchHit[] => {
    if (hit.resource && bodyOpen !== scopeAllows(input.scope, hit.resource)) return [];
    return [{ ...hit, snippet: withEllipses(distinctSentences(plainSnippet(hit.snippet)), lead) }];
  });
  return { ...found, items };
}

import "server-only";
import { searchContent, type SearchHit, type SearchInput, type SearchResults } from "@/db/queries/search";
import { scopeAllows } from "@/lib/access";
import { archiveGate } from "@/lib/newsletters/audience";
import { distinctSentences, plainSnippet, withEllipses } from "./snippet";

/**
 * A page of search results as the viewer sees them: snippets tidied, and every gated hit (a
 * resource, a newsletter) checked against the access rule as well as the SQL scope (belt and
 * braces: when they disagree, the row is left out).
 */
export async function searchSite(input: SearchInput): Promise<SearchResults> {
  const found = await searchContent(input);
  const items = found.items.flatMap(({ lead, bodyOpen, audience, ...hit }): SearchHit[] => {
    if (hit.resource && bodyOpen !== scopeAllows(input.scope, hit.resource)) return [];
    let newsletter: SearchHit["newsletter"] = null;
    if (audience) {
      const gate = archiveGate(audience, audience.organisationTiers);
      if (bodyOpen !== scopeAllows(input.scope, gate)) return [];
      newsletter = { visibility: gate.visibility, tiers: [...gate.tiers] };
    }
    return [{ ...hit, newsletter, snippet: withEllipses(distinctSentences(plainSnippet(hit.snippet)), lead) }];
  });
  return { ...found, items };
}

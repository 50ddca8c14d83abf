import { contentSorts, contentStatusFilters, type ContentListFilters } from "@/db/queries/content/list";
import type { MemberFilters } from "@/db/queries/members";
import { first, oneOf, type SearchParams } from "@/lib/params";

/** The content tables' filters from the query string; anything unknown is ignored. */
export function contentFiltersFrom(params: SearchParams): ContentListFilters {
  return {
    q: first(params.q)?.trim().slice(0, 200) || undefined,
    status: oneOf(params.status, contentStatusFilters),
    sort: oneOf(params.sort, contentSorts),
  };
}

/** The member table's filters (also the CSV export's). */
export function memberFiltersFrom(params: SearchParams, tierSlugs: readonly string[]): MemberFilters {
  return {
    q: first(params.q)?.trim().slice(0, 200) || undefined,
    tier: oneOf(params.tier, tierSlugs),
    role: oneOf(params.role, ["member", "editor", "admin"] as const),
    expired: oneOf(params.expired, ["yes", "no"] as const),
    disabled: oneOf(params.disabled, ["yes", "no"] as const),
  };
}

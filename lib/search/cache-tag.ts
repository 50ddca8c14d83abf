/**
 * The tag of the kept title suggestions (lib/search/suggestions.ts): staff writes to content, tiers
 * or the vocabulary drop them all, in every process, through the page cache's channel.
 */
export const SEARCH_CACHE_TAG = "search";

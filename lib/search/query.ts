/**
 * Turning what someone typed into the search box into safe search terms. Pure: no database.
 * The text only ever reaches PostgreSQL as a bound parameter of `websearch_to_tsquery` (which
 * accepts any string: quotes for phrases, `or`, `-word`) and of `to_tsquery` for the prefix
 * of the last word, which is reduced to letters and digits first so it can't carry operators.
 */
import type { SearchTerms } from "@/db/queries/search";

/** Longer input is cut (at a word boundary where there is one); the page says so. */
export const MAX_QUERY_LENGTH = 200;

export interface NormalisedQuery {
  /** Cleaned text, at most MAX_QUERY_LENGTH characters; "" when nothing was typed. */
  text: string;
  /** True when the input was longer than the cap and was shortened. */
  truncated: boolean;
  /** True when the text has at least one letter or digit, i.e. something to search for. */
  searchable: boolean;
}

// Control, format (zero-width), unpaired surrogate and private-use characters: never meaningful
// in a search, and NUL is rejected by PostgreSQL. Private use also keeps our highlight markers out.
const UNWANTED = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}]/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;

export function normaliseQuery(raw: string | string[] | undefined): NormalisedQuery {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value) return { text: "", truncated: false, searchable: false };
  // Bound the work before normalising: a 10 kB paste is cut long before anything else runs.
  const bounded = value.length > MAX_QUERY_LENGTH * 4 ? value.slice(0, MAX_QUERY_LENGTH * 4) : value;
  let text = bounded.normalize("NFKC").replace(UNWANTED, " ").replace(/\s+/g, " ").trim();
  let truncated = value.length > bounded.length;
  const chars = Array.from(text);
  if (chars.length > MAX_QUERY_LENGTH) {
    truncated = true;
    text = chars.slice(0, MAX_QUERY_LENGTH).join("");
    const lastSpace = text.lastIndexOf(" ");
    if (lastSpace > MAX_QUERY_LENGTH * 0.75) text = text.slice(0, lastSpace);
    text = text.trim();
  }
  return { text, truncated, searchable: WORD_CHAR.test(text) };
}

export type { SearchTerms };

const PREFIXABLE = /^[\p{L}\p{N}][\p{L}\p{M}\p{N}]{2,}$/u;

/**
 * The last word is also matched as a prefix ("inclu" finds "inclusion") when it is a plain word:
 * not inside an unclosed quote, not negated, not the `or` operator or right after it.
 */
export function toSearchTerms(text: string): SearchTerms {
  const tokens = text.split(" ").filter(Boolean);
  const last = tokens.at(-1);
  const beforeLast = tokens.at(-2);
  const openQuote = (text.match(/"/g)?.length ?? 0) % 2 === 1;
  if (!last || openQuote || !PREFIXABLE.test(last) || /^or$/i.test(last) || /^or$/i.test(beforeLast ?? "")) {
    return { websearch: text, prefix: null };
  }
  return { websearch: tokens.slice(0, -1).join(" "), prefix: `${last.toLowerCase()}:*` };
}

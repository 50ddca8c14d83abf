import type { SearchParams } from "@/lib/params";

/**
 * List pages filter and paginate by query string (/news?page=2, /resources?type=Guide), and a
 * page that reads its query string is rendered per request. So that each list page can be cached,
 * it is rewritten to a twin route that carries the query as one path segment
 * (/cached/news/page%3D2), in a canonical form: only the keys the page reads, sorted, empty values
 * and page 1 dropped; "all" when nothing is left. The page reads it back with `fromListSegment`.
 * proxy.ts rewrites with `toListSegment` when it is called; when it is not, next.config.mjs's
 * rewrites give a query already in canonical form the same segment (lib/security/cache-served.mjs).
 */
export const listRoutes = [
  { pattern: /^\/news\/?$/, keys: ["page"], twin: () => "/cached/news" },
  { pattern: /^\/resources\/?$/, keys: ["access", "page", "topic", "type"], twin: () => "/cached/resources" },
  {
    pattern: /^\/topics\/([a-z0-9][a-z0-9-]{0,199})\/?$/,
    keys: ["kind", "page"],
    twin: (match: RegExpMatchArray) => `/cached/topics/${match[1]}`,
  },
] as const;

/** A value worth keeping: short, printable, no separators (the page validates it further). */
const plausible = /^[\w .'&()-]{1,80}$/;

export function toListSegment(search: URLSearchParams, keys: readonly string[]): string {
  const kept = new URLSearchParams();
  for (const key of [...keys].sort()) {
    // The last value given, as Next's rewrite conditions read a repeated key (lib/security/cache-served.mjs).
    const value = search.getAll(key).at(-1)?.trim();
    if (!value || !plausible.test(value)) continue;
    if (key === "page" && (!/^\d{1,5}$/.test(value) || Number(value) <= 1)) continue;
    kept.set(key, key === "page" ? String(Number(value)) : value);
  }
  return kept.size ? kept.toString() : "all";
}

export function fromListSegment(segment: string): SearchParams {
  let decoded = segment;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    return {};
  }
  return decoded === "all" ? {} : Object.fromEntries(new URLSearchParams(decoded));
}

import type { SearchParams } from "@/lib/params";

/**
 * List pages filter and paginate by query string (/news?page=2, /resources?type=Guide), and a
 * page that reads its query string is rendered per request. So that each list page can be cached,
 * proxy.ts rewrites it to its internal twin (the route table's `list.target`), which carries the
 * query as one path segment (/internal/lists/news/page%3D2) in a canonical form: only the keys the
 * page reads, sorted, empty values and page 1 dropped; "all" when nothing is left. The page reads
 * it back with `fromListSegment`, and answers 404 (never cached) to values it does not know, so
 * made-up queries cannot fill the page cache.
 */

/** A value worth keeping: short, printable, no separators (the page validates it further). */
const plausible = /^[\w .'&()-]{1,80}$/;

/** The most of a free-text value kept (a search's own normalising cuts it shorter). */
const MAX_TEXT = 800;

/** `text`: the one key holding free text (a search query), kept with its spaces collapsed. */
export function toListSegment(search: URLSearchParams, keys: readonly string[], text?: string): string {
  const kept = new URLSearchParams();
  for (const key of [...keys].sort()) {
    // The last value given, as Next reads a repeated key.
    const value = search.getAll(key).at(-1)?.trim();
    if (value && key === text) {
      kept.set(key, value.slice(0, MAX_TEXT).replace(/\s+/g, " ").trim());
      continue;
    }
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

/** Whether the page understood every filter the segment gives (`understood`: the validated values by key). */
export function understoodAll(given: SearchParams, understood: object): boolean {
  const known = understood as Record<string, unknown>;
  return Object.keys(given).every((key) => key === "page" || known[key] !== undefined);
}

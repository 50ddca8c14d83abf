/** Reading untrusted query parameters: anything odd falls back to a default instead of failing. */

export type SearchParams = Record<string, string | string[] | undefined>;

export function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** A page number: a positive integer up to 10,000; anything else is page 1. */
export function pageParam(value: string | string[] | undefined): number {
  const raw = first(value);
  if (!raw || !/^\d{1,5}$/.test(raw)) return 1;
  const n = Number(raw);
  return n >= 1 && n <= 10_000 ? n : 1;
}

/** The value when it is one of `allowed`, else undefined (an unknown filter is ignored). */
export function oneOf<T extends string>(value: string | string[] | undefined, allowed: readonly T[]): T | undefined {
  const raw = first(value);
  return allowed.find((a) => a === raw);
}

/** Builds `path?query` from the non-empty entries, in a stable order. */
export function withQuery(path: string, query: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== "" && !(key === "page" && value === 1)) params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

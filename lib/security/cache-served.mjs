// Shared by next.config.mjs and lib/security/csp.ts (plain JavaScript: the config cannot import
// TypeScript; declarations beside it in cache-served.d.mts). proxy.ts repeats the matcher below
// literally, because Next reads its `config` without running it; lib/security/cache-served.test.ts
// holds the two together.

/**
 * Public pages a signed-out GET gets straight from the page cache, with none of our code running
 * for it: home, /membership, /topics, an article, a resource's public page, and a list (/news,
 * /resources, /topics/<slug>), filtered or not. proxy.ts is not called for them (its matcher leaves
 * them out) unless the request carries something it must act on (`proxyConditions`). A list is
 * rendered by a cached twin that carries the query as a path segment (lib/cache/list-query.ts):
 * the proxy sends it there when it is called, and `listRewrites` when it is not, to the same
 * segment.
 *
 * In Next's matcher syntax (path-to-regexp). Slugs of lower-case letters, digits and hyphens only:
 * a feed's dot, a percent-escape or a deeper path is not one, so the proxy sees it.
 */
export const cacheServedPages = "/((?:membership|topics|news|resources|(?:news|resources|topics)/[a-z0-9-]+)?)";

/**
 * The lists, the cached twin each is rendered by, and the query keys each reads (sorted): the same
 * as lib/cache/list-query.ts's `listRoutes`, which the proxy uses (the test holds them together).
 * The topic slug as list-query reads it.
 */
export const lists = [
  { source: "/news", twin: "/cached/news", keys: ["page"] },
  { source: "/resources", twin: "/cached/resources", keys: ["access", "page", "topic", "type"] },
  { source: "/topics/:slug([a-z0-9][a-z0-9-]{0,199})", twin: "/cached/topics/:slug", keys: ["kind", "page"] },
];

/** Query keys a list filters or pages by. */
export const listKeys = [...new Set(lists.flatMap((list) => list.keys))].sort();

/**
 * A filter value already in the canonical form the proxy would give it (lib/cache/list-query.ts's
 * `toListSegment` keeps it as it is) and safe in a path as it is: a page number from 2, or a word
 * of letters, digits, underscores and hyphens (every resource type, tier, topic and kind is one).
 * A list filtered by such values is rewritten to its twin here, without the proxy; any other value
 * (`page=1`, `page=02`, a space, an accent) sends the request through the proxy, which puts it in
 * canonical form.
 */
export function canonicalValue(key) {
  return key === "page" ? "[2-9]|[1-9]\\d{1,4}" : "[\\w-]{1,80}";
}

/**
 * What sends a request for a cache-served page through proxy.ts after all: a session cookie or
 * the session hint (a signed-in member's resource page is decided per request, and the hint is
 * kept in step with the session); an Origin, which browsers send with every POST, PUT, PATCH and
 * DELETE but not with a same-origin GET, a body or a server action (the cross-site check and the
 * database-down 503); a Content-Security-Policy the client sent itself, which only the proxy
 * removes (Next would take a nonce from it into a page it caches); or a list's filter whose value
 * is not in canonical form. (Next matches a condition's value against the whole of the last value
 * given for the key; a key given once with an empty value counts as absent, one given twice or more
 * as present, so `?page=&page=` goes through the proxy.)
 */
export const proxyConditions = [
  { type: "header", key: "cookie", value: ".*(?:authjs\\.session-token|signed_in=).*" },
  { type: "header", key: "origin" },
  { type: "header", key: "content-type" },
  { type: "header", key: "next-action" },
  { type: "header", key: "content-security-policy" },
  { type: "header", key: "content-security-policy-report-only" },
  ...listKeys.map((key) => ({ type: "query", key, value: `(?!(?:${canonicalValue(key)})$)[\\s\\S]*` })),
];

/** Every subset of `keys`, each in the order of `keys`. */
function subsets(keys) {
  return keys.reduce((all, key) => [...all, ...all.map((subset) => [...subset, key])], [[]]);
}

/**
 * A list the proxy is not called for goes to its cached twin by one of these rewrites, to the same
 * segment the proxy would give it: its filters in canonical form, sorted, as `key=value` joined by
 * `&`, or "all" without any. One rule for each set of filters a list may carry (22 in all); a rule
 * applies when exactly its filters are present. (next.config.mjs makes these rules case-sensitive,
 * as the proxy's matcher is: /NEWS is not /news.)
 */
export const listRewrites = lists.flatMap((list) =>
  subsets(list.keys).map((filters) => ({
    source: list.source,
    destination: `${list.twin}/${filters.map((key) => `${key}=:${key}`).join("&") || "all"}`,
    ...(filters.length ? { has: filters.map((key) => ({ type: "query", key, value: `(?<${key}>${canonicalValue(key)})` })) } : {}),
    missing: [...proxyConditions, ...list.keys.filter((key) => !filters.includes(key)).map((key) => ({ type: "query", key }))],
  })),
);

/**
 * Content-Security-Policy directives other than script-src. Cacheable pages get these alone from
 * proxy.ts (or, when it is not called, from next.config.mjs), and their script-src from the page
 * cache, which hashes each page's inline scripts (lib/security/csp.ts).
 */
export const baseDirectives = [
  "script-src-attr 'none'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "media-src 'self'",
  "frame-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

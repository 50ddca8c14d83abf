// Shared by next.config.mjs and lib/security/csp.ts (plain JavaScript: the config cannot import
// TypeScript; declarations beside it in cache-served.d.mts). proxy.ts repeats the matcher below
// literally, because Next reads its `config` without running it; lib/security/cache-served.test.ts
// holds the two together.

/**
 * Public pages a signed-out GET gets straight from the page cache, with none of our code running
 * for it: home, /membership, /topics, an article, a resource's public page, and a list (/news,
 * /resources, /topics/<slug>) asked for with none of its filters. proxy.ts is not called for them
 * (its matcher leaves them out) unless the request carries something it must act on
 * (`proxyConditions`); a list with a filter goes through it to its cached twin, which carries the
 * query as a path segment (lib/cache/list-query.ts), and one without goes to its twin's "all"
 * (`listRewrites`, the same segment the proxy would give it).
 *
 * In Next's matcher syntax (path-to-regexp). Slugs of lower-case letters, digits and hyphens only:
 * a feed's dot, a percent-escape or a deeper path is not one, so the proxy sees it.
 */
export const cacheServedPages = "/((?:membership|topics|news|resources|(?:news|resources|topics)/[a-z0-9-]+)?)";

/** Query keys a list filters or pages by (lib/cache/list-query.ts's `listRoutes`). */
export const listKeys = ["access", "kind", "page", "topic", "type"];

/**
 * What sends a request for a cache-served page through proxy.ts after all: a session cookie or
 * the session hint (a signed-in member's resource page is decided per request, and the hint is
 * kept in step with the session); an Origin, which browsers send with every POST, PUT, PATCH and
 * DELETE but not with a same-origin GET, a body or a server action (the cross-site check and the
 * database-down 503); a Content-Security-Policy the client sent itself, which only the proxy
 * removes (Next would take a nonce from it into a page it caches); or a list's filter.
 */
export const proxyConditions = [
  { type: "header", key: "cookie", value: ".*(?:authjs\\.session-token|signed_in=).*" },
  { type: "header", key: "origin" },
  { type: "header", key: "content-type" },
  { type: "header", key: "next-action" },
  { type: "header", key: "content-security-policy" },
  { type: "header", key: "content-security-policy-report-only" },
  ...listKeys.map((key) => ({ type: "query", key })),
];

/**
 * A list with none of its filters, when the proxy is not called: its cached twin's "all". The topic
 * slug as lib/cache/list-query.ts's `listRoutes` reads it. (next.config.mjs makes these rules
 * case-sensitive, as the proxy's matcher is: /NEWS is not /news.)
 */
export const listRewrites = [
  { source: "/news", destination: "/cached/news/all", missing: proxyConditions },
  { source: "/resources", destination: "/cached/resources/all", missing: proxyConditions },
  { source: "/topics/:slug([a-z0-9][a-z0-9-]{0,199})", destination: "/cached/topics/:slug/all", missing: proxyConditions },
];

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

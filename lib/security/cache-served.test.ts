import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { NextConfig } from "next";
import { describe, expect, it } from "vitest";
import { listRoutes, toListSegment } from "@/lib/cache/list-query";
import { baseDirectives, cacheServedPages, listKeys, listRewrites, lists, proxyConditions } from "./cache-served.mjs";
import { contentSecurityPolicy } from "./csp";

const root = path.join(import.meta.dirname, "..", "..");
// Next's own matcher compiler and the function its server asks whether to call the proxy (not in
// its public types).
const require = createRequire(import.meta.url);
const { getMiddlewareMatchers } = require("next/dist/build/analysis/get-page-static-info") as {
  getMiddlewareMatchers: (matcher: unknown, config: object) => unknown[];
};
const { getMiddlewareRouteMatcher } = require("next/dist/shared/lib/router/utils/middleware-route-matcher") as {
  getMiddlewareRouteMatcher: (matchers: unknown[]) => (pathname: string, request: { headers: object }, query: object) => boolean;
};
// How Next's router matches next.config's headers and rewrites (server/lib/router-utils/filesystem.js).
const { getPathMatch } = require("next/dist/shared/lib/router/utils/path-match") as {
  getPathMatch: (source: string, options: object) => (pathname: string) => object | false;
};
const { matchHas } = require("next/dist/shared/lib/router/utils/prepare-destination") as {
  matchHas: (request: { headers: object }, query: object, has?: unknown[], missing?: unknown[]) => object | false;
};

// How Next's server turns a query string into the object its conditions are matched against (a
// repeated key becomes an array).
const { searchParamsToUrlQuery } = require("next/dist/shared/lib/router/utils/querystring") as {
  searchParamsToUrlQuery: (params: URLSearchParams) => Record<string, string | string[]>;
};
const query = (url: URL) => searchParamsToUrlQuery(url.searchParams);

/** proxy.ts's `config`, read the way Next reads it: as a literal, without running the module. */
function proxyConfig(): { matcher: (string | { source: string; has?: unknown[] })[] } {
  const source = readFileSync(path.join(root, "proxy.ts"), "utf8");
  const literal = source.match(/^export const config = (\{[\s\S]*?\n\});$/m)?.[1];
  if (!literal) throw new Error("proxy.ts has no `export const config = {…};`");
  return new Function(`return (${literal});`)() as ReturnType<typeof proxyConfig>;
}

const runsProxy = getMiddlewareRouteMatcher(getMiddlewareMatchers(proxyConfig().matcher, {}));

/** Whether Next calls proxy.ts for this request. */
function proxied(address: string, headers: Record<string, string> = {}): boolean {
  const url = new URL(address, "http://localhost");
  return runsProxy(url.pathname, { headers }, query(url));
}

/**
 * Whether a next.config header or rewrite rule applies to this request, as Next's router decides:
 * the parameters it captures from the path and the query, or null.
 */
function ruleMatch(
  rule: { source: string; has?: unknown[]; missing?: unknown[] },
  address: string,
  headers: Record<string, string>,
  caseSensitive: boolean,
): Record<string, string> | null {
  const url = new URL(address, "http://localhost");
  const path = getPathMatch(rule.source, { strict: true, removeUnnamedParams: true, sensitive: caseSensitive })(url.pathname);
  const conditions = path === false ? false : matchHas({ headers }, query(url), rule.has, rule.missing);
  return conditions === false ? null : ({ ...path, ...conditions } as Record<string, string>);
}

const ruleApplies = (...args: Parameters<typeof ruleMatch>) => ruleMatch(...args) !== null;

/** Where a rewrite rule sends a request it matched: its destination with the parameters filled in. */
function destination(rule: { destination: string }, params: Record<string, string>): string {
  return rule.destination.replace(/:(\w+)/g, (_, key: string) => params[key]!);
}

/** The twin the proxy sends a list to (as proxy.ts's `listRoute`, segment decoded); null for any other page. */
function proxysTwin(address: string): string | null {
  const url = new URL(address, "http://localhost");
  for (const route of listRoutes) {
    const match = url.pathname.match(route.pattern);
    if (match && !url.pathname.endsWith("/")) return `${route.twin(match)}/${decodeURIComponent(toListSegment(url.searchParams, route.keys))}`;
  }
  return null;
}

async function loadNextConfig(): Promise<NextConfig> {
  return ((await import(path.join(root, "next.config.mjs"))) as { default: NextConfig }).default;
}

describe("pages served from the cache without the proxy", () => {
  const cached = [
    "/",
    "/membership",
    "/topics",
    "/news/nasen-response-to-naht-empty-promises-report",
    "/resources/national-send-update",
    "/news",
    "/resources",
    "/topics/autism",
  ];

  it("a signed-out GET for home, membership, topics, an article, a resource page or an unfiltered list does not call the proxy", () => {
    for (const page of cached) expect(proxied(page, { accept: "text/html" }), page).toBe(false);
    // A query the pages do not read (a newsletter's tracking) changes nothing.
    expect(proxied("/news/nasen-response-to-naht-empty-promises-report?utm_source=newsletter")).toBe(false);
    expect(proxied("/news?utm_source=newsletter")).toBe(false);
  });

  it("a list filtered or paged in canonical form is left to next.config's rewrites; any other form goes through the proxy", () => {
    for (const address of ["/news?page=2", "/resources?type=Guide", "/resources?access=gold&topic=autism", "/topics/autism?kind=resource", "/resources?page=3&type=Video"])
      expect(proxied(address), address).toBe(false);
    for (const address of ["/news?page=1", "/news?page=02", "/news?page=x", "/resources?type=Good%20practice", "/resources?topic=%C3%A9", `/resources?type=${"a".repeat(81)}`])
      expect(proxied(address), address).toBe(true);
  });

  it("a session cookie (plain, secure, chunked), the session hint or a body sends them through the proxy", () => {
    const carrying: Record<string, string>[] = [
      { cookie: "authjs.session-token=abc" },
      { cookie: "theme=dark; __Secure-authjs.session-token=abc" },
      { cookie: "authjs.session-token.0=abc; authjs.session-token.1=def" },
      { cookie: "signed_in=1" },
      { "content-type": "application/x-www-form-urlencoded" },
      { "next-action": "abc123" },
      { origin: "https://elsewhere.example" },
      { "content-security-policy": "script-src 'nonce-chosen-by-the-client'" },
      { "content-security-policy-report-only": "script-src 'none'" },
    ];
    for (const page of cached) for (const headers of carrying) expect(proxied(page, headers), `${page} ${JSON.stringify(headers)}`).toBe(true);
    // Cookies the proxy has nothing to do with leave the page to the cache.
    expect(proxied("/", { cookie: "theme=dark; text-size=large" })).toBe(false);
  });

  it("everything else calls the proxy: lists, feeds, downloads, guarded and per-request pages, odd paths", () => {
    for (const page of [
      "/news/feed.xml",
      "/resources/atom.xml",
      "/resources/national-send-update/download",
      "/resources/national-send-update/",
      "/news/Some-Article",
      "/NEWS",
      "/Membership",
      "/topics/Autism",
      "/news/%E0%A4%A",
      "/news/a.rsc",
      "/membership/x",
      "/account",
      "/admin",
      "/login",
      "/search",
      "/member/resources/x",
      "/api/me",
      "/robots.txt",
    ])
      expect(proxied(page), page).toBe(true);
    expect(proxied("/_next/static/chunks/app.js")).toBe(false);
  });

  it("proxy.ts's matcher is cache-served.mjs's pages and conditions, written out", () => {
    const [, ...conditional] = proxyConfig().matcher;
    expect(conditional.map((m) => (typeof m === "string" ? m : m.source))).toEqual(proxyConditions.map(() => cacheServedPages));
    expect(conditional.map((m) => (typeof m === "string" ? undefined : m.has))).toEqual(proxyConditions.map((c) => [c]));
  });

  it("those pages get the cacheable pages' baseline policy from next.config, exactly when the proxy does not run", async () => {
    const rules = await (await loadNextConfig()).headers!();
    const rule = rules.find((r) => r.source === cacheServedPages);
    expect(rule?.missing).toEqual(proxyConditions);
    expect(rule?.headers).toEqual([{ key: "Content-Security-Policy", value: contentSecurityPolicy({ cacheablePage: true }) }]);
    expect(contentSecurityPolicy({ cacheablePage: true })).toBe(baseDirectives.join("; "));
  });

  it("next.config rewrites every set of a list's filters, and reads the same lists and keys as the proxy", async () => {
    expect(lists.map((list) => list.keys)).toEqual(listRoutes.map((route) => [...route.keys]));
    expect(listRoutes[2].pattern.source).toContain("[a-z0-9][a-z0-9-]{0,199}");
    expect(lists[2]!.source).toContain("[a-z0-9][a-z0-9-]{0,199}");
    expect([...new Set(listRoutes.flatMap((route) => route.keys))].sort()).toEqual(listKeys);
    for (const route of listRoutes) expect(toListSegment(new URLSearchParams("utm_source=x"), route.keys)).toBe("all");
    const rewrites = await (await loadNextConfig()).rewrites!();
    expect(Array.isArray(rewrites) ? [] : rewrites.beforeFiles).toEqual(listRewrites);
    // 2 + 16 + 4: every subset of each list's keys.
    expect(listRewrites).toHaveLength(22);
    expect(listRewrites.map((r) => r.destination)).toContain("/cached/resources/access=:access&page=:page&topic=:topic&type=:type");
    expect(listRewrites.filter((r) => r.destination.endsWith("/all")).map((r) => r.source)).toEqual(lists.map((list) => list.source));
    for (const rewrite of listRewrites) expect(rewrite.missing.slice(0, proxyConditions.length)).toEqual(proxyConditions);
  });

  it("next.config's rules match paths case-sensitively, as the proxy's matcher does (/NEWS is not /news)", async () => {
    expect((await loadNextConfig()).experimental?.caseSensitiveRoutes).toBe(true);
  });

  it("on every request exactly one of the proxy and next.config gives a page its baseline policy, and only a list the proxy skips is rewritten, to the twin the proxy would have chosen", async () => {
    const config = await loadNextConfig();
    const caseSensitive = config.experimental?.caseSensitiveRoutes === true;
    const cspRule = (await config.headers!()).find((r) => r.source === cacheServedPages)!;
    const rewrites = await config.rewrites!();
    const listRules = Array.isArray(rewrites) ? [] : (rewrites.beforeFiles ?? []);
    const paths = [
      ...["/", "/membership", "/topics", "/news", "/resources", "/topics/autism", "/news/an-article", "/resources/a-resource"],
      ...["/NEWS", "/News", "/Membership", "/topics/Autism", "/topics/-x", `/topics/${"a".repeat(201)}`, "/news/", "/news/a/b"],
      ...["/news/a%20b", "/news/feed.xml", "/resources/a-resource/download", "/admin", "/account", "/login", "/search", "/api/me"],
    ];
    const queries = [
      ...["", "?utm_source=newsletter", "?page=", ...listKeys.map((key) => `?${key}=2`)],
      ...["?page=1", "?page=02", "?page=100000", "?type=Guide&access=gold", "?access=gold&page=3&topic=autism&type=Guide"],
      ...["?kind=resource&page=12", "?type=Good%20practice", "?type=Guide&page=1", `?topic=${"a".repeat(81)}`, "?type=a%0Ab"],
      ...["?type=Guide&type=a%20b", "?type=a%20b&type=Guide", "?page=2&page=", "?page=&page=", "?type=&type=Guide", "?type=&access=members"],
    ];
    const headerSets: Record<string, string>[] = [
      {},
      { cookie: "theme=dark" },
      ...proxyConditions.filter((c) => c.type === "header").map((c) => ({ [c.key]: c.key === "cookie" ? "signed_in=1" : "x" })),
    ];
    let checked = 0;
    for (const pathname of paths)
      for (const query of queries)
        for (const headers of headerSets) {
          const address = `${pathname}${query}`;
          const label = `${address} ${JSON.stringify(headers)}`;
          const viaProxy = proxied(address, headers);
          expect(ruleApplies(cspRule, address, headers, caseSensitive), `next.config's policy on ${label}`).toBe(!viaProxy);
          const rewritten = listRules.flatMap((rule) => {
            const params = ruleMatch(rule, address, headers, caseSensitive);
            return params ? [destination(rule, params)] : [];
          });
          const twin = proxysTwin(address);
          expect(rewritten.length, `rewrites of ${label}`).toBe(twin && !viaProxy ? 1 : 0);
          if (rewritten.length === 1) expect(rewritten[0], `rewrite of ${label}`).toBe(twin);
          checked++;
        }
    expect(checked).toBe(paths.length * queries.length * headerSets.length);
  });
});

import { routes, unmatchedRoute, type Route } from "./routes";

export interface Matched {
  route: Route;
  /** The path's `[param]` values, decoded. */
  params: Record<string, string>;
}

/** A row's path as a regular expression with a named group per `[param]`. */
export function routePattern(path: string): RegExp {
  const subtree = path.endsWith("/**");
  const base = subtree ? path.slice(0, -3) : path;
  const body = base
    .split("/")
    .map((part) => (/^\[\w+\]$/.test(part) ? `(?<${part.slice(1, -1)}>[^/]+)` : part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
    .join("/");
  return new RegExp(`^${body}${subtree ? "(?:/.*)?" : "/?"}$`);
}

const compiled = routes.map((route) => ({ route, pattern: routePattern(route.path) }));

/** The row serving this path (decoded, as requested, before any rewrite). */
export function matchRoute(pathname: string): Matched {
  for (const { route, pattern } of compiled) {
    const match = pathname.match(pattern);
    if (match) return { route, params: { ...match.groups } };
  }
  return { route: unmatchedRoute, params: {} };
}

/** Fills a target's `[param]`s from a match, each encoded as one path segment. */
export function fillPath(target: string, params: Record<string, string>): string {
  return target.replace(/\[(\w+)\]/g, (_, name: string) => encodeURIComponent(params[name] ?? ""));
}

/**
 * The script policy a response gets:
 * - `nonce`: rendered for this request alone, so Next can put a fresh nonce on its scripts;
 * - `cached`: may come from the page cache, whose entry carries a policy hashing its own scripts;
 * - `self`: not an HTML page Next renders (route handlers, pages the proxy answers itself).
 */
export type PolicyClass = "nonce" | "cached" | "self";

/**
 * For the row's own page, as served without a rewrite (a per-viewer row's own page is the cached
 * one signed-out visitors get; proxy.ts chooses for the pages it rewrites a viewer to).
 */
export function policyClass(route: Route): PolicyClass {
  if (route.handler || route.serving === "internal") return "self";
  return route.serving === "per-request" ? "nonce" : "cached";
}

/**
 * The lines of deploy/nginx.conf's `$portal_per_request` map: every row rendered per request
 * (and the internal rows, which answer 404), so nginx neither caches them nor queues requests
 * for them behind its cache lock.
 */
export function nginxPassThrough(): string[] {
  return routes
    .filter((route) => route.serving === "per-request" || route.serving === "internal")
    .map((route) => `"~${routePattern(route.path).source.replace(/\(\?<\w+>\[\^\/\]\+\)/g, "[^/]+").replaceAll("\\/", "/")}" 1;`);
}

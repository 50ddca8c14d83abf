/**
 * How every URL is served, in one place. proxy.ts, the script policy, the outage page and the list
 * rewrites read this table, and a test holds deploy/nginx.conf's pass-through list and proxy.ts's
 * matcher to it. A new page is its file plus one row here (docs/architecture.md).
 *
 * Serving:
 * - `cached`: the same for everyone, kept in the page cache and marked shareable;
 * - `cached-list`: a cached page whose query string picks the filters and page; rendered by its
 *   internal twin, which carries the query as a path segment;
 * - `per-viewer`: cached for signed-out visitors; a signed-in viewer gets what `lib/access` allows
 *   them, decided per request (the gated kind's open page or the page explaining why not);
 * - `per-request`: rendered for each request, never shared;
 * - `internal`: render targets of the rows above; a direct request is a 404.
 */
export type Serving = "cached" | "cached-list" | "per-viewer" | "per-request" | "internal";

/** Who may reach it (checked again by the page or handler itself). */
export type Guard = "none" | "signed-in" | "staff";

/** Content whose body or file only some viewers may open: each kind has a gate in lib/serving/gated.ts. */
export type GatedKind = "resource" | "newsletter";

export interface Route {
  /** Next's path syntax: `[param]` for one segment; a trailing `/**` covers everything below. */
  path: string;
  serving: Serving;
  guard?: Guard;
  /** Needs the database for every request: while it is down, a 503 page says so. */
  database?: boolean;
  /** A route handler (feed, file, API), not an HTML page: no page script policy. */
  handler?: boolean;
  /** The gated kind it shows: its page (per viewer) or its file (checked per request). */
  gated?: { kind: GatedKind; shows: "page" | "file" };
  /**
   * cached-list: the query keys it reads, and the internal page that renders it. `text`: the key
   * holding free text (a search). `scoped`: the answer depends on what the viewer may open, so the
   * target's `[scope]` names it (lib/serving/scope-grant.ts) and each audience is cached apart.
   */
  list?: { keys: readonly string[]; target: string; text?: string; scoped?: boolean };
}

/** First match wins: specific rows before the subtrees that contain them. */
export const routes: readonly Route[] = [
  { path: "/", serving: "cached" },
  { path: "/membership", serving: "cached" },
  { path: "/privacy", serving: "cached" },
  { path: "/access-denied", serving: "cached" },
  { path: "/news", serving: "cached-list", list: { keys: ["page"], target: "/internal/lists/news" } },
  { path: "/news/feed.xml", serving: "cached", handler: true },
  { path: "/news/atom.xml", serving: "cached", handler: true },
  { path: "/news/[slug]", serving: "cached" },
  { path: "/news/[slug]/share-image.png", serving: "cached", handler: true },
  {
    path: "/resources",
    serving: "cached-list",
    list: { keys: ["access", "page", "topic", "type"], target: "/internal/lists/resources" },
  },
  { path: "/resources/feed.xml", serving: "cached", handler: true },
  { path: "/resources/atom.xml", serving: "cached", handler: true },
  { path: "/resources/[slug]", serving: "per-viewer", gated: { kind: "resource", shows: "page" } },
  {
    path: "/resources/[slug]/download",
    serving: "per-request",
    database: true,
    handler: true,
    gated: { kind: "resource", shows: "file" },
  },
  // Uploaded images: public, and the address names the bytes, so every cache may keep them.
  { path: "/media/[hash]/[name]", serving: "cached", handler: true, database: true },
  { path: "/newsletters", serving: "per-request", database: true },
  // Newsletters' unsubscribe page and its form's and mail clients' one-click POST (no session).
  { path: "/newsletters/unsubscribe", serving: "per-request", database: true },
  { path: "/newsletters/unsubscribe/one-click", serving: "per-request", handler: true, database: true },
  { path: "/newsletters/[slug]", serving: "per-viewer", gated: { kind: "newsletter", shows: "page" } },
  {
    path: "/events",
    serving: "cached-list",
    list: { keys: ["mode", "month", "page", "topic", "type", "when"], target: "/internal/lists/events" },
  },
  { path: "/events/feed.xml", serving: "cached", handler: true },
  { path: "/events/atom.xml", serving: "cached", handler: true },
  // The same for everyone (prices for every audience, places left); the viewer's own price and booking are on /book.
  { path: "/events/[slug]", serving: "cached" },
  { path: "/events/[slug]/book", serving: "per-request", guard: "signed-in", database: true },
  // Slides, recordings and handouts: lib/access decides per request (tiers, or booked on the event).
  { path: "/events/[slug]/materials/[id]", serving: "per-request", database: true, handler: true },
  { path: "/certificates/[code]", serving: "per-request", database: true },
  { path: "/topics", serving: "cached" },
  { path: "/topics/[slug]", serving: "cached-list", list: { keys: ["kind", "page"], target: "/internal/lists/topics/[slug]" } },
  { path: "/sitemap.xml", serving: "cached", handler: true },
  { path: "/robots.txt", serving: "per-request", handler: true },
  {
    path: "/search",
    serving: "cached-list",
    list: {
      keys: ["access", "kind", "page", "q", "sort", "topic", "type", "year"],
      target: "/internal/search/[scope]",
      text: "q",
      scoped: true,
    },
  },
  { path: "/preferences", serving: "per-request" },
  { path: "/login", serving: "per-request", database: true },
  // The second step of signing in (a code or a passkey): its own page decides who may be there.
  { path: "/login/verify", serving: "per-request", database: true },
  { path: "/register/**", serving: "per-request", database: true },
  { path: "/forgot-password", serving: "per-request", database: true },
  { path: "/reset-password", serving: "per-request", database: true },
  { path: "/verify-email", serving: "per-request", database: true },
  // Choosing a paid tier: signed-out visitors sign in or register first, then come back here.
  { path: "/join/[tier]", serving: "per-request", guard: "signed-in", database: true },
  { path: "/account/**", serving: "per-request", guard: "signed-in", database: true },
  { path: "/admin/**", serving: "per-request", guard: "staff", database: true },
  // Stripe's signed events (no session, no Origin): verified by the handler on the raw body.
  { path: "/api/webhooks/stripe", serving: "per-request", handler: true, database: true },
  { path: "/api/**", serving: "per-request", handler: true },
  { path: "/internal/**", serving: "internal" },
];

/** Any other address: Next's not-found page, the same for everyone. */
export const unmatchedRoute: Route = { path: "/**", serving: "cached" };

/**
 * Files in public/ and the build's assets: served by Next as they are, without the proxy.
 * proxy.ts's matcher leaves out exactly these (a test compares).
 */
export const staticFiles = ["_next/static", "_next/image", "favicon.ico", "icons/", "manifest.webmanifest", "share-image.png"] as const;

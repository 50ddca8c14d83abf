import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { getLiveResourceGate } from "@/db/queries/resources";
import { canOpen, isStaff } from "@/lib/access";
import { auth } from "@/lib/auth/config";
import { carriesSessionCookie, sessionFromCookies } from "@/lib/auth/session";
import { viewerFromSession } from "@/lib/auth/viewer";
import { grantOpen, openResourceUrl } from "@/lib/content/open-grant";
import { refusedDownloadPage } from "@/lib/content/download-refusal";
import { htmlPage } from "@/lib/http/html-page";
import { listRoutes, toListSegment } from "@/lib/cache/list-query";
import { SESSION_HINT_COOKIE } from "@/lib/session-hint";
import { downloadPath, openResourcePath } from "@/lib/site";
import { logger } from "@/lib/logger";
import { finishResponse, refuseCrossSite, startRequest } from "@/lib/security/proxy-context";
import { unavailableWhileDatabaseDown } from "@/lib/server/availability";

function toLogin(request: NextRequest): Response {
  const login = new URL("/login", request.nextUrl);
  login.searchParams.set("callbackUrl", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.redirect(login, 303);
}

/**
 * Fast rejection for route classes: signed-out visitors to /account and /admin go to sign in;
 * non-staff get a 403 at /admin. Through Auth.js's `auth()`, which also renews the session cookie.
 * This is a convenience only: every page, route handler and server action checks again on the server.
 */
const guardAccountRoutes = auth(async (request) => {
  const viewer = await viewerFromSession(request.auth);
  if (!viewer) return toLogin(request);
  const { pathname } = request.nextUrl;
  if ((pathname === "/admin" || pathname.startsWith("/admin/")) && !isStaff(viewer)) {
    return NextResponse.rewrite(new URL("/access-denied", request.nextUrl), { status: 403 });
  }
  return NextResponse.next();
});

/**
 * This request's account (from its session cookie, read as pages read it) and the resource's gate,
 * both read at once: what lib/access decides a resource page or a download on.
 */
function viewerAndGate(request: NextRequest, slug: string) {
  return Promise.all([
    sessionFromCookies(request.cookies.getAll()).then(viewerFromSession),
    getLiveResourceGate(decodeURIComponent(slug)),
  ]);
}

/**
 * Downloads: signed-out visitors to a gated file go to sign in, viewers outside its audience get a
 * 403 page saying why. The route handler checks again.
 */
async function guardDownload(request: NextRequest, slug: string): Promise<Response> {
  const [viewer, resource] = await viewerAndGate(request, slug);
  if (!resource) return NextResponse.next(); // the route handler answers 404
  const decision = canOpen(viewer, resource);
  if (decision.allowed) return NextResponse.next();
  if (decision.reason === "signed-out") return toLogin(request);
  return refusedDownloadPage(resource, decision, viewer);
}

const guarded = /^\/(account|admin)(\/|$)/;

/** The slug of a resource page, /resources/[slug] (not the feeds). */
function resourcePageSlug(pathname: string): string | null {
  const resource = pathname.match(/^\/resources\/([^/]+)\/?$/);
  return resource && !["feed.xml", "atom.xml"].includes(resource[1]!) ? resource[1]! : null;
}

/**
 * Cached pages are the same for every visitor, but a resource page differs by viewer. A request that
 * carries a session and asks for one is decided here, per request, by lib/access: a viewer allowed
 * to open it is sent to the cached open page under a grant (lib/content/open-grant.ts), the same page
 * for every such viewer; anyone else to /member/resources/[slug], rendered for this viewer to say why
 * not. Both pages check for themselves: the open page serves nothing without a grant that verifies.
 */
async function memberResourcePage(request: NextRequest, slug: string): Promise<Response> {
  const decided = await viewerAndGate(request, slug).catch((error: unknown) => {
    // The per-viewer page answers as it would have (it reads the database itself).
    logger.warn({ err: error }, "resource access could not be decided in the proxy");
    return null;
  });
  const gate = decided?.[1];
  const grant = decided && gate ? grantOpen(gate, canOpen(decided[0], gate)) : null;
  const url = request.nextUrl.clone();
  url.pathname = gate && grant ? openResourceUrl(gate.slug, grant) : `/member/resources/${slug}`;
  // The open page is cached, and says so; this response is for one signed-in viewer.
  return NextResponse.rewrite(url, { headers: { "Cache-Control": "private, no-store" } });
}

/** List pages, for everyone: their cached twin, with the query string as a path segment. */
function listRoute(request: NextRequest): URL | null {
  for (const route of listRoutes) {
    const match = request.nextUrl.pathname.match(route.pattern);
    if (!match) continue;
    const url = request.nextUrl.clone();
    url.pathname = `${route.twin(match)}/${encodeURIComponent(toListSegment(request.nextUrl.searchParams, route.keys))}`;
    // Only the router's cache-buster survives; the rest now lives in the path.
    const rsc = request.nextUrl.searchParams.get("_rsc");
    url.search = rsc === null ? "" : `?_rsc=${encodeURIComponent(rsc)}`;
    return url;
  }
  return null;
}

/**
 * Keeps the session-hint cookie (lib/session-hint.ts) in step with the real session cookie, so the
 * header of a cached page knows whether to ask who is signed in.
 */
function withSessionHint<R extends Response>(response: R, signedIn: boolean, request: NextRequest): R {
  const hinted = request.cookies.get(SESSION_HINT_COOKIE)?.value === "1";
  if (signedIn === hinted) return response;
  const secure = request.nextUrl.protocol === "https:" ? "; Secure" : "";
  response.headers.append(
    "Set-Cookie",
    signedIn
      ? `${SESSION_HINT_COOKIE}=1; Path=/; SameSite=Lax${secure}`
      : `${SESSION_HINT_COOKIE}=; Path=/; Max-Age=0; SameSite=Lax${secure}`,
  );
  return response;
}

export async function proxy(request: NextRequest, event: NextFetchEvent) {
  // Request id (logs, response header) and Content-Security-Policy: lib/security.
  const signedIn = carriesSessionCookie(request.cookies.getAll().map((cookie) => cookie.name));
  const context = startRequest(request);
  const response = refuseCrossSite(request) ?? (await unavailableWhileDatabaseDown(request)) ?? (await route(request, event, signedIn));
  const answered = !response.headers.has("x-middleware-next") && !response.headers.has("x-middleware-rewrite");
  logger.info(
    { requestId: context.requestId, method: request.method, path: request.nextUrl.pathname, ...(answered ? { status: response.status } : {}) },
    "request",
  );
  return finishResponse(response, context, request);
}

async function route(request: NextRequest, event: NextFetchEvent, signedIn: boolean): Promise<Response> {
  // A malformed percent-escape would make the framework fail while decoding route parameters.
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return htmlPage(400, "That address is not valid", ["The link may be broken or mistyped."], [
      { href: "/", label: "Go to the home page" },
    ]);
  }
  // Only proxy.ts sends requests to the cached open page of a resource, under a grant it just made.
  if (openResourcePath.test(decodeURIComponent(request.nextUrl.pathname))) {
    return htmlPage(404, "Page not found", ["There is no page at this address."], [{ href: "/resources", label: "Browse resources" }]);
  }
  const download = request.nextUrl.pathname.match(downloadPath);
  if (download) return withSessionHint(await guardDownload(request, download[1]!), signedIn, request);
  if (!guarded.test(request.nextUrl.pathname)) {
    const readOnly = request.method === "GET" || request.method === "HEAD";
    const resourceSlug = readOnly && signedIn ? resourcePageSlug(request.nextUrl.pathname) : null;
    if (resourceSlug) return withSessionHint(await memberResourcePage(request, resourceSlug), signedIn, request);
    const twin = readOnly ? listRoute(request) : null;
    return withSessionHint(twin ? NextResponse.rewrite(twin) : NextResponse.next(), signedIn, request);
  }
  const response = await (guardAccountRoutes as unknown as (r: NextRequest, e: NextFetchEvent) => Promise<Response>)(request, event);
  return withSessionHint(response, signedIn, request);
}

/**
 * Everything but build assets, and but the pages a signed-out GET gets straight from the page cache
 * (lib/security/cache-served.mjs): calling the proxy at all costs Next about 1.5 ms of CPU a request,
 * as much again as serving the cached page. Those pages come here only when the request carries a
 * session, the session hint, an Origin, a body, a policy of its own, or a list's filter in a form
 * that is not canonical (a list whose filters are canonical goes to its twin by a rewrite in
 * next.config.mjs). Next reads this object without running the module, so it is written out in
 * full; lib/security/cache-served.test.ts checks it against cache-served.mjs.
 */
export const config = {
  matcher: [
    "/((?!_next/static|_next/image|favicon.ico|$|membership$|topics$|news$|resources$|(?:news|resources|topics)/[a-z0-9-]+$).*)",
    {
      source: "/((?:membership|topics|news|resources|(?:news|resources|topics)/[a-z0-9-]+)?)",
      has: [{ type: "header", key: "cookie", value: ".*(?:authjs\\.session-token|signed_in=).*" }],
    },
    { source: "/((?:membership|topics|news|resources|(?:news|resources|topics)/[a-z0-9-]+)?)", has: [{ type: "header", key: "origin" }] },
    { source: "/((?:membership|topics|news|resources|(?:news|resources|topics)/[a-z0-9-]+)?)", has: [{ type: "header", key: "content-type" }] },
    { source: "/((?:membership|topics|news|resources|(?:news|resources|topics)/[a-z0-9-]+)?)", has: [{ type: "header", key: "next-action" }] },
    { source: "/((?:membership|topics|news|resources|(?:news|resources|topics)/[a-z0-9-]+)?)", has: [{ type: "header", key: "content-security-policy" }] },
    { source: "/((?:membership|topics|news|resources|(?:news|resources|topics)/[a-z0-9-]+)?)", has: [{ type: "header", key: "content-security-policy-report-only" }] },
    { source: "/((?:membership|topics|news|resources|(?:news|resources|topics)/[a-z0-9-]+)?)", has: [{ type: "query", key: "access", value: "(?!(?:[\\w-]{1,80})$)[\\s\\S]*" }] },
    { source: "/((?:membership|topics|news|resources|(?:news|resources|topics)/[a-z0-9-]+)?)", has: [{ type: "query", key: "kind", value: "(?!(?:[\\w-]{1,80})$)[\\s\\S]*" }] },
    { source: "/((?:membership|topics|news|resources|(?:news|resources|topics)/[a-z0-9-]+)?)", has: [{ type: "query", key: "page", value: "(?!(?:[2-9]|[1-9]\\d{1,4})$)[\\s\\S]*" }] },
    { source: "/((?:membership|topics|news|resources|(?:news|resources|topics)/[a-z0-9-]+)?)", has: [{ type: "query", key: "topic", value: "(?!(?:[\\w-]{1,80})$)[\\s\\S]*" }] },
    { source: "/((?:membership|topics|news|resources|(?:news|resources|topics)/[a-z0-9-]+)?)", has: [{ type: "query", key: "type", value: "(?!(?:[\\w-]{1,80})$)[\\s\\S]*" }] },
  ],
};

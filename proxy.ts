import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { canOpen, isStaff, openScope } from "@/lib/access";
import { auth } from "@/lib/auth/config";
import { carriesSessionCookie, sessionFromCookies } from "@/lib/auth/session";
import { needsSecondFactor, SECOND_FACTOR_REQUIRED_PATH } from "@/lib/auth/second-factor/policy";
import { viewerFromSession } from "@/lib/auth/viewer";
import { logger } from "@/lib/logger";
import { finishResponse, refuseCrossSite, startRequest } from "@/lib/security/proxy-context";
import { unavailableWhileDatabaseDown } from "@/lib/server/availability";
import { gates } from "@/lib/serving/gated";
import { toListSegment } from "@/lib/serving/list-query";
import { fillPath, matchRoute, policyClass, type Matched, type PolicyClass } from "@/lib/serving/match";
import { unmatchedRoute } from "@/lib/serving/routes";
import { grantOpen, openPagePath, viewerPagePath } from "@/lib/serving/open-grant";
import { PUBLIC_SCOPE, scopeSegment } from "@/lib/serving/scope-grant";
import { SESSION_HINT_COOKIE } from "@/lib/session-hint";

/**
 * Every request but build assets and public/ files comes here once. What happens to it follows its
 * row in the route table (lib/serving/routes.ts). This is a convenience and a router, never the
 * only guard: every page, route handler and server action checks access again on the server.
 *
 * Rewrites and redirects are made from `request.url`, the address the server itself was started on
 * (`skipProxyUrlNormalize` in next.config.ts): Next treats a rewrite to any other origin as external
 * and sends it back to itself over HTTP, past this proxy again.
 */
export async function proxy(request: NextRequest, event: NextFetchEvent) {
  const context = startRequest(request);
  const signedIn = carriesSessionCookie(request.cookies.getAll().map((cookie) => cookie.name));
  const { response, policy } = await answer(request, event, signedIn, context.requestId);
  const answered = !response.headers.has("x-middleware-next") && !response.headers.has("x-middleware-rewrite");
  logger.info(
    { requestId: context.requestId, method: request.method, path: request.nextUrl.pathname, ...(answered ? { status: response.status } : {}) },
    "request",
  );
  return finishResponse(withSessionHint(response, signedIn, request), context, policy);
}

interface Answer {
  response: Response;
  /** The script policy of the page that answers (lib/security/csp.ts). */
  policy: PolicyClass;
}

const self = (response: Response): Answer => ({ response, policy: "self" });

async function answer(request: NextRequest, event: NextFetchEvent, signedIn: boolean, requestId: string): Promise<Answer> {
  // Matched as Next routes it, decoded (/%69nternal is /internal). A malformed percent-escape would
  // make the framework fail while decoding route parameters.
  let pathname: string;
  try {
    pathname = decodeURIComponent(request.nextUrl.pathname);
  } catch {
    // The same page for everyone, cached like the not-found page.
    return { response: rewrite(request, "/internal/invalid-address", "", { status: 400 }), policy: "cached" };
  }
  const matched = matchRoute(pathname);
  if (matched.route.serving === "internal") return notFoundPage(request);
  try {
    return await route(request, event, signedIn, matched);
  } catch (error) {
    // The row's own page or handler decides again for itself, and answers as it would have.
    logger.warn({ err: error, requestId }, "the proxy could not decide; passed on");
    return { response: NextResponse.next(), policy: policyClass(matched.route) };
  }
}

async function route(request: NextRequest, event: NextFetchEvent, signedIn: boolean, matched: Matched): Promise<Answer> {
  const { route } = matched;
  const refused = refuseCrossSite(request) ?? (await unavailableWhileDatabaseDown(request, route));
  if (refused) return self(refused);

  const readOnly = request.method === "GET" || request.method === "HEAD";
  if (route.guard === "signed-in" || route.guard === "staff") return guardAccount(request, event, matched);
  if (route.gated?.shows === "file") return guardFile(request, matched);
  if (route.gated?.shows === "page" && signedIn && readOnly) return gatedPage(request, matched);
  if (route.list && readOnly) {
    const scope = route.list.scoped ? await viewerScope(request, signedIn) : undefined;
    const target = fillPath(route.list.target, scope === undefined ? matched.params : { ...matched.params, scope });
    const segment = encodeURIComponent(toListSegment(request.nextUrl.searchParams, route.list.keys, route.list.text));
    // Only the router's cache-buster survives; the rest now lives in the path.
    const rsc = request.nextUrl.searchParams.get("_rsc");
    // A page for a signed-in audience is shared by everyone in it, never by a cache outside this server.
    const init = scope !== undefined && scope !== PUBLIC_SCOPE ? { headers: { "Cache-Control": "private, no-store" } } : undefined;
    return { response: rewrite(request, `${target}/${segment}`, rsc === null ? "" : `?_rsc=${encodeURIComponent(rsc)}`, init), policy: "cached" };
  }
  return { response: NextResponse.next(), policy: policyClass(route) };
}

/**
 * What this request's viewer may open, as the path segment of a page cached per audience. When
 * their account cannot be read, what everyone may open: less than theirs, never more.
 */
async function viewerScope(request: NextRequest, signedIn: boolean): Promise<string> {
  if (!signedIn) return PUBLIC_SCOPE;
  try {
    return scopeSegment(openScope(await viewerFromSession(await sessionFromCookies(request.cookies.getAll()))));
  } catch (error) {
    logger.warn({ err: error }, "could not read the viewer's account; searched what everyone may open");
    return PUBLIC_SCOPE;
  }
}

/**
 * The site's not-found page, in its layout, with a 404: rendered for an address under /internal
 * that has no page, as Next renders it for any unknown address.
 */
function notFoundPage(request: NextRequest): Answer {
  return { response: rewrite(request, "/internal/not-found"), policy: policyClass(unmatchedRoute) };
}

/** An in-process rewrite: same origin as the server's own address. */
function rewrite(request: NextRequest, pathname: string, search = "", init?: ResponseInit): Response {
  const url = new URL(request.url);
  url.pathname = pathname;
  url.search = search;
  return NextResponse.rewrite(url, init);
}

function toLogin(request: NextRequest): Response {
  const login = new URL("/login", request.url);
  // `_rsc` is the router's cache-buster on a client-side navigation, not part of where they were going.
  const back = new URL(request.nextUrl);
  back.searchParams.delete("_rsc");
  login.searchParams.set("callbackUrl", `${back.pathname}${back.search}`);
  return NextResponse.redirect(login, 303);
}

/**
 * Signed-out visitors to /account and /admin go to sign in; non-staff get a 403 at /admin. Through
 * Auth.js's `auth()`, which also renews the session cookie.
 */
async function guardAccount(request: NextRequest, event: NextFetchEvent, { route }: Matched): Promise<Answer> {
  const guard = auth(async (authed) => {
    const viewer = await viewerFromSession(authed.auth);
    if (!viewer) return toLogin(request);
    if (route.guard === "staff" && !isStaff(viewer)) return rewrite(request, "/access-denied", "", { status: 403 });
    if (route.guard === "staff" && needsSecondFactor(viewer)) return NextResponse.redirect(new URL(SECOND_FACTOR_REQUIRED_PATH, request.url), 303);
    return NextResponse.next();
  }) as unknown as (r: NextRequest, e: NextFetchEvent) => Promise<Response>;
  const response = await guard(request, event);
  // The 403 page is the same for everyone (cached); the account pages are rendered per request.
  return { response, policy: response.headers.has("x-middleware-rewrite") ? "cached" : policyClass(route) };
}

/** This request's account (from its session cookie, read as pages read it) and the item's gate, read at once. */
function viewerAndGate({ route, params }: Matched, request: NextRequest) {
  return Promise.all([
    sessionFromCookies(request.cookies.getAll()).then(viewerFromSession),
    gates[route.gated!.kind](params.slug ?? ""),
  ]);
}

/**
 * A gated file: signed-out visitors go to sign in; viewers outside its audience get, with a 403,
 * the item's page as they may see it, which says why and what would open it. The route handler
 * checks again, and answers 404 for what does not exist.
 */
async function guardFile(request: NextRequest, matched: Matched): Promise<Answer> {
  const [viewer, item] = await viewerAndGate(matched, request);
  if (!item) return notFoundPage(request);
  const decision = canOpen(viewer, item);
  if (decision.allowed) return self(NextResponse.next());
  if (decision.reason === "signed-out") return self(toLogin(request));
  const kind = matched.route.gated!.kind;
  const headers = { "Cache-Control": "private, no-store" };
  return { response: rewrite(request, viewerPagePath(kind, item.slug), "", { status: 403, headers }), policy: "nonce" };
}

/**
 * A gated page for a request carrying a session, decided here by lib/access: a viewer allowed to
 * open it goes to its cached open page under a grant (lib/serving/open-grant.ts), the same page
 * for every such viewer; anyone else to its viewer page, rendered for them to say why not. Both
 * pages check for themselves. Signed-out visitors get the public page from the cache.
 */
async function gatedPage(request: NextRequest, matched: Matched): Promise<Answer> {
  const kind = matched.route.gated!.kind;
  const slug = matched.params.slug ?? "";
  const [viewer, item] = await viewerAndGate(matched, request);
  const grant = item ? grantOpen(kind, item, canOpen(viewer, item)) : null;
  const headers = { "Cache-Control": "private, no-store" };
  if (item && grant) return { response: rewrite(request, openPagePath(kind, item.slug, grant), "", { headers }), policy: "cached" };
  return { response: rewrite(request, viewerPagePath(kind, slug), "", { headers }), policy: "nonce" };
}

/**
 * Keeps the session-hint cookie (lib/session-hint.ts) in step with the real session cookie, so the
 * header of a cached page knows whether to ask who is signed in.
 */
function withSessionHint(response: Response, signedIn: boolean, request: NextRequest): Response {
  const hinted = request.cookies.get(SESSION_HINT_COOKIE)?.value === "1";
  if (signedIn === hinted) return response;
  const secure = request.nextUrl.protocol === "https:" ? "; Secure" : "";
  const cookie = signedIn
    ? `${SESSION_HINT_COOKIE}=1; Path=/; SameSite=Lax${secure}`
    : `${SESSION_HINT_COOKIE}=; Path=/; Max-Age=0; SameSite=Lax${secure}`;
  try {
    response.headers.append("Set-Cookie", cookie);
    return response;
  } catch {
    const copy = new Response(response.body, response); // immutable headers (e.g. Response.redirect)
    copy.headers.append("Set-Cookie", cookie);
    return copy;
  }
}

/**
 * Everything but build assets and public/ files (the route table's `staticFiles`; Next reads this
 * object without running the module, so it is written out, and a test compares the two).
 */
export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icons/|manifest.webmanifest|share-image.png).*)"],
};

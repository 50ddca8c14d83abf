import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { getLiveResourceGate } from "@/db/queries/resources";
import { canOpen, isStaff } from "@/lib/access";
import { auth } from "@/lib/auth/config";
import { viewerFromSession } from "@/lib/auth/viewer";
import { refusedDownloadPage } from "@/lib/content/download-refusal";
import { htmlPage } from "@/lib/http/html-page";
import { logger } from "@/lib/logger";
import { finishResponse, refuseCrossSite, startRequest } from "@/lib/security/proxy-context";
import { unavailableWhileDatabaseDown } from "@/lib/server/availability";

/**
 * Fast rejection for route classes: signed-out visitors to /account, /admin and gated downloads go
 * to sign in; non-staff get a 403 at /admin; downloads outside the viewer's tier get a 403. This is
 * a convenience only: every page, route handler and server action checks again on the server.
 */
const guard = auth(async (request) => {
  const { pathname, search } = request.nextUrl;
  const viewer = await viewerFromSession(request.auth);
  const toLogin = () => {
    const login = new URL("/login", request.nextUrl);
    login.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(login, 303);
  };

  const download = pathname.match(/^\/resources\/([^/]+)\/download\/?$/);
  if (download) {
    const resource = await getLiveResourceGate(decodeURIComponent(download[1]!));
    if (!resource) return NextResponse.next(); // the route handler answers 404
    const decision = canOpen(viewer, resource);
    if (decision.allowed) return NextResponse.next();
    if (decision.reason === "signed-out") return toLogin();
    return refusedDownloadPage(resource, decision, viewer);
  }

  if (!viewer) return toLogin();
  if ((pathname === "/admin" || pathname.startsWith("/admin/")) && !isStaff(viewer)) {
    return NextResponse.rewrite(new URL("/access-denied", request.nextUrl), { status: 403 });
  }
  return NextResponse.next();
});

const guarded = /^\/(account|admin)(\/|$)|^\/resources\/[^/]+\/download\/?$/;

export async function proxy(request: NextRequest, event: NextFetchEvent) {
  // Request id (logs, response header) and Content-Security-Policy: lib/security.
  const context = startRequest(request);
  const response = refuseCrossSite(request) ?? (await unavailableWhileDatabaseDown(request)) ?? (await route(request, event));
  const answered = !response.headers.has("x-middleware-next") && !response.headers.has("x-middleware-rewrite");
  logger.info(
    { requestId: context.requestId, method: request.method, path: request.nextUrl.pathname, ...(answered ? { status: response.status } : {}) },
    "request",
  );
  return finishResponse(response, context);
}

async function route(request: NextRequest, event: NextFetchEvent): Promise<Response> {
  // A malformed percent-escape would make the framework fail while decoding route parameters.
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return htmlPage(400, "That address is not valid", ["The link may be broken or mistyped."], [
      { href: "/", label: "Go to the home page" },
    ]);
  }
  if (!guarded.test(request.nextUrl.pathname)) return NextResponse.next();
  return (guard as unknown as (r: NextRequest, e: NextFetchEvent) => Promise<Response>)(request, event);
}

export const config = {
  // Everything but build assets; unguarded paths cost one decode check.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};

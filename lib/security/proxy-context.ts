import type { NextRequest } from "next/server";
import { htmlPage } from "@/lib/http/html-page";
import { cacheablePage, contentSecurityPolicy, createNonce, usesNonce } from "./csp";
import { isCrossSiteRequest } from "./origin";
import { REQUEST_ID_HEADER, requestIdFrom } from "./request-id";

export interface RequestContext {
  requestId: string;
  policy: string;
  /** Headers the app sees for this request (with the request id, and the policy carrying the nonce). */
  forwarded: Headers;
}

/** Called first in proxy.ts: the request id, and the CSP (with a nonce on dynamic route classes). */
export function startRequest(request: NextRequest, signedIn: boolean): RequestContext {
  const requestId = requestIdFrom(request.headers.get(REQUEST_ID_HEADER));
  const { pathname } = request.nextUrl;
  const nonce = usesNonce(pathname, signedIn) ? createNonce() : undefined;
  const development = process.env.NODE_ENV === "development";
  const policy = contentSecurityPolicy({ nonce, cacheablePage: cacheablePage(pathname, signedIn), development });
  const forwarded = new Headers(request.headers);
  forwarded.set(REQUEST_ID_HEADER, requestId);
  // Next.js reads the nonce from the request's policy and puts it on the scripts it renders.
  if (nonce) forwarded.set("content-security-policy", policy);
  return { requestId, policy, forwarded };
}

/**
 * Called on whatever proxy.ts answers: the response carries the request id and the policy, and a
 * request passed on to the app (next or rewrite) carries the forwarded headers.
 */
export function finishResponse(response: Response, context: RequestContext): Response {
  let out = response;
  try {
    out.headers.set(REQUEST_ID_HEADER, context.requestId);
  } catch {
    out = new Response(response.body, response); // immutable headers (e.g. Response.redirect)
    out.headers.set(REQUEST_ID_HEADER, context.requestId);
  }
  const passedOn = out.headers.get("x-middleware-next") === "1" || out.headers.has("x-middleware-rewrite");
  // A page the proxy answers itself (sign-in redirect, 403, 503) has no inline script at all.
  out.headers.set("content-security-policy", passedOn ? context.policy : contentSecurityPolicy({ development: process.env.NODE_ENV === "development" }));
  if (passedOn) {
    // The same fields NextResponse.next({ request: { headers } }) sets.
    out.headers.set("x-middleware-override-headers", [...context.forwarded.keys()].join(","));
    for (const [key, value] of context.forwarded) out.headers.set(`x-middleware-request-${key}`, value);
  }
  return out;
}

/**
 * A cross-site form post or action call, refused with a 403 page before anything runs (Next.js
 * would also refuse a server action, but with a 500; Auth.js's CSRF token guards its own posts).
 */
export function refuseCrossSite(request: NextRequest): Response | null {
  if (!isCrossSiteRequest(request.method, request.headers)) return null;
  return htmlPage(403, "That form was sent from another website", [
    "For your safety we only accept forms sent from this site's own pages. Nothing was changed.",
  ], [{ href: request.nextUrl.pathname, label: "Open the page and try again" }]);
}

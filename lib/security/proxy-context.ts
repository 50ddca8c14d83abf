import type { NextRequest } from "next/server";
import { siteOrigin } from "@/lib/env";
import { htmlPage } from "@/lib/http/html-page";
import type { PolicyClass } from "@/lib/serving/match";
import { contentSecurityPolicy, createNonce } from "./csp";
import { isCrossSiteRequest } from "./origin";
import { REQUEST_ID_HEADER, requestIdFrom } from "./request-id";

export interface RequestContext {
  requestId: string;
  /** Headers the app sees for this request (with the request id; the policy carrying any nonce is added on the way out). */
  forwarded: Headers;
}

/** Called first in proxy.ts: the request id. */
export function startRequest(request: NextRequest): RequestContext {
  const requestId = requestIdFrom(request.headers.get(REQUEST_ID_HEADER));
  const forwarded = new Headers(request.headers);
  forwarded.set(REQUEST_ID_HEADER, requestId);
  return { requestId, forwarded };
}

/**
 * Called on whatever proxy.ts answers: the response carries the request id and the script policy of
 * the page that answers (`policy`, from the route table), and a request passed on to the app (next
 * or rewrite) carries the forwarded headers, with the nonce Next puts on the scripts it renders.
 */
export function finishResponse(response: Response, context: RequestContext, policy: PolicyClass): Response {
  let out = response;
  try {
    out.headers.set(REQUEST_ID_HEADER, context.requestId);
  } catch {
    out = new Response(response.body, response); // immutable headers (e.g. Response.redirect)
    out.headers.set(REQUEST_ID_HEADER, context.requestId);
  }
  const development = process.env.NODE_ENV === "development";
  const passedOn = out.headers.get("x-middleware-next") === "1" || out.headers.has("x-middleware-rewrite");
  if (!passedOn) {
    // A page the proxy answers itself (sign-in redirect, 403, 503) has no inline script at all.
    out.headers.set("content-security-policy", contentSecurityPolicy("self", { development }));
    return out;
  }
  const nonce = policy === "nonce" ? createNonce() : undefined;
  const header = contentSecurityPolicy(policy, { nonce, development });
  out.headers.set("content-security-policy", header);
  const { forwarded } = context;
  // Next.js reads the nonce from the request's policy and puts it on the scripts it renders; a
  // policy the client sent itself is never passed on (it would put the client's nonce in a page).
  if (nonce) forwarded.set("content-security-policy", header);
  else forwarded.delete("content-security-policy");
  // The same fields NextResponse.next({ request: { headers } }) sets.
  out.headers.set("x-middleware-override-headers", [...forwarded.keys()].join(","));
  for (const [key, value] of forwarded) out.headers.set(`x-middleware-request-${key}`, value);
  return out;
}

/**
 * A cross-site form post or action call, refused with a 403 page before anything runs (Next.js
 * would also refuse a server action, but with a 500; Auth.js's CSRF token guards its own posts).
 */
export function refuseCrossSite(request: NextRequest): Response | null {
  if (!isCrossSiteRequest(request.method, request.headers, siteOrigin())) return null;
  return htmlPage(403, "That form was sent from another website", [
    "For your safety we only accept forms sent from this site's own pages. Nothing was changed.",
  ], [{ href: request.nextUrl.pathname, label: "Open the page and try again" }]);
}

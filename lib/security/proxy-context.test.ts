import { NextRequest, NextResponse } from "next/server";
import { describe, expect, it } from "vitest";
import { finishResponse, startRequest } from "./proxy-context";

/** What proxy.ts does with a request it passes on (or rewrites), and what the app is then told. */
function passOn(path: string, headers: Record<string, string> = {}, rewriteTo?: string) {
  const request = new NextRequest(new URL(path, "http://localhost:3000"), { headers });
  const context = startRequest(request);
  const response = finishResponse(rewriteTo ? NextResponse.rewrite(new URL(rewriteTo, request.nextUrl)) : NextResponse.next(), context, request);
  return {
    policy: response.headers.get("content-security-policy") ?? "",
    forwardedPolicy: response.headers.get("x-middleware-request-content-security-policy"),
  };
}

describe("the policy proxy.ts sends", () => {
  it("gives a page rendered per request a fresh nonce, and tells Next.js the same one", () => {
    const first = passOn("/login");
    expect(first.policy).toMatch(/script-src 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(first.forwardedPolicy).toBe(first.policy);
    expect(passOn("/login").policy).not.toBe(first.policy);
  });

  it("never passes on a policy the client sent, so no one can put their own nonce in a cached page", () => {
    const sent = { "content-security-policy": "script-src 'nonce-chosen-by-the-client'" };
    const cached = passOn("/news", sent);
    expect(cached.forwardedPolicy).toBeNull();
    expect(cached.policy).not.toContain("chosen-by-the-client");
    expect(passOn("/login", sent).forwardedPolicy).not.toContain("chosen-by-the-client");
  });

  it("chooses the policy of the page that answers a rewrite", () => {
    // A member's resource page is rendered for them alone: a nonce.
    expect(passOn("/resources/a", {}, "/member/resources/a").policy).toContain("'strict-dynamic'");
    // A member at /admin is shown the cached 403 page: the cache's policy, no nonce it could not carry.
    const denied = passOn("/admin", {}, "/access-denied");
    expect(denied.policy).not.toMatch(/(^|; )script-src /);
    expect(denied.policy).toContain("frame-ancestors 'none'");
    expect(denied.forwardedPolicy).toBeNull();
  });

  it("answers for itself with same-origin scripts only", () => {
    const request = new NextRequest(new URL("/account", "http://localhost:3000"));
    const response = finishResponse(NextResponse.redirect(new URL("/login", request.nextUrl), 303), startRequest(request), request);
    expect(response.headers.get("content-security-policy")).toContain("script-src 'self';");
  });
});

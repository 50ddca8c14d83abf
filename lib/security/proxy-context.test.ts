import { NextRequest, NextResponse } from "next/server";
import { describe, expect, it } from "vitest";
import type { PolicyClass } from "@/lib/serving/match";
import { finishResponse, startRequest } from "./proxy-context";

/** What proxy.ts does with a request it passes on (or rewrites), and what the app is then told. */
function passOn(policy: PolicyClass, headers: Record<string, string> = {}, rewriteTo?: string) {
  const request = new NextRequest(new URL("/page", "http://127.0.0.1:3000"), { headers });
  const context = startRequest(request);
  const response = finishResponse(rewriteTo ? NextResponse.rewrite(new URL(rewriteTo, request.url)) : NextResponse.next(), context, policy);
  return {
    policy: response.headers.get("content-security-policy") ?? "",
    forwardedPolicy: response.headers.get("x-middleware-request-content-security-policy"),
    requestId: response.headers.get("x-request-id"),
  };
}

describe("the policy proxy.ts sends", () => {
  it("gives a page rendered per request a fresh nonce, and tells Next.js the same one", () => {
    const first = passOn("nonce");
    expect(first.policy).toMatch(/script-src 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(first.forwardedPolicy).toBe(first.policy);
    expect(passOn("nonce").policy).not.toBe(first.policy);
  });

  it("never passes on a policy the client sent, so no one can put their own nonce in a cached page", () => {
    const sent = { "content-security-policy": "script-src 'nonce-chosen-by-the-client'" };
    const cached = passOn("cached", sent);
    expect(cached.forwardedPolicy).toBeNull();
    expect(cached.policy).not.toContain("chosen-by-the-client");
    expect(passOn("nonce", sent).forwardedPolicy).not.toContain("chosen-by-the-client");
  });

  it("gives a rewritten cached page no nonce it could not carry, and tells Next.js no policy", () => {
    const open = passOn("cached", {}, "/internal/gated/resource/a/open/grant");
    expect(open.policy).not.toMatch(/(^|; )script-src /);
    expect(open.policy).toContain("frame-ancestors 'none'");
    expect(open.forwardedPolicy).toBeNull();
    expect(open.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("answers for itself with same-origin scripts only, whatever the route's class", () => {
    const request = new NextRequest(new URL("/account", "http://127.0.0.1:3000"));
    const response = finishResponse(NextResponse.redirect(new URL("/login", request.url), 303), startRequest(request), "nonce");
    expect(response.headers.get("content-security-policy")).toContain("script-src 'self';");
  });
});

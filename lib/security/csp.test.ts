import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { preferencesScript } from "@/lib/preferences";
import { cacheablePage, contentSecurityPolicy, createNonce, preferencesScriptHash, usesNonce } from "./csp";

const scriptSrc = (policy: string) => policy.split("; ").find((d) => d.startsWith("script-src "))!;

describe("Content-Security-Policy", () => {
  it("gives dynamic pages a nonce and strict-dynamic, never unsafe-inline or unsafe-eval", () => {
    const nonce = createNonce();
    const scripts = scriptSrc(contentSecurityPolicy({ nonce }));
    expect(scripts).toBe(`script-src 'nonce-${nonce}' 'strict-dynamic' ${preferencesScriptHash}`);
    expect(createNonce()).not.toBe(nonce);
  });

  it("allows the reading-preferences script by the hash of exactly its text", () => {
    expect(preferencesScriptHash).toBe(`'sha256-${createHash("sha256").update(preferencesScript).digest("base64")}'`);
  });

  it("forbids inline event handlers, plugins, framing and foreign form targets on every page", () => {
    const policies = [contentSecurityPolicy({}), contentSecurityPolicy({ nonce: createNonce() }), contentSecurityPolicy({ cacheablePage: true })];
    for (const policy of policies) {
      for (const directive of ["script-src-attr 'none'", "object-src 'none'", "frame-ancestors 'none'", "form-action 'self'", "base-uri 'self'"]) {
        expect(policy).toContain(directive);
      }
      expect(policy).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    }
    expect(scriptSrc(contentSecurityPolicy({ development: true }))).toContain("'unsafe-eval'");
  });

  it("leaves a cacheable page's scripts to the policy the page cache sends with it, and allows same-origin scripts elsewhere", () => {
    // No script-src, and no default-src (its fallback): the page's own policy lists its scripts by hash.
    const cacheable = contentSecurityPolicy({ cacheablePage: true });
    expect(cacheable).not.toMatch(/(^|; )(script-src|default-src) /);
    for (const directive of ["connect-src 'self'", "img-src 'self' data: blob:", "font-src 'self' data:", "frame-src 'self'", "worker-src 'self'"]) {
      expect(cacheable).toContain(directive);
    }
    expect(scriptSrc(contentSecurityPolicy({}))).toBe("script-src 'self'");
    for (const path of ["/", "/news", "/news/a", "/resources", "/resources/a", "/membership", "/topics/send", "/no-such-page"]) {
      expect(cacheablePage(path), path).toBe(true);
    }
    for (const path of ["/api/me", "/api/auth/signin", "/resources/a/download", "/news/feed.xml", "/resources/atom.xml", "/login", "/search"]) {
      expect(cacheablePage(path), path).toBe(false);
    }
    expect(cacheablePage("/member/resources/a")).toBe(false);
    // What every member allowed to open a resource sees is cached (lib/content/open-grant.ts).
    const open = "/member/resources/a/open/BnxE61zKqY3sYb8YR3uWpUaA0ytwrg8S";
    expect(cacheablePage(open)).toBe(true);
    expect(usesNonce(open)).toBe(false);
  });

  it("uses nonces on the pages rendered per request only", () => {
    const perRequest = ["/admin", "/admin/news", "/account", "/login", "/register", "/forgot-password", "/reset-password", "/verify-email", "/search", "/preferences", "/member/resources/a"];
    for (const path of perRequest) expect(usesNonce(path), path).toBe(true);
    for (const path of ["/", "/news", "/news/some-article", "/resources", "/resources/a", "/membership", "/administrator", "/loginx", "/searching", "/access-denied", "/cached/news/page%3D2"]) {
      expect(usesNonce(path), path).toBe(false);
    }
  });
});

import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { preferencesScript } from "@/lib/preferences";
import { contentSecurityPolicy, createNonce, preferencesScriptHash, usesNonce } from "./csp";

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
    for (const policy of [contentSecurityPolicy({}), contentSecurityPolicy({ nonce: createNonce() })]) {
      for (const directive of ["script-src-attr 'none'", "object-src 'none'", "frame-ancestors 'none'", "form-action 'self'", "base-uri 'self'"]) {
        expect(policy).toContain(directive);
      }
      expect(scriptSrc(policy)).not.toContain("unsafe-eval");
    }
    expect(scriptSrc(contentSecurityPolicy({ development: true }))).toContain("'unsafe-eval'");
  });

  it("uses nonces on the pages rendered per request only", () => {
    const perRequest = ["/admin", "/admin/news", "/account", "/login", "/register", "/forgot-password", "/reset-password", "/verify-email", "/search", "/preferences", "/member/resources/a"];
    for (const path of perRequest) {
      expect(usesNonce(path), path).toBe(true);
      expect(usesNonce(path, true), path).toBe(true);
    }
    for (const path of ["/", "/news", "/news/some-article", "/resources", "/resources/a", "/membership", "/administrator", "/loginx", "/searching"]) {
      expect(usesNonce(path), path).toBe(false);
    }
    // A resource page is its per-viewer twin for a member, rendered for them alone.
    expect(usesNonce("/resources/a", true)).toBe(true);
    expect(usesNonce("/resources/a/", true)).toBe(true);
    for (const path of ["/resources", "/resources/feed.xml", "/resources/atom.xml", "/resources/a/download", "/news/some-article"]) {
      expect(usesNonce(path, true), path).toBe(false);
    }
  });
});

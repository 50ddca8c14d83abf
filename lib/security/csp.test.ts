import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { preferencesScript } from "@/lib/preferences";
import { contentSecurityPolicy, createNonce, preferencesScriptHash } from "./csp";

const scriptSrc = (policy: string) => policy.split("; ").find((d) => d.startsWith("script-src "))!;

describe("Content-Security-Policy", () => {
  it("gives pages rendered per request a nonce and strict-dynamic, never unsafe-inline or unsafe-eval", () => {
    const nonce = createNonce();
    const scripts = scriptSrc(contentSecurityPolicy("nonce", { nonce }));
    expect(scripts).toMatch(new RegExp(`^script-src 'nonce-${nonce.replace(/[+/=]/g, "\\$&")}' 'strict-dynamic' 'sha256-[A-Za-z0-9+/]{43}='$`));
    expect(createNonce()).not.toBe(nonce);
  });

  it("allows the reading-preferences script by the hash of exactly its text", () => {
    // The same text changed by one character no longer matches.
    const altered = `'sha256-${createHash("sha256").update(`${preferencesScript} `).digest("base64")}'`;
    expect(preferencesScriptHash).not.toBe(altered);
    expect(preferencesScriptHash).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/);
    expect(contentSecurityPolicy("nonce", { nonce: "n" })).toContain(preferencesScriptHash);
  });

  it("forbids inline event handlers, plugins, framing and foreign form targets on every page", () => {
    const policies = [contentSecurityPolicy("self"), contentSecurityPolicy("nonce", { nonce: createNonce() }), contentSecurityPolicy("cached")];
    for (const policy of policies) {
      for (const directive of ["script-src-attr 'none'", "object-src 'none'", "frame-ancestors 'none'", "form-action 'self'", "base-uri 'self'"]) {
        expect(policy).toContain(directive);
      }
      expect(policy).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    }
    expect(scriptSrc(contentSecurityPolicy("self", { development: true }))).toContain("'unsafe-eval'");
  });

  it("leaves a cached page's scripts to the policy the page cache sends with it, and allows same-origin scripts elsewhere", () => {
    // No script-src, and no default-src (its fallback): the page's own policy lists its scripts by hash.
    const cached = contentSecurityPolicy("cached");
    expect(cached).not.toMatch(/(^|; )(script-src|default-src) /);
    for (const directive of ["connect-src 'self'", "img-src 'self' data: blob:", "font-src 'self' data:", "frame-src 'self'", "worker-src 'self'"]) {
      expect(cached).toContain(directive);
    }
    expect(scriptSrc(contentSecurityPolicy("self"))).toBe("script-src 'self'");
    // A nonce policy without a nonce falls back to same-origin scripts, never to none at all.
    expect(scriptSrc(contentSecurityPolicy("nonce"))).toBe("script-src 'self'");
  });
});

import { createHash } from "node:crypto";
import { preferencesScript } from "@/lib/preferences";
import type { PolicyClass } from "@/lib/serving/match";

/**
 * Content-Security-Policy. Next.js can only put a nonce on its inline scripts when it renders the
 * page for this request, so the script policy follows how the route table serves the page (its
 * `policyClass`):
 * - `nonce`: rendered per request; a fresh nonce with 'strict-dynamic', so no inline script runs
 *   unless Next rendered it for this response;
 * - `cached`: may come from the page cache, identical for everyone, where a nonce cannot work. The
 *   page cache hashes the inline scripts the framework and the app wrote in each page when it is
 *   rendered (lib/security/page-scripts.mjs) and sends `script-src 'self' 'sha256-…'` with it.
 *   This policy therefore has no script-src (nor default-src, its fallback) and lists every other
 *   fetch directive itself;
 * - `self`: route handlers and pages the proxy answers itself: same-origin scripts only.
 * The static reading-preferences script in <head> is allowed by its hash in the nonce policy.
 */
export const preferencesScriptHash = `'sha256-${createHash("sha256").update(preferencesScript).digest("base64")}'`;

/** Every directive but script-src. */
export const baseDirectives = [
  "script-src-attr 'none'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "media-src 'self'",
  "frame-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

export function createNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

export function contentSecurityPolicy(policy: PolicyClass, options: { nonce?: string; development?: boolean } = {}): string {
  const scripts =
    policy === "nonce" && options.nonce
      ? [`'nonce-${options.nonce}'`, "'strict-dynamic'", preferencesScriptHash]
      : policy === "cached"
        ? []
        : ["'self'"];
  // React's development build evaluates server stack traces; never in production.
  if (options.development && scripts.length > 0) scripts.push("'unsafe-eval'");
  return [...(scripts.length > 0 ? ["default-src 'self'", `script-src ${scripts.join(" ")}`] : []), ...baseDirectives].join("; ");
}

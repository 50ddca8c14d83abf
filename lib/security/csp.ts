import { createHash } from "node:crypto";
import { preferencesScript } from "@/lib/preferences";

/**
 * Content-Security-Policy. Two policies, because Next.js can only put a nonce on its inline
 * scripts when it renders the page for this request:
 * - pages rendered per request (staff, account, sign-in, search, preferences, and a resource page
 *   for a signed-in member) get a per-request nonce with 'strict-dynamic': no inline script runs
 *   unless Next rendered it for this response;
 * - every other page may be served from the cache, identical for everyone, where a nonce cannot
 *   work. Its response carries this baseline, which allows same-origin and inline scripts, and a
 *   second policy that the page cache (lib/cache/handler.mjs) adds to the stored page, listing the
 *   page's own inline scripts by hash, on the render that fills the cache and on every copy served
 *   from it. Browsers enforce every policy they are sent, so only those scripts run.
 * The static reading-preferences script in <head> is allowed by its hash in both.
 */
export const preferencesScriptHash = `'sha256-${createHash("sha256").update(preferencesScript).digest("base64")}'`;

const perRequestRoutes = /^\/(admin|account|login|register|forgot-password|reset-password|verify-email|preferences|search|member)(\/|$)/;
/** A resource page, which proxy.ts sends to its per-viewer twin (/member/resources/…) for a session. */
const resourcePage = /^\/resources\/(?!(feed|atom)\.xml\/?$)[^/]+\/?$/;

/** Whether this request's page is rendered for it alone (and so can carry a nonce). */
export function usesNonce(pathname: string, signedIn = false): boolean {
  return perRequestRoutes.test(pathname) || (signedIn && resourcePage.test(pathname));
}

export function createNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

export function contentSecurityPolicy(options: { nonce?: string; development?: boolean }): string {
  const scripts = options.nonce
    ? [`'nonce-${options.nonce}'`, "'strict-dynamic'", preferencesScriptHash]
    : ["'self'", "'unsafe-inline'"];
  // React's development build evaluates server stack traces; never in production.
  if (options.development) scripts.push("'unsafe-eval'");
  return [
    "default-src 'self'",
    `script-src ${scripts.join(" ")}`,
    "script-src-attr 'none'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "media-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

import { createHash } from "node:crypto";
import { preferencesScript } from "@/lib/preferences";

/**
 * Content-Security-Policy. Two policies, because Next.js can only put a nonce on its inline
 * scripts when it renders the page for this request:
 * - dynamic route classes (staff, account, sign-in pages) get a per-request nonce with
 *   'strict-dynamic': no inline script runs unless Next rendered it for this response;
 * - every other page may be served from the cache, identical for everyone, where a nonce cannot
 *   work, and Next emits its inline `self.__next_f.push(...)` data scripts with no hash
 *   (experimental.sri only adds `integrity` to external chunks). Those pages keep scripts to our
 *   own origin plus inline ones; see README "Content-Security-Policy" for the evidence.
 * The static reading-preferences script in <head> is allowed by its hash in both.
 */
export const preferencesScriptHash = `'sha256-${createHash("sha256").update(preferencesScript).digest("base64")}'`;

const dynamicRouteClasses = /^\/(admin|account|login|register|forgot-password|reset-password|verify-email)(\/|$)/;

export function usesNonce(pathname: string): boolean {
  return dynamicRouteClasses.test(pathname);
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

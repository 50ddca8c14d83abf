import { createHash } from "node:crypto";
import { preferencesScript } from "@/lib/preferences";
import { downloadPath, openResourcePath } from "@/lib/site";
import { baseDirectives } from "./cache-served.mjs";

/**
 * Content-Security-Policy. Next.js can only put a nonce on its inline scripts when it renders the
 * page for this request, so there are three script policies:
 * - pages rendered per request (staff, account, sign-in, search, preferences, and a resource page
 *   for a signed-in member who may not open it) get a per-request nonce with 'strict-dynamic': no inline script runs
 *   unless Next rendered it for this response;
 * - every other page may be served from the cache, identical for everyone, where a nonce cannot
 *   work. The page cache (lib/cache/handler.mjs) hashes each page's inline scripts when the page is
 *   rendered and sends `script-src 'self' 'sha256-…'` with it, on the render that fills the cache
 *   and on every copy served from it. This baseline therefore leaves scripts to that policy: it has
 *   no script-src (nor default-src, its fallback), and lists every other fetch directive itself;
 * - anything else (route handlers, pages the proxy answers itself) allows same-origin scripts only.
 * The static reading-preferences script in <head> is allowed by its hash in both page policies.
 */
export const preferencesScriptHash = `'sha256-${createHash("sha256").update(preferencesScript).digest("base64")}'`;

/**
 * /member/… is a resource page rendered for one signed-in viewer (proxy.ts rewrites /resources/[slug]
 * there), except its cached open page (openResourcePath), the same for every viewer allowed to open it.
 */
const perRequestRoutes = /^\/(admin|account|login|register|forgot-password|reset-password|verify-email|preferences|search|member)(\/|$)/;

/** Route handlers: feeds, the API (and downloads, downloadPath). Not pages. */
const notPages = /^\/(api\/|(news|resources)\/(feed|atom)\.xml$|robots\.txt$|sitemap\.xml$)/;

/** Whether the page at this path may be served from the page cache (and gets its script policy there). */
export function cacheablePage(pathname: string): boolean {
  return !usesNonce(pathname) && !notPages.test(pathname) && !downloadPath.test(pathname);
}

/**
 * Whether the page at this path is rendered for one request alone (and so can carry a nonce). The
 * path is the one that answers, after proxy.ts's rewrites.
 */
export function usesNonce(pathname: string): boolean {
  return perRequestRoutes.test(pathname) && !openResourcePath.test(pathname);
}

export function createNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

export function contentSecurityPolicy(options: { nonce?: string; cacheablePage?: boolean; development?: boolean }): string {
  const scripts = options.nonce
    ? [`'nonce-${options.nonce}'`, "'strict-dynamic'", preferencesScriptHash]
    : options.cacheablePage
      ? []
      : ["'self'"];
  // React's development build evaluates server stack traces; never in production.
  if (options.development && scripts.length > 0) scripts.push("'unsafe-eval'");
  return [...(scripts.length > 0 ? ["default-src 'self'", `script-src ${scripts.join(" ")}`] : []), ...baseDirectives].join("; ");
}

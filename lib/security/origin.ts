const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Whether an Origin header names this site. With `site` (SITE_URL's origin, in production) only
 * that origin: Host and X-Forwarded-Host are whatever the client sent. Without it (development),
 * the host the request was sent to, X-Forwarded-Host else Host, as Next.js compares for actions.
 */
export function isOwnOrigin(origin: string, headers: Headers, site: string | null): boolean {
  try {
    const url = new URL(origin);
    if (site !== null) return url.origin === site;
    const host = (headers.get("x-forwarded-host") ?? headers.get("host") ?? "").split(",")[0]!.trim().toLowerCase();
    return url.host.toLowerCase() === host;
  } catch {
    return false; // "null" (sandboxed or privacy-redirected) or malformed
  }
}

/**
 * A state-changing request a browser sent from another site: its Origin is not this site's.
 * Browsers send Origin on every cross-site POST; clients that send none (curl, servers) are not
 * browsers carrying a visitor's cookies, and pass.
 */
export function isCrossSiteRequest(method: string, headers: Headers, site: string | null): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return false;
  const origin = headers.get("origin");
  return origin !== null && !isOwnOrigin(origin, headers, site);
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * A state-changing request a browser sent from another site: its Origin names a different host
 * than the one it was sent to (X-Forwarded-Host behind our proxy, else Host), the same comparison
 * Next.js makes for server actions. Browsers send Origin on every cross-site POST; clients that
 * send none (curl, servers) are not browsers carrying a visitor's cookies, and pass.
 */
export function isCrossSiteRequest(method: string, headers: Headers): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return false;
  const origin = headers.get("origin");
  if (origin === null) return false;
  const host = (headers.get("x-forwarded-host") ?? headers.get("host") ?? "").split(",")[0]!.trim().toLowerCase();
  try {
    return new URL(origin).host.toLowerCase() !== host;
  } catch {
    return true; // "null" (sandboxed or privacy-redirected) or malformed
  }
}

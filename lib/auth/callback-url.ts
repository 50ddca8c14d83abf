/**
 * Where to send someone after signing in: a path on this site only. Absolute URLs, protocol-relative
 * `//evil.example`, backslash tricks and anything that is not a plain path fall back to `fallback`.
 */
export function safeCallbackUrl(value: unknown, fallback = "/account"): string {
  if (typeof value !== "string" || value.length === 0 || value.length > 2000) return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  try {
    const base = "http://internal.invalid";
    const url = new URL(value, base);
    if (url.origin !== base) return fallback;
    if (url.pathname.startsWith("/api/") || url.pathname === "/login") return fallback;
    // Normalising can turn "/.//evil.example" into "//evil.example": check the result, not just the input.
    const result = `${url.pathname}${url.search}${url.hash}`;
    return /^\/[\/\\]/.test(result) ? fallback : result;
  } catch {
    return fallback;
  }
}

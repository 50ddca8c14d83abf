import { timingSafeEqual } from "node:crypto";
import type { OpenScope } from "@/lib/access";
import { GRANT_WINDOW_MS, windowSignature } from "./open-grant";

/**
 * Search answers depend only on what the viewer may open (`openScope`), never on who they are, so
 * a search page is cached once per scope and query. proxy.ts decides the viewer's scope per request
 * and names it in the internal page's path; a scope beyond the public one carries the server's
 * signature for the current ten-minute window, like a gated page's grant (open-grant.ts), so the
 * cached page trusts no scope it did not issue, even for a request that skipped the proxy.
 */
export const PUBLIC_SCOPE = "public";

const publicScope: OpenScope = { everything: false, visibilities: ["public"], tiers: [] };

/** A scope in one canonical form: the same audience is the same path. */
function canonical(scope: OpenScope): OpenScope {
  return {
    everything: scope.everything,
    visibilities: [...scope.visibilities].sort(),
    tiers: [...scope.tiers].sort(),
    passes: [...(scope.passes ?? [])].sort(),
  };
}

function isPublic(scope: OpenScope): boolean {
  return !scope.everything && scope.visibilities.every((v) => v === "public") && scope.tiers.length === 0 && !scope.passes?.length;
}

/** The path segment naming `scope`: "public", or the scope and its signature. */
export function scopeSegment(scope: OpenScope, now: number = Date.now()): string {
  if (isPublic(scope)) return PUBLIC_SCOPE;
  const name = Buffer.from(JSON.stringify(canonical(scope))).toString("base64url");
  const signature = windowSignature(["search-scope", name], Math.floor(now / GRANT_WINDOW_MS)).toString("base64url");
  return `${name}.${signature}`;
}

/** The scope a segment names when the server signed it in this window or the one before; else null. */
export function scopeFromSegment(segment: string, now: number = Date.now()): OpenScope | null {
  if (segment === PUBLIC_SCOPE) return publicScope;
  const match = /^([A-Za-z0-9_-]{1,2000})\.([A-Za-z0-9_-]{32})$/.exec(segment);
  if (!match) return null;
  const [, name, signature] = match as unknown as [string, string, string];
  const given = Buffer.from(signature, "base64url");
  const window = Math.floor(now / GRANT_WINDOW_MS);
  if (![window, window - 1].some((w) => timingSafeEqual(given, windowSignature(["search-scope", name], w)))) return null;
  try {
    const scope = JSON.parse(Buffer.from(name, "base64url").toString("utf8")) as OpenScope;
    return canonical(scope);
  } catch {
    return null;
  }
}

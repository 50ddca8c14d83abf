import { createHmac, timingSafeEqual } from "node:crypto";
import type { Decision } from "@/lib/access";
import { authSecret } from "@/lib/env";

/**
 * A resource page the way every viewer allowed to open it sees it is the same page for all of them
 * (the header's signed-in part is a client island), so it can be rendered once and served from the
 * page cache instead of rendered for each member. proxy.ts asks `lib/access` for this request's
 * viewer, and when it allows, sends the request to that cached page under a grant: a signature over
 * the slug and the current ten-minute window, made with the server's secret.
 *
 * The cached page serves nothing without a grant that verifies, so it does not rely on the proxy
 * running: a request that skipped the proxy (cf. CVE-2025-29927) cannot make one. The proxy also
 * refuses any request that names the cached page itself. A grant is valid for the window it was
 * made in and the next, at most twenty minutes, and only for the one resource: someone who was
 * allowed to open it and read the grant from the page's router data could use it only with the proxy
 * bypassed, and only that long.
 */
export const GRANT_WINDOW_MS = 10 * 60 * 1000;

function signature(slug: string, window: number): Buffer {
  return createHmac("sha256", authSecret()).update(`open-resource\0${slug}\0${window}`).digest().subarray(0, 24);
}

/** A grant to the cached open page, only when `lib/access` allowed this request's viewer. */
export function grantOpen(slug: string, decision: Decision, now: number = Date.now()): string | null {
  if (!decision.allowed) return null;
  return signature(slug, Math.floor(now / GRANT_WINDOW_MS)).toString("base64url");
}

/** Whether `grant` was made for this resource in the current or the previous window. */
export function isGrantedOpen(slug: string, grant: string, now: number = Date.now()): boolean {
  if (!/^[A-Za-z0-9_-]{32}$/.test(grant)) return false;
  const given = Buffer.from(grant, "base64url");
  const window = Math.floor(now / GRANT_WINDOW_MS);
  return [window, window - 1].some((w) => timingSafeEqual(given, signature(slug, w)));
}

/** The cached open page of a resource, under a grant: where proxy.ts rewrites an allowed member. */
export function openResourceUrl(slug: string, grant: string): string {
  return `/member/resources/${encodeURIComponent(slug)}/open/${grant}`;
}

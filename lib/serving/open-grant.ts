import { createHmac, timingSafeEqual } from "node:crypto";
import type { Decision, Gate } from "@/lib/access";
import { authSecret } from "@/lib/env";
import type { GatedKind } from "./routes";

/**
 * A gated item's page (a resource today) the way every viewer allowed to open it sees it is the
 * same page for all of them (the header's signed-in part is a client island), so it can be rendered
 * once and served from the page cache instead of rendered for each member. proxy.ts asks
 * `lib/access` for this request's viewer, and when it allows, sends the request to that cached page
 * under a grant: a signature, made with the server's secret, over the kind, the item and the gate
 * `lib/access` decided on (its visibility and tiers) and the current ten-minute window.
 *
 * The cached page serves nothing without a grant that verifies against the resource as it is now,
 * so it does not rely on the proxy running: a request that skipped the proxy (cf. CVE-2025-29927)
 * cannot make one. The proxy also refuses any request that names the cached page itself. A grant
 * is valid for the window it was made in and the next, at most twenty minutes, and only while the
 * resource keeps its id and gate: someone who was allowed to open it and read the grant from the
 * page's router data could use it only with the proxy bypassed, only that long, and not once staff
 * narrow who may open it.
 */
// Kept for speed, measured: the gated row served several times the requests of a render per member
// (bench/results/2026-11-28-run-3.md).
export const GRANT_WINDOW_MS = 10 * 60 * 1000;

/** What a grant is bound to: the item, and the gate lib/access decided on. */
export interface GrantedGate {
  id: string;
  slug: string;
  visibility: Gate["visibility"];
  tiers: readonly string[];
}

/** The server's signature over `parts` and a grant window: 24 bytes, 32 characters in base64url. */
export function windowSignature(parts: readonly string[], window: number): Buffer {
  return createHmac("sha256", authSecret()).update([...parts, window].join("\0")).digest().subarray(0, 24);
}

function signature(kind: GatedKind, gate: GrantedGate, window: number): Buffer {
  return windowSignature([`open-${kind}`, gate.id, gate.slug, gate.visibility, [...gate.tiers].sort().join(",")], window);
}

/** A grant to the cached open page, only when `lib/access` allowed this request's viewer. */
export function grantOpen(kind: GatedKind, gate: GrantedGate, decision: Decision, now: number = Date.now()): string | null {
  if (!decision.allowed) return null;
  return signature(kind, gate, Math.floor(now / GRANT_WINDOW_MS)).toString("base64url");
}

/** Whether a grant has the form of one (checked before anything is read). */
export function looksLikeGrant(grant: string): boolean {
  return /^[A-Za-z0-9_-]{32}$/.test(grant);
}

/** Whether `grant` was made for this kind, item and gate in the current or the previous window. */
export function isGrantedOpen(kind: GatedKind, gate: GrantedGate, grant: string, now: number = Date.now()): boolean {
  if (!looksLikeGrant(grant)) return false;
  const given = Buffer.from(grant, "base64url");
  const window = Math.floor(now / GRANT_WINDOW_MS);
  return [window, window - 1].some((w) => timingSafeEqual(given, signature(kind, gate, w)));
}

/** The internal page that renders a gated item for viewers allowed to open it, under a grant. */
export function openPagePath(kind: GatedKind, slug: string, grant: string): string {
  return `/internal/gated/${kind}/${encodeURIComponent(slug)}/open/${grant}`;
}

/** The internal page that renders a gated item for one signed-in viewer: what they may see, and why not. */
export function viewerPagePath(kind: GatedKind, slug: string): string {
  return `/internal/gated/${kind}/${encodeURIComponent(slug)}/viewer`;
}

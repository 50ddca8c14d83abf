/**
 * The one access rule. Pure: no database, no request. Every page, route handler, server action,
 * search, feed and related list asks `canOpen` and nothing else decides.
 */

export type Role = "member" | "editor" | "admin";
export type Visibility = "public" | "members" | "tiers";

export interface Membership {
  tierSlug: string;
  /** Null: does not expire. */
  membershipExpiresAt: Date | null;
}

export interface Viewer extends Membership {
  id: string;
  role: Role;
  disabled: boolean;
  /** The membership an organisation holds for its staff, if the account belongs to one. */
  organisation?: Membership | null;
  /** Passes held for particular items, whatever the tier: `event:<id>` while booked on that event. */
  passes?: readonly string[];
}

export interface Gate {
  visibility: Visibility;
  /** Tier slugs that may open it when visibility is `tiers`. */
  tiers: readonly string[];
  /** A pass that also opens it (an event's materials: `event:<id>`, held by those booked on it). */
  pass?: string;
}

export type DenyReason = "signed-out" | "disabled" | "tier-required" | "membership-expired";

export type Decision =
  | { allowed: true }
  | { allowed: false; reason: DenyReason; requiredTiers: readonly string[] };

/** Every registered account has this tier, whatever it paid for. */
export const FREE_TIER = "free";

export function isStaff(viewer: Pick<Viewer, "role"> | null | undefined): boolean {
  return viewer?.role === "editor" || viewer?.role === "admin";
}

export function isAdmin(viewer: Pick<Viewer, "role"> | null | undefined): boolean {
  return viewer?.role === "admin";
}

function isCurrent(membership: Membership, now: Date): boolean {
  return membership.membershipExpiresAt === null || membership.membershipExpiresAt.getTime() > now.getTime();
}

/** The tiers an account holds right now: `free`, plus its own and its organisation's while unexpired. */
export function effectiveTiers(viewer: Viewer, now: Date = new Date()): string[] {
  const held = new Set<string>([FREE_TIER]);
  for (const membership of [viewer, viewer.organisation]) {
    if (membership && isCurrent(membership, now)) held.add(membership.tierSlug);
  }
  return [...held];
}

/** True when the account's own (or organisation's) paid membership has lapsed. */
export function hasExpiredMembership(viewer: Viewer, now: Date = new Date()): boolean {
  return [viewer, viewer.organisation].some(
    (m) => m != null && m.tierSlug !== FREE_TIER && !isCurrent(m, now),
  );
}

export function canOpen(viewer: Viewer | null | undefined, gate: Gate, now: Date = new Date()): Decision {
  const requiredTiers = gate.visibility === "tiers" ? gate.tiers : [];
  if (gate.visibility === "public") return { allowed: true };
  if (!viewer) return { allowed: false, reason: "signed-out", requiredTiers };
  if (viewer.disabled) return { allowed: false, reason: "disabled", requiredTiers };
  if (isStaff(viewer) || gate.visibility === "members") return { allowed: true };
  if (gate.pass && viewer.passes?.includes(gate.pass)) return { allowed: true };

  const held = effectiveTiers(viewer, now);
  if (gate.tiers.some((tier) => held.includes(tier))) return { allowed: true };

  const lapsed = [viewer, viewer.organisation].some(
    (m) => m != null && gate.tiers.includes(m.tierSlug) && !isCurrent(m, now),
  );
  return { allowed: false, reason: lapsed ? "membership-expired" : "tier-required", requiredTiers };
}

/**
 * Everything a viewer may open, in a form a database query can apply to many resources at once
 * (search, feeds): `canOpen` restated as sets. `scopeAllows(openScope(v), gate)` equals
 * `canOpen(v, gate).allowed` for every viewer and gate (the unit tests check the whole matrix).
 */
export interface OpenScope {
  /** Staff: every resource. */
  everything: boolean;
  /** Visibilities open without holding a tier (`public`, and `members` once signed in). */
  visibilities: readonly Exclude<Visibility, "tiers">[];
  /** Tiers held now: a `tiers` resource opens when it names one of them. */
  tiers: readonly string[];
  /** Passes held (see `Viewer.passes`). */
  passes?: readonly string[];
}

export function openScope(viewer: Viewer | null | undefined, now: Date = new Date()): OpenScope {
  if (!viewer || viewer.disabled) return { everything: false, visibilities: ["public"], tiers: [] };
  if (isStaff(viewer)) return { everything: true, visibilities: ["public", "members"], tiers: [] };
  return { everything: false, visibilities: ["public", "members"], tiers: effectiveTiers(viewer, now), passes: viewer.passes ?? [] };
}

export function scopeAllows(scope: OpenScope, gate: Gate): boolean {
  if (gate.visibility === "public") return true;
  if (scope.everything) return true;
  if (gate.visibility === "members") return scope.visibilities.includes("members");
  if (gate.pass && scope.passes?.includes(gate.pass)) return true;
  return gate.tiers.some((tier) => scope.tiers.includes(tier));
}

export interface TierLabel {
  slug: string;
  name: string;
  position: number;
}

/**
 * The badge the public sees: "Open to everyone", "Members", "Gold members", "Silver and Gold members".
 * Tiers are named in their display order; unknown slugs fall back to the slug itself.
 */
export function audienceLabel(gate: Gate, tiers: readonly TierLabel[]): string {
  if (gate.visibility === "public") return "Open to everyone";
  if (gate.visibility === "members") return "Members";
  const order = new Map(tiers.map((t) => [t.slug, t] as const));
  const names = [...gate.tiers]
    .sort((a, b) => (order.get(a)?.position ?? 99) - (order.get(b)?.position ?? 99))
    .map((slug) => order.get(slug)?.name ?? slug);
  if (names.length === 0) return "Staff only";
  return `${joinNames(names)} members`;
}

/** "Gold", "Silver and Gold", "Free, Silver and Gold" (or "Silver or Gold"). */
export function joinNames(names: readonly string[], conjunction: "and" | "or" = "and"): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} ${conjunction} ${names[names.length - 1]}`;
}

/** The tier to call the account's membership ("Your membership: Silver"): its highest held tier. */
export function displayTier(viewer: Viewer, tiers: readonly TierLabel[], now: Date = new Date()): TierLabel {
  const held = effectiveTiers(viewer, now);
  const ranked = tiers.filter((t) => held.includes(t.slug)).sort((a, b) => b.position - a.position);
  return ranked[0] ?? { slug: FREE_TIER, name: "Free", position: 0 };
}

import { describe, expect, it } from "vitest";
import { memberViewer } from "@/tests/viewers";
import {
  audienceLabel,
  canOpen,
  displayTier,
  effectiveTiers,
  openScope,
  scopeAllows,
  type Gate,
  type Viewer,
} from "./index";

const now = new Date("2026-06-01T12:00:00Z");
const future = new Date("2027-01-01T00:00:00Z");
const past = new Date("2026-01-01T00:00:00Z");

const tiers = [
  { slug: "free", name: "Free", position: 0 },
  { slug: "silver", name: "Silver", position: 1 },
  { slug: "gold", name: "Gold", position: 2 },
];

const viewer = memberViewer;

const viewers = {
  "signed out": null,
  free: viewer({}),
  silver: viewer({ tierSlug: "silver", membershipExpiresAt: future }),
  gold: viewer({ tierSlug: "gold", membershipExpiresAt: future }),
  "gold, no expiry": viewer({ tierSlug: "gold" }),
  "gold, expired": viewer({ tierSlug: "gold", membershipExpiresAt: past }),
  "silver, expired": viewer({ tierSlug: "silver", membershipExpiresAt: past }),
  "gold, disabled": viewer({ tierSlug: "gold", membershipExpiresAt: future, disabled: true }),
  "free, via gold organisation": viewer({ organisation: { tierSlug: "gold", membershipExpiresAt: future } }),
  "free, via expired gold organisation": viewer({ organisation: { tierSlug: "gold", membershipExpiresAt: past } }),
  // The organisation's period ended, its grace has not: its expiry (period end + grace) is still ahead.
  "free, via gold organisation in grace": viewer({ organisation: { tierSlug: "gold", membershipExpiresAt: new Date(Date.now() + 20 * 86_400_000) } }),
  "silver, via lapsed gold organisation": viewer({ tierSlug: "silver", membershipExpiresAt: future, organisation: { tierSlug: "gold", membershipExpiresAt: past } }),
  // Removed from the seat: the account no longer names the organisation, so nothing of it is read.
  "free, removed from a gold organisation": viewer({ organisation: null }),
  editor: viewer({ role: "editor" }),
  admin: viewer({ role: "admin" }),
  "admin, disabled": viewer({ role: "admin", disabled: true }),
} satisfies Record<string, Viewer | null>;

const gates = {
  public: { visibility: "public", tiers: [] },
  members: { visibility: "members", tiers: [] },
  "silver+gold": { visibility: "tiers", tiers: ["silver", "gold"] },
  gold: { visibility: "tiers", tiers: ["gold"] },
  free: { visibility: "tiers", tiers: ["free"] },
  "no tiers": { visibility: "tiers", tiers: [] },
} satisfies Record<string, Gate>;

// Expected outcome for every viewer × visibility: true = allowed, otherwise the deny reason. Typed
// over both key sets, so a viewer or a visibility added above without its row or column does not compile.
const matrix: Record<keyof typeof viewers, Record<keyof typeof gates, true | string>> = {
  "signed out": { public: true, members: "signed-out", "silver+gold": "signed-out", gold: "signed-out", free: "signed-out", "no tiers": "signed-out" },
  free: { public: true, members: true, "silver+gold": "tier-required", gold: "tier-required", free: true, "no tiers": "tier-required" },
  silver: { public: true, members: true, "silver+gold": true, gold: "tier-required", free: true, "no tiers": "tier-required" },
  gold: { public: true, members: true, "silver+gold": true, gold: true, free: true, "no tiers": "tier-required" },
  "gold, no expiry": { public: true, members: true, "silver+gold": true, gold: true, free: true, "no tiers": "tier-required" },
  "gold, expired": { public: true, members: true, "silver+gold": "membership-expired", gold: "membership-expired", free: true, "no tiers": "tier-required" },
  "silver, expired": { public: true, members: true, "silver+gold": "membership-expired", gold: "tier-required", free: true, "no tiers": "tier-required" },
  "gold, disabled": { public: true, members: "disabled", "silver+gold": "disabled", gold: "disabled", free: "disabled", "no tiers": "disabled" },
  "free, via gold organisation": { public: true, members: true, "silver+gold": true, gold: true, free: true, "no tiers": "tier-required" },
  "free, via expired gold organisation": { public: true, members: true, "silver+gold": "membership-expired", gold: "membership-expired", free: true, "no tiers": "tier-required" },
  "free, via gold organisation in grace": { public: true, members: true, "silver+gold": true, gold: true, free: true, "no tiers": "tier-required" },
  "silver, via lapsed gold organisation": { public: true, members: true, "silver+gold": true, gold: "membership-expired", free: true, "no tiers": "tier-required" },
  "free, removed from a gold organisation": { public: true, members: true, "silver+gold": "tier-required", gold: "tier-required", free: true, "no tiers": "tier-required" },
  editor: { public: true, members: true, "silver+gold": true, gold: true, free: true, "no tiers": true },
  admin: { public: true, members: true, "silver+gold": true, gold: true, free: true, "no tiers": true },
  "admin, disabled": { public: true, members: "disabled", "silver+gold": "disabled", gold: "disabled", free: "disabled", "no tiers": "disabled" },
};

describe("canOpen: every viewer × every visibility", () => {
  for (const [viewerName, row] of Object.entries(matrix) as [keyof typeof viewers, (typeof matrix)[keyof typeof viewers]][]) {
    for (const [gateName, expected] of Object.entries(row) as [keyof typeof gates, true | string][]) {
      it(`${viewerName} × ${gateName} → ${expected === true ? "allowed" : expected}`, () => {
        const decision = canOpen(viewers[viewerName], gates[gateName], now);
        if (expected === true) {
          expect(decision).toEqual({ allowed: true });
        } else {
          expect(decision.allowed).toBe(false);
          expect(decision.allowed === false && decision.reason).toBe(expected);
        }
      });
    }
  }

  it("names the tiers that would open a denied resource", () => {
    const decision = canOpen(viewers.free, gates["silver+gold"]!, now);
    expect(decision).toEqual({ allowed: false, reason: "tier-required", requiredTiers: ["silver", "gold"] });
  });

  it("treats a membership expiring exactly now as expired", () => {
    const v = viewer({ tierSlug: "gold", membershipExpiresAt: now });
    expect(canOpen(v, gates.gold!, now).allowed).toBe(false);
  });
});

describe("effectiveTiers", () => {
  it("is free plus unexpired own and organisation tiers", () => {
    expect(effectiveTiers(viewers.gold!, now).sort()).toEqual(["free", "gold"]);
    expect(effectiveTiers(viewers["gold, expired"]!, now)).toEqual(["free"]);
    expect(effectiveTiers(viewer({ tierSlug: "silver", organisation: { tierSlug: "gold", membershipExpiresAt: null } }), now).sort()).toEqual(["free", "gold", "silver"]);
  });
});

describe("audienceLabel", () => {
  it("names tiers in display order whatever order they were stored in", () => {
    expect(audienceLabel({ visibility: "tiers", tiers: ["gold", "silver"] }, tiers)).toBe("Silver and Gold members");
    expect(audienceLabel({ visibility: "tiers", tiers: ["gold"] }, tiers)).toBe("Gold members");
    expect(audienceLabel({ visibility: "tiers", tiers: ["gold", "free", "silver"] }, tiers)).toBe("Free, Silver and Gold members");
    expect(audienceLabel({ visibility: "members", tiers: [] }, tiers)).toBe("Members");
    expect(audienceLabel({ visibility: "public", tiers: [] }, tiers)).toBe("Open to everyone");
  });
});

describe("displayTier", () => {
  it("is the highest tier held now", () => {
    expect(displayTier(viewers.gold!, tiers, now).name).toBe("Gold");
    expect(displayTier(viewers["gold, expired"]!, tiers, now).name).toBe("Free");
  });
});

describe("openScope: canOpen as sets, for queries over many resources", () => {
  for (const [viewerName, v] of Object.entries(viewers)) {
    it(`${viewerName}: allows exactly what canOpen allows`, () => {
      const scope = openScope(v, now);
      for (const [gateName, gate] of Object.entries(gates)) {
        expect(scopeAllows(scope, gate), gateName).toBe(canOpen(v, gate, now).allowed);
      }
    });
  }

  it("gives the signed-out and the disabled public resources only", () => {
    expect(openScope(null, now)).toEqual({ everything: false, visibilities: ["public"], tiers: [] });
    expect(openScope(viewers["admin, disabled"], now).everything).toBe(false);
  });

  it("lists the tiers held now, so an expired membership opens nothing extra", () => {
    expect(openScope(viewers["gold, expired"], now).tiers).toEqual(["free"]);
    expect([...openScope(viewers["free, via gold organisation"], now).tiers].sort()).toEqual(["free", "gold"]);
  });
});

describe("passes: an event's materials open to those booked on it, as well as to their tiers", () => {
  const slides: Gate = { visibility: "tiers", tiers: ["gold"], pass: "event:e1" };
  const attendee = (overrides: Partial<Viewer>) => viewer({ passes: ["event:e1"], ...overrides });

  it("lets an attendee of any tier open them, and not someone booked on another event", () => {
    expect(canOpen(attendee({}), slides, now)).toEqual({ allowed: true });
    expect(canOpen(attendee({ tierSlug: "gold", membershipExpiresAt: past }), slides, now)).toEqual({ allowed: true });
    expect(canOpen(viewer({ passes: ["event:e2"] }), slides, now)).toMatchObject({ allowed: false, reason: "tier-required" });
    expect(canOpen(viewers.gold, slides, now)).toEqual({ allowed: true });
  });

  it("never for a disabled account or a signed-out visitor", () => {
    expect(canOpen(attendee({ disabled: true }), slides, now)).toMatchObject({ allowed: false, reason: "disabled" });
    expect(canOpen(null, slides, now)).toMatchObject({ allowed: false, reason: "signed-out" });
  });

  it("restates the same in openScope", () => {
    for (const v of [attendee({}), attendee({ disabled: true }), viewer({ passes: ["event:e2"] }), viewers.silver, null]) {
      expect(scopeAllows(openScope(v, now), slides)).toBe(canOpen(v, slides, now).allowed);
    }
  });
});

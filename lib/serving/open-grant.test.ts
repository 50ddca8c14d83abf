import { describe, expect, it } from "vitest";
import { canOpen } from "@/lib/access";
import { matchRoute } from "./match";
import { grantOpen, isGrantedOpen, openPagePath, viewerPagePath, type GrantedGate } from "./open-grant";

const guide: GrantedGate = { id: "7f1c2b1e-0000-4000-8000-000000000001", slug: "guide", visibility: "tiers", tiers: ["gold"] };
const member = (tierSlug: string) => ({ id: "a", role: "member" as const, disabled: false, tierSlug, membershipExpiresAt: null });
const at = Date.UTC(2026, 10, 28, 10, 3);
const minutes = (n: number) => n * 60_000;

describe("grants to a resource's cached open page", () => {
  it("are made only when lib/access allows the viewer", () => {
    expect(grantOpen("resource", guide, canOpen(member("gold"), guide), at)).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(grantOpen("resource", guide, canOpen(member("silver"), guide), at)).toBeNull();
    expect(grantOpen("resource", guide, canOpen(null, guide), at)).toBeNull();
    expect(grantOpen("resource", guide, canOpen({ ...member("gold"), disabled: true }, guide), at)).toBeNull();
  });

  it("open only the resource, and the gate, they were made for", () => {
    const grant = grantOpen("resource", guide, { allowed: true }, at)!;
    expect(isGrantedOpen("resource", guide, grant, at)).toBe(true);
    // The same gate listed in another order is the same gate.
    expect(isGrantedOpen("resource", { ...guide, tiers: ["gold"] }, grant, at)).toBe(true);
    expect(isGrantedOpen("resource", { ...guide, slug: "other-guide" }, grant, at)).toBe(false);
    // A new resource given a deleted one's address is not the same resource.
    expect(isGrantedOpen("resource", { ...guide, id: "7f1c2b1e-0000-4000-8000-000000000002" }, grant, at)).toBe(false);
    // Staff changing who may open it ends every grant made before.
    expect(isGrantedOpen("resource", { ...guide, tiers: ["platinum"] }, grant, at)).toBe(false);
    expect(isGrantedOpen("resource", { ...guide, visibility: "members", tiers: [] }, grant, at)).toBe(false);
    const twoTiers = { ...guide, tiers: ["silver", "gold"] };
    expect(isGrantedOpen("resource", { ...twoTiers, tiers: ["gold", "silver"] }, grantOpen("resource", twoTiers, { allowed: true }, at)!, at)).toBe(true);
  });

  it("last from the ten-minute window they were made in through the next, and no longer", () => {
    const grant = grantOpen("resource", guide, { allowed: true }, at)!;
    const windowStart = at - (at % minutes(10));
    expect(isGrantedOpen("resource", guide, grant, windowStart + minutes(19))).toBe(true);
    expect(isGrantedOpen("resource", guide, grant, windowStart + minutes(20))).toBe(false);
    expect(isGrantedOpen("resource", guide, grant, windowStart - 1)).toBe(false);
    // A new window makes a new grant, so the cached page a grant names cannot be kept for longer.
    expect(grantOpen("resource", guide, { allowed: true }, windowStart + minutes(10))).not.toBe(grant);
  });

  it("cannot be forged or altered", () => {
    const grant = grantOpen("resource", guide, { allowed: true }, at)!;
    const flipped = (grant[0] === "A" ? "B" : "A") + grant.slice(1);
    for (const forged of [flipped, grant.slice(1), `${grant}A`, "A".repeat(32), "", "../../etc/passwd"]) {
      expect(isGrantedOpen("resource", guide, forged, at)).toBe(false);
    }
  });

  it("are bound to their content kind", () => {
    const grant = grantOpen("resource", guide, { allowed: true }, at)!;
    expect(isGrantedOpen("event-material" as "resource", guide, grant, at)).toBe(false);
  });

  it("name internal paths, which answer 404 to a request that names them", () => {
    const open = openPagePath("resource", "guide", grantOpen("resource", guide, { allowed: true }, at)!);
    expect(open).toMatch(/^\/internal\/gated\/resource\/guide\/open\/[A-Za-z0-9_-]{32}$/);
    expect(matchRoute(open).route.serving).toBe("internal");
    expect(matchRoute(viewerPagePath("resource", "guide")).route.serving).toBe("internal");
  });
});

import { describe, expect, it } from "vitest";
import { canOpen } from "@/lib/access";
import { grantOpen, isGrantedOpen, openResourceUrl, type GrantedGate } from "./open-grant";
import { openResourcePath } from "@/lib/site";

const guide: GrantedGate = { id: "7f1c2b1e-0000-4000-8000-000000000001", slug: "guide", visibility: "tiers", tiers: ["gold"] };
const member = (tierSlug: string) => ({ id: "a", role: "member" as const, disabled: false, tierSlug, membershipExpiresAt: null });
const at = Date.UTC(2026, 10, 28, 10, 3);
const minutes = (n: number) => n * 60_000;

describe("grants to a resource's cached open page", () => {
  it("are made only when lib/access allows the viewer", () => {
    expect(grantOpen(guide, canOpen(member("gold"), guide), at)).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(grantOpen(guide, canOpen(member("silver"), guide), at)).toBeNull();
    expect(grantOpen(guide, canOpen(null, guide), at)).toBeNull();
    expect(grantOpen(guide, canOpen({ ...member("gold"), disabled: true }, guide), at)).toBeNull();
  });

  it("open only the resource, and the gate, they were made for", () => {
    const grant = grantOpen(guide, { allowed: true }, at)!;
    expect(isGrantedOpen(guide, grant, at)).toBe(true);
    // The same gate listed in another order is the same gate.
    expect(isGrantedOpen({ ...guide, tiers: ["gold"] }, grant, at)).toBe(true);
    expect(isGrantedOpen({ ...guide, slug: "other-guide" }, grant, at)).toBe(false);
    // A new resource given a deleted one's address is not the same resource.
    expect(isGrantedOpen({ ...guide, id: "7f1c2b1e-0000-4000-8000-000000000002" }, grant, at)).toBe(false);
    // Staff changing who may open it ends every grant made before.
    expect(isGrantedOpen({ ...guide, tiers: ["platinum"] }, grant, at)).toBe(false);
    expect(isGrantedOpen({ ...guide, visibility: "members", tiers: [] }, grant, at)).toBe(false);
    const twoTiers = { ...guide, tiers: ["silver", "gold"] };
    expect(isGrantedOpen({ ...twoTiers, tiers: ["gold", "silver"] }, grantOpen(twoTiers, { allowed: true }, at)!, at)).toBe(true);
  });

  it("last from the ten-minute window they were made in through the next, and no longer", () => {
    const grant = grantOpen(guide, { allowed: true }, at)!;
    const windowStart = at - (at % minutes(10));
    expect(isGrantedOpen(guide, grant, windowStart + minutes(19))).toBe(true);
    expect(isGrantedOpen(guide, grant, windowStart + minutes(20))).toBe(false);
    expect(isGrantedOpen(guide, grant, windowStart - 1)).toBe(false);
    // A new window makes a new grant, so the cached page a grant names cannot be kept for longer.
    expect(grantOpen(guide, { allowed: true }, windowStart + minutes(10))).not.toBe(grant);
  });

  it("cannot be forged or altered", () => {
    const grant = grantOpen(guide, { allowed: true }, at)!;
    const flipped = (grant[0] === "A" ? "B" : "A") + grant.slice(1);
    for (const forged of [flipped, grant.slice(1), `${grant}A`, "A".repeat(32), "", "../../etc/passwd"]) {
      expect(isGrantedOpen(guide, forged, at)).toBe(false);
    }
  });

  it("name a path the proxy refuses when a request names it", () => {
    const url = openResourceUrl("guide", grantOpen(guide, { allowed: true }, at)!);
    expect(url).toMatch(/^\/member\/resources\/guide\/open\/[A-Za-z0-9_-]{32}$/);
    expect(openResourcePath.test(url)).toBe(true);
    expect(openResourcePath.test("/member/resources/guide")).toBe(false);
    expect(openResourcePath.test("/resources/guide")).toBe(false);
  });
});

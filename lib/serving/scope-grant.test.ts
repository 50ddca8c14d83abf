import { describe, expect, it } from "vitest";
import { openScope, scopeAllows } from "@/lib/access";
import { GRANT_WINDOW_MS } from "./open-grant";
import { PUBLIC_SCOPE, scopeFromSegment, scopeSegment } from "./scope-grant";

const member = (tierSlug: string) => ({ id: "a", role: "member" as const, disabled: false, tierSlug, membershipExpiresAt: null });
const staff = { id: "s", role: "admin" as const, disabled: false, tierSlug: "free", membershipExpiresAt: null };
const at = Date.UTC(2026, 11, 3, 10, 3);
const goldGuide = { visibility: "tiers" as const, tiers: ["gold"] };

describe("the audience a search page is cached for", () => {
  it("is public for signed-out visitors, without a signature", () => {
    expect(scopeSegment(openScope(null), at)).toBe(PUBLIC_SCOPE);
    const scope = scopeFromSegment(PUBLIC_SCOPE, at)!;
    expect(scopeAllows(scope, { visibility: "members", tiers: [] })).toBe(false);
    expect(scopeAllows(scope, goldGuide)).toBe(false);
  });

  it("reads back as what lib/access lets the viewer open, in this window and the next", () => {
    const gold = scopeSegment(openScope(member("gold")), at);
    expect(gold).not.toBe(PUBLIC_SCOPE);
    expect(scopeAllows(scopeFromSegment(gold, at)!, goldGuide)).toBe(true);
    expect(scopeAllows(scopeFromSegment(gold, at + GRANT_WINDOW_MS)!, goldGuide)).toBe(true);
    expect(scopeFromSegment(gold, at + 2 * GRANT_WINDOW_MS)).toBeNull();
    expect(scopeAllows(scopeFromSegment(scopeSegment(openScope(staff), at), at)!, goldGuide)).toBe(true);
    const silver = scopeFromSegment(scopeSegment(openScope(member("silver")), at), at)!;
    expect(scopeAllows(silver, { visibility: "members", tiers: [] })).toBe(true);
    expect(scopeAllows(silver, goldGuide)).toBe(false);
  });

  it("is the same path for everyone in the same audience", () => {
    expect(scopeSegment(openScope(member("gold")), at)).toBe(scopeSegment(openScope({ ...member("gold"), id: "b" }), at));
    expect(scopeSegment(openScope(member("gold")), at)).not.toBe(scopeSegment(openScope(member("silver")), at));
  });

  it("cannot be made or widened without the server's secret", () => {
    const silver = scopeSegment(openScope(member("silver")), at);
    const [, signature] = silver.split(".");
    const widened = Buffer.from(JSON.stringify({ everything: true, visibilities: ["members", "public"], tiers: [], passes: [] })).toString("base64url");
    expect(scopeFromSegment(`${widened}.${signature}`, at)).toBeNull();
    expect(scopeFromSegment(`${widened}.${"A".repeat(32)}`, at)).toBeNull();
    expect(scopeFromSegment("everything", at)).toBeNull();
    expect(scopeFromSegment("", at)).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { canOpen, type Viewer } from "@/lib/access";
import { archiveGate } from "./audience";

const member = (tierSlug: string): Viewer => ({ id: "x", role: "member", disabled: false, tierSlug, membershipExpiresAt: null });
const empty = { tiers: [], organisations: [], topics: [] };

describe("the archive's gate for a sent newsletter", () => {
  it("opens a tier newsletter to those tiers only (and staff), through lib/access", () => {
    const gate = archiveGate({ ...empty, kind: "tiers", tiers: ["gold"] });
    expect(canOpen(member("gold"), gate).allowed).toBe(true);
    expect(canOpen(member("silver"), gate)).toMatchObject({ allowed: false, reason: "tier-required", requiredTiers: ["gold"] });
    expect(canOpen(null, gate)).toMatchObject({ allowed: false, reason: "signed-out" });
    expect(canOpen({ ...member("free"), role: "editor" }, gate).allowed).toBe(true);
  });
  it("opens an organisation's newsletter to the tiers its organisations hold, and everyone's to any member", () => {
    expect(archiveGate({ ...empty, kind: "organisations", organisations: ["o"] }, ["gold", "gold"])).toEqual({ visibility: "tiers", tiers: ["gold"] });
    const all = archiveGate({ ...empty, kind: "all" });
    expect(canOpen(member("free"), all).allowed).toBe(true);
    expect(canOpen(null, all).allowed).toBe(false);
  });
});

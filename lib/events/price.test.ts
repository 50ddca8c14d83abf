import { describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/access";
import { formatTicketPrice, ticketPriceFor } from "./price";

const now = new Date("2026-06-01T12:00:00Z");
const later = new Date("2027-01-01T00:00:00Z");
const earlier = new Date("2026-01-01T00:00:00Z");
const viewer = (tierSlug: string, membershipExpiresAt: Date | null = later, extra: Partial<Viewer> = {}): Viewer => ({
  id: "v",
  role: "member",
  disabled: false,
  tierSlug,
  membershipExpiresAt,
  ...extra,
});

const standard = { nonMemberPricePence: 9500, tierPrices: { silver: 6000, gold: 0 }, tiers: [] };
const goldOnly = { nonMemberPricePence: null, tierPrices: { gold: 1500 }, tiers: ["gold"] };

describe("the price a viewer pays for a ticket", () => {
  it("is the non-member price for signed-out visitors and free accounts", () => {
    expect(ticketPriceFor(standard, null, now)).toEqual({ available: true, pricePence: 9500, audience: "non-member" });
    expect(ticketPriceFor(standard, viewer("free", null), now)).toMatchObject({ pricePence: 9500 });
  });

  it("is the tier's price for current members", () => {
    expect(ticketPriceFor(standard, viewer("silver"), now)).toEqual({ available: true, pricePence: 6000, audience: "silver" });
    expect(ticketPriceFor(standard, viewer("gold"), now)).toEqual({ available: true, pricePence: 0, audience: "gold" });
  });

  it("is the non-member price once a membership has expired", () => {
    expect(ticketPriceFor(standard, viewer("gold", earlier), now)).toMatchObject({ pricePence: 9500, audience: "non-member" });
  });

  it("gives organisation members their organisation's tier price, the lower of two", () => {
    const teacher = viewer("free", null, { organisation: { tierSlug: "gold", membershipExpiresAt: later } });
    expect(ticketPriceFor(standard, teacher, now)).toMatchObject({ pricePence: 0, audience: "gold" });
    const both = viewer("silver", later, { organisation: { tierSlug: "gold", membershipExpiresAt: later } });
    expect(ticketPriceFor(standard, both, now)).toMatchObject({ pricePence: 0 });
    const lapsedOrg = viewer("free", null, { organisation: { tierSlug: "gold", membershipExpiresAt: earlier } });
    expect(ticketPriceFor(standard, lapsedOrg, now)).toMatchObject({ pricePence: 9500 });
  });

  it("refuses a tier-restricted ticket to others, expired members included", () => {
    expect(ticketPriceFor(goldOnly, viewer("gold"), now)).toMatchObject({ available: true, pricePence: 1500 });
    expect(ticketPriceFor(goldOnly, viewer("silver"), now)).toEqual({ available: false, reason: "tier-required" });
    expect(ticketPriceFor(goldOnly, viewer("gold", earlier), now)).toEqual({ available: false, reason: "tier-required" });
    expect(ticketPriceFor(goldOnly, null, now)).toEqual({ available: false, reason: "tier-required" });
  });

  it("reads prices as people do", () => {
    expect(formatTicketPrice(0)).toBe("Free");
    expect(formatTicketPrice(9500)).toBe("£95");
    expect(formatTicketPrice(1250)).toBe("£12.50");
  });
});

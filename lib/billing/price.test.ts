import { describe, expect, it } from "vitest";
import { describePrice, parsePounds, priceLookupKey, vatIncluded } from "./price";
import { accessEnd, inGrace } from "./subscription-state";

describe("tier prices", () => {
  it("shows the yearly amount with how VAT applies", () => {
    expect(describePrice({ annualPricePence: 4500, vatTreatment: "exempt" })).toEqual({ amount: "£45", perYear: "£45 a year", vat: "VAT exempt" });
    expect(describePrice({ annualPricePence: 5400, vatTreatment: "standard" })).toEqual({
      amount: "£54",
      perYear: "£54 a year",
      vat: "includes VAT of £9 (20%)",
    });
    expect(describePrice({ annualPricePence: 4550, vatTreatment: "standard" }).perYear).toBe("£45.50 a year");
    expect(vatIncluded({ annualPricePence: 4550, vatTreatment: "standard" })).toBe(758);
  });

  it("reads prices as people type them, and refuses what is not one", () => {
    expect(parsePounds("45")).toBe(4500);
    expect(parsePounds("£45.5")).toBe(4550);
    expect(parsePounds(" £1,200.00 ")).toBe(120000);
    for (const bad of ["", "abc", "45.555", "-3", "£"]) expect(parsePounds(bad)).toBeNull();
  });

  it("gives each amount and VAT treatment its own Stripe lookup key", () => {
    const a = priceLookupKey("gold", { annualPricePence: 12000, vatTreatment: "exempt" });
    expect(a).toBe("tier_gold_12000_gbp_year_exempt");
    expect(priceLookupKey("gold", { annualPricePence: 12500, vatTreatment: "exempt" })).not.toBe(a);
    expect(priceLookupKey("gold", { annualPricePence: 12000, vatTreatment: "standard" })).not.toBe(a);
  });
});

describe("access from a subscription", () => {
  const end = new Date("2027-01-01T00:00:00Z");
  it("lasts to the period end plus the grace period, and not at all before the first payment", () => {
    expect(accessEnd({ status: "active", currentPeriodEnd: end, endedAt: null }, 30)).toEqual(new Date("2027-01-31T00:00:00Z"));
    expect(accessEnd({ status: "past_due", currentPeriodEnd: end, endedAt: null }, 0)).toEqual(end);
    expect(accessEnd({ status: "incomplete", currentPeriodEnd: end, endedAt: null }, 30)).toBeNull();
    const cutShort = new Date("2026-06-01T00:00:00Z");
    expect(accessEnd({ status: "canceled", currentPeriodEnd: end, endedAt: cutShort }, 30)).toEqual(cutShort);
    expect(inGrace(end, new Date("2027-01-31T00:00:00Z"), new Date("2027-01-10T00:00:00Z"))).toBe(true);
    expect(inGrace(end, new Date("2027-01-31T00:00:00Z"), new Date("2026-12-10T00:00:00Z"))).toBe(false);
  });
});

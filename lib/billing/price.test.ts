import { describe, expect, it } from "vitest";
import { describePrice, parsePounds, priceLookupKey, vatIncluded } from "./price";
import type Stripe from "stripe";
import { accessEnd, inGrace, subscriptionState } from "./subscription-state";

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
    expect(accessEnd({ status: "active", paidThrough: end, endedAt: null }, 30)).toEqual(new Date("2027-01-31T00:00:00Z"));
    expect(accessEnd({ status: "past_due", paidThrough: end, endedAt: null }, 0)).toEqual(end);
    expect(accessEnd({ status: "incomplete", paidThrough: end, endedAt: null }, 30)).toBeNull();
    const cutShort = new Date("2026-06-01T00:00:00Z");
    expect(accessEnd({ status: "canceled", paidThrough: end, endedAt: cutShort }, 30)).toEqual(cutShort);
    expect(inGrace(end, new Date("2027-01-31T00:00:00Z"), new Date("2027-01-10T00:00:00Z"))).toBe(true);
    expect(inGrace(end, new Date("2027-01-31T00:00:00Z"), new Date("2026-12-10T00:00:00Z"))).toBe(false);
  });

  // Stripe starts a renewal's period before charging it, so a failed renewal's period is not paid time.
  const renewal = Date.parse("2027-01-01T00:00:00Z") / 1000;
  const sub = (status: string, latestInvoiceStatus: string | null) =>
    ({
      id: "sub_1",
      customer: "cus_1",
      status,
      metadata: {},
      cancel_at_period_end: false,
      ended_at: status === "canceled" ? renewal + 20 * 86_400 : null,
      default_payment_method: null,
      latest_invoice: latestInvoiceStatus ? { id: "in_1", status: latestInvoiceStatus } : null,
      items: { data: [{ current_period_start: renewal, current_period_end: renewal + 365 * 86_400, price: { id: "price_1", unit_amount: 12000, metadata: { tier_slug: "gold" } } }] },
    }) as unknown as Stripe.Subscription;
  it("counts a failed renewal's new period as unpaid: access runs from its start through the grace period only", () => {
    const start = new Date(renewal * 1000);
    const graceEnd = new Date("2027-01-31T00:00:00Z");
    expect(subscriptionState(sub("active", "paid"))!.paidThrough).toEqual(new Date((renewal + 365 * 86_400) * 1000));
    const failed = subscriptionState(sub("past_due", "open"))!;
    expect(failed.paidThrough).toEqual(start);
    expect(accessEnd(failed, 30)).toEqual(graceEnd);
    // Cancelled by Stripe after its retries, the renewal still unpaid: the grace period still counts from the renewal.
    const gaveUp = subscriptionState(sub("canceled", "open"))!;
    expect(gaveUp.paidThrough).toEqual(start);
    expect(accessEnd(gaveUp, 30)).toEqual(graceEnd);
  });
});

import { describe, expect, it } from "vitest";
import { emailDomain, invoiceAmounts, invoiceNumberLabel, normaliseDomain, oneYearFrom, organisationStatus, remainingFraction } from "./terms";

const DAY = 86_400_000;
const now = new Date("2026-12-03T12:00:00Z");
const at = (days: number) => new Date(now.getTime() + days * DAY);

describe("organisationStatus", () => {
  it("is not started until paid, current within its period, in grace after its end until expiry, then lapsed", () => {
    expect(organisationStatus({ startsAt: null, endsAt: null, membershipExpiresAt: null }, now)).toBe("not-started");
    expect(organisationStatus({ startsAt: at(5), endsAt: at(370), membershipExpiresAt: at(400) }, now)).toBe("not-started");
    expect(organisationStatus({ startsAt: at(-10), endsAt: at(355), membershipExpiresAt: at(385) }, now)).toBe("current");
    expect(organisationStatus({ startsAt: at(-375), endsAt: at(-10), membershipExpiresAt: at(20) }, now)).toBe("grace");
    expect(organisationStatus({ startsAt: at(-400), endsAt: at(-40), membershipExpiresAt: at(-10) }, now)).toBe("lapsed");
  });
});

describe("invoice amounts", () => {
  it("charges seats × price; an exempt tier has no VAT, a standard-rated one has a sixth of the total as VAT", () => {
    expect(invoiceAmounts(10, 12000, "exempt")).toEqual({ netPence: 120000, vatPence: 0, totalPence: 120000 });
    expect(invoiceAmounts(4, 4500, "standard")).toEqual({ netPence: 15000, vatPence: 3000, totalPence: 18000 });
  });

  it("prorates seats added mid-year by the days left", () => {
    const start = at(-100);
    const end = oneYearFrom(start);
    expect(remainingFraction(start, end, now)).toBeCloseTo(265 / 365, 5);
    expect(invoiceAmounts(2, 12000, "exempt", remainingFraction(start, end, now)).totalPence).toBe(2 * Math.round(12000 * (265 / 365)));
    expect(remainingFraction(start, end, at(400))).toBe(0);
    expect(remainingFraction(at(10), oneYearFrom(at(10)), now)).toBe(1);
  });
});

describe("domains and numbers", () => {
  it("reads an address's domain and accepts only real domains from staff", () => {
    expect(emailDomain("Senco@Oakfield.Example.org")).toBe("oakfield.example.org");
    expect(normaliseDomain(" @Oakfield.Example.org ")).toBe("oakfield.example.org");
    for (const bad of ["", "oakfield", "oak field.org", "@", "http://oakfield.org", "-oak.org"]) expect(normaliseDomain(bad)).toBeNull();
  });

  it("labels invoice numbers with six digits", () => {
    expect(invoiceNumberLabel(2)).toBe("INV-000002");
    expect(invoiceNumberLabel(1234567)).toBe("INV-1234567");
  });
});

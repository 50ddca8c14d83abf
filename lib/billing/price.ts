/** Prices of paid tiers: pure, shared by every page that shows one and by the Stripe catalogue. */

export type VatTreatment = "exempt" | "standard";

/** The UK standard rate; a standard-rated price includes it. */
export const STANDARD_VAT_RATE = 0.2;

export interface TierPrice {
  annualPricePence: number;
  vatTreatment: VatTreatment;
}

const pounds = (pence: number) =>
  `£${(pence / 100).toLocaleString("en-GB", { minimumFractionDigits: pence % 100 === 0 ? 0 : 2, maximumFractionDigits: 2 })}`;

/** "£45" or "£45.50". */
export function formatPounds(pence: number): string {
  return pounds(pence);
}

/** True when the tier is sold (it has a price). */
export function isPaid(price: TierPrice): boolean {
  return price.annualPricePence > 0;
}

/** The VAT within a standard-rated price (price × 1/6 at 20 %), in pence. */
export function vatIncluded(price: TierPrice): number {
  if (price.vatTreatment !== "standard") return 0;
  return Math.round((price.annualPricePence * STANDARD_VAT_RATE) / (1 + STANDARD_VAT_RATE));
}

/** What every page shows beside a price: "£45 a year" and "VAT exempt" / "includes VAT of £7.50 (20%)". */
export function describePrice(price: TierPrice): { amount: string; perYear: string; vat: string } {
  const amount = pounds(price.annualPricePence);
  const vat =
    price.vatTreatment === "standard"
      ? `includes VAT of ${pounds(vatIncluded(price))} (${STANDARD_VAT_RATE * 100}%)`
      : "VAT exempt";
  return { amount, perYear: `${amount} a year`, vat };
}

/**
 * The Stripe lookup key of a tier's price. It names the amount and VAT treatment, so a changed price
 * is a new Price (found again by its key, never edited), and subscriptions on the old one keep it.
 */
export function priceLookupKey(slug: string, price: TierPrice): string {
  return `tier_${slug}_${price.annualPricePence}_gbp_year_${price.vatTreatment}`;
}

/** Parses "45", "£45", "45.50" into pence; null when it is not a price. */
export function parsePounds(text: string): number | null {
  const match = /^£?\s*(\d{1,6})(?:\.(\d{1,2}))?$/.exec(text.trim().replace(/,/g, ""));
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0") || 0);
}

/** Organisation memberships' pure rules: status, invoice amounts, proration, email domains. */
import { STANDARD_VAT_RATE, type VatTreatment } from "@/lib/billing/price";

const DAY = 24 * 60 * 60 * 1000;

export type OrganisationStatus = "not-started" | "current" | "grace" | "lapsed";

export interface OrganisationPeriod {
  startsAt: Date | null;
  endsAt: Date | null;
  /** The period's end plus the grace period: what lib/access reads. */
  membershipExpiresAt: Date | null;
}

/** Where an organisation's membership stands at `now`. */
export function organisationStatus(org: OrganisationPeriod, now: Date = new Date()): OrganisationStatus {
  if (!org.startsAt || !org.endsAt || !org.membershipExpiresAt || org.startsAt.getTime() > now.getTime()) return "not-started";
  if (now.getTime() < org.endsAt.getTime()) return "current";
  if (now.getTime() < org.membershipExpiresAt.getTime()) return "grace";
  return "lapsed";
}

export const statusWords: Record<OrganisationStatus, string> = {
  "not-started": "Not started (waiting for payment)",
  current: "Current",
  grace: "In its grace period",
  lapsed: "Lapsed",
};

/** Access ends `graceDays` after the paid period. */
export function accessUntil(endsAt: Date, graceDays: number): Date {
  return new Date(endsAt.getTime() + graceDays * DAY);
}

/** A year on from `from` (same date next year). */
export function oneYearFrom(from: Date): Date {
  const next = new Date(from);
  next.setUTCFullYear(next.getUTCFullYear() + 1);
  return next;
}

export interface InvoiceAmounts {
  netPence: number;
  vatPence: number;
  totalPence: number;
}

/**
 * What `seats` seats at `unitPricePence` a year cost for `fraction` of a year. A standard-rated tier's
 * price includes VAT (as on the membership page): the VAT is the sixth of the total; exempt: none.
 */
export function invoiceAmounts(seats: number, unitPricePence: number, vat: VatTreatment, fraction = 1): InvoiceAmounts {
  // Rounded per seat, so a card payment of `seats` × one seat's amount comes to the same total.
  const totalPence = seats * proratedSeatPence(unitPricePence, fraction);
  const vatPence = vat === "standard" ? Math.round((totalPence * STANDARD_VAT_RATE) / (1 + STANDARD_VAT_RATE)) : 0;
  return { netPence: totalPence - vatPence, vatPence, totalPence };
}

/** One seat's price for `fraction` of a year, in whole pence. */
export function proratedSeatPence(unitPricePence: number, fraction = 1): number {
  return Math.round(unitPricePence * fraction);
}

/** The part of a period still to run at `now`, 0 to 1, by whole days (prorating seats added mid-year). */
export function remainingFraction(periodStart: Date, periodEnd: Date, now: Date): number {
  const total = Math.round((periodEnd.getTime() - periodStart.getTime()) / DAY);
  const left = Math.ceil((periodEnd.getTime() - Math.max(now.getTime(), periodStart.getTime())) / DAY);
  if (total <= 0 || left <= 0) return 0;
  return Math.min(1, left / total);
}

/** The domain of an address, lower case: `Senco@Oakfield.Example.org` → `oakfield.example.org`. */
export function emailDomain(email: string): string {
  const at = email.lastIndexOf("@");
  return at < 0 ? "" : email.slice(at + 1).trim().toLowerCase();
}

/** A domain as staff may enter it ("@oakfield.example.org" or "oakfield.example.org"), or null. */
export function normaliseDomain(input: string): string | null {
  const domain = input.trim().toLowerCase().replace(/^@/, "");
  return /^(?=.{3,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/.test(domain) ? domain : null;
}

/** "INV-000042". */
export function invoiceNumberLabel(n: number): string {
  return `INV-${String(n).padStart(6, "0")}`;
}

export const organisationTypeWords = {
  school: "School",
  college: "College",
  "local-authority": "Local authority",
  other: "Other",
} as const;

/** Days an invoice gives to pay. */
export const INVOICE_PAYMENT_DAYS = 30;
/** Days an invitation link works. */
export const INVITE_TTL_DAYS = 14;

import type { CompactField } from "@/components/organisations/compact-form";
import { toLondonDate } from "@/lib/dates";
import { organisationTypeWords } from "@/lib/organisations/terms";

/** The organisation form's fields, filled from an organisation when editing. */
export function organisationFields(
  tiers: ReadonlyArray<{ slug: string; name: string }>,
  org?: { name: string; type: string; invoiceAddress: string; tierSlug: string; seats: number; startsAt: Date | null; endsAt: Date | null },
): CompactField[] {
  return [
    { name: "name", label: "Name", defaultValue: org?.name, autoComplete: "off" },
    { name: "type", label: "Type", type: "select", options: Object.entries(organisationTypeWords).map(([value, label]) => ({ value, label })), defaultValue: org?.type ?? "school" },
    { name: "invoiceAddress", label: "Invoice address", type: "textarea", hint: "One line per line, as printed on invoices (the name is added above it).", defaultValue: org?.invoiceAddress },
    { name: "tierSlug", label: "Tier", type: "select", options: tiers.map((t) => ({ value: t.slug, label: t.name })), defaultValue: org?.tierSlug ?? "gold" },
    { name: "seats", label: "Seats", type: "number", min: 0, defaultValue: String(org?.seats ?? 10) },
    { name: "startsOn", label: "Start date", type: "date", hint: "Leave both dates empty until the first invoice is paid.", defaultValue: org?.startsAt ? toLondonDate(org.startsAt) : "" },
    { name: "endsOn", label: "End date", type: "date", hint: "Access continues for the grace period after this date.", defaultValue: org?.endsAt ? toLondonDate(org.endsAt) : "" },
  ];
}

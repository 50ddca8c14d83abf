/** Reading the event and ticket forms (pure): the shared content rules plus the event's own. */
import { z } from "zod";
import { eventTypes } from "@/db/schema";
import type { EventFields, TicketFields } from "@/db/queries/events/admin";
import { fromLondonDateTime } from "@/lib/dates";
import { parsePounds } from "@/lib/billing/price";
import { add, common, commonInput, commonRules, text, zodErrors, type FieldErrors, type ParsedForm } from "@/lib/content/form";

const eventSchema = common.extend({
  type: z.enum(eventTypes, { error: "Choose the kind of event." }),
  summary: z.string().trim().min(1, "Enter a summary: it shows in listings and at the top of the page.").max(500, "Keep the summary to 500 characters or fewer."),
  startsAt: z.string().trim().max(40),
  endsAt: z.string().trim().max(40),
  online: z.enum(["online", "venue"], { error: "Choose online or at a venue." }),
  venueName: z.string().trim().max(200),
  address: z.string().trim().max(500),
  mapUrl: z.union([z.literal(""), z.url({ protocol: /^https$/, message: "Enter a map link starting https://" })]),
  joinUrl: z.union([z.literal(""), z.url({ protocol: /^https$/, message: "Enter a joining link starting https://" })]),
  capacity: z.coerce.number({ message: "Enter the number of places." }).int("Enter a whole number of places.").min(0, "Enter 0 or more places.").max(100000, "Enter at most 100,000 places."),
  cpdHours: z.coerce.number({ message: "Enter CPD hours as a number, like 3 or 1.5." }).min(0, "Enter 0 or more hours.").max(100, "Enter at most 100 hours."),
  cancelCutoffHours: z.coerce.number({ message: "Enter the hours as a whole number." }).int("Enter the hours as a whole number.").min(0, "Enter 0 or more hours.").max(2000, "Enter at most 2,000 hours."),
});

export function parseEventForm(formData: FormData, context: { topicSlugs: readonly string[]; now?: Date }): ParsedForm<EventFields> {
  const parsed = eventSchema.safeParse({
    ...commonInput(formData),
    type: text(formData, "type"),
    summary: text(formData, "summary"),
    startsAt: text(formData, "startsAt"),
    endsAt: text(formData, "endsAt"),
    online: text(formData, "online"),
    venueName: text(formData, "venueName"),
    address: text(formData, "address"),
    mapUrl: text(formData, "mapUrl").trim(),
    joinUrl: text(formData, "joinUrl").trim(),
    capacity: text(formData, "capacity"),
    cpdHours: text(formData, "cpdHours") || "0",
    cancelCutoffHours: text(formData, "cancelCutoffHours") || "48",
  });
  if (!parsed.success) return { ok: false, fieldErrors: zodErrors(parsed.error) };
  const d = parsed.data;
  const errors: FieldErrors = {};
  const { slug, publishedAt, featureImage } = commonRules(d, context, errors);
  const startsAt = fromLondonDateTime(d.startsAt);
  const endsAt = fromLondonDateTime(d.endsAt);
  if (!startsAt) add(errors, "startsAt", "Enter when it starts, like 14/05/2027 09:30.");
  if (!endsAt) add(errors, "endsAt", "Enter when it ends, like 14/05/2027 16:00.");
  if (startsAt && endsAt && endsAt < startsAt) add(errors, "endsAt", "The end must be after the start.");
  if (d.online === "venue" && !d.venueName && !d.address) add(errors, "address", "Enter the venue's name and address, or choose online.");
  if (Object.keys(errors).length) return { ok: false, fieldErrors: errors };
  return {
    ok: true,
    id: d.id || null,
    version: d.version,
    data: {
      title: d.title,
      slug,
      type: d.type,
      summary: d.summary,
      body: d.body,
      ...featureImage,
      startsAt: startsAt!,
      endsAt: endsAt!,
      online: d.online === "online",
      venueName: d.venueName,
      address: d.address,
      mapUrl: d.mapUrl,
      joinUrl: d.joinUrl,
      capacity: d.capacity,
      cpdHours: Math.round(d.cpdHours * 100) / 100,
      cancelCutoffHours: d.cancelCutoffHours,
      topics: d.topics,
      status: d.status,
      publishedAt: d.status === "published" && !publishedAt ? new Date() : publishedAt,
    },
  };
}

/**
 * A ticket type: its name, the non-member price (empty: not sold to non-members) and a price per
 * tier (empty: that tier pays the non-member price), and the tiers it is restricted to.
 */
export function parseTicketForm(formData: FormData, tierSlugs: readonly string[]): { ok: true; data: TicketFields } | { ok: false; fieldErrors: FieldErrors } {
  const errors: FieldErrors = {};
  const name = text(formData, "name").trim();
  if (!name) add(errors, "name", "Enter the ticket's name, like Standard ticket.");
  if (name.length > 120) add(errors, "name", "Keep the name to 120 characters or fewer.");
  const price = (field: string): number | null | undefined => {
    const raw = text(formData, field).trim();
    if (!raw) return null;
    const pence = parsePounds(raw);
    if (pence === null) add(errors, field, "Enter a price in pounds, like 95 or 12.50 (0 for free).");
    return pence ?? undefined;
  };
  const nonMemberPricePence = price("nonMember");
  const tierPrices: Record<string, number> = {};
  for (const slug of tierSlugs) {
    const p = price(`tier-${slug}`);
    if (typeof p === "number") tierPrices[slug] = p;
  }
  const tiers = formData.getAll("restrictTiers").filter((v): v is string => typeof v === "string");
  if (tiers.some((t) => !tierSlugs.includes(t))) add(errors, "restrictTiers", "Choose tiers from the list.");
  if (nonMemberPricePence === null && Object.keys(tierPrices).length === 0) add(errors, "nonMember", "Give at least one price.");
  if (Object.keys(errors).length) return { ok: false, fieldErrors: errors };
  return { ok: true, data: { name, description: text(formData, "description").trim().slice(0, 300), nonMemberPricePence: nonMemberPricePence ?? null, tierPrices, tiers } };
}

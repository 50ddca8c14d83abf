/**
 * Reading the newsletter form and the send form: zod for the shape, then the rules that need
 * context (known tiers, organisations and topics; the clock). Pure, so unit-tested without a server.
 */
import { z } from "zod";
import { fromLondonDateTime } from "@/lib/dates";
import { SLUG_MAX_LENGTH, SLUG_PATTERN, slugify } from "@/lib/content/slug";
import { externalImageMessage, missingAltMessage } from "@/lib/markdown";
import type { AudienceKind } from "./audience";

export type FieldErrors = Record<string, string[]>;

export interface NewsletterFields {
  subject: string;
  slug: string;
  preheader: string;
  body: string;
  audience: AudienceKind;
  audienceTiers: string[];
  audienceOrganisations: string[];
  audienceTopics: string[];
}

const schema = z.object({
  id: z.union([z.literal(""), z.uuid()]),
  version: z.coerce.number().int().min(0),
  title: z.string().trim().min(1, "Enter a subject.").max(150, "Keep the subject to 150 characters or fewer."),
  slug: z.string().trim().toLowerCase().max(SLUG_MAX_LENGTH, `Keep the web address to ${SLUG_MAX_LENGTH} characters or fewer.`),
  preheader: z.string().trim().max(200, "Keep the preview line to 200 characters or fewer."),
  body: z.string().trim().min(1, "Write the newsletter.").max(100_000, "The newsletter is too long (100,000 characters at most)."),
  audience: z.enum(["all", "tiers", "organisations", "topics"], { error: "Choose who it is for." }),
  tiers: z.array(z.string()).max(20),
  organisations: z.array(z.string()).max(200),
  topics: z.array(z.string()).max(50),
});

export interface FormContext {
  tierSlugs: readonly string[];
  organisationIds: readonly string[];
  topicIds: readonly string[];
}

export type ParsedNewsletter = { ok: true; id: string | null; version: number; data: NewsletterFields } | { ok: false; fieldErrors: FieldErrors };

export function parseNewsletterForm(form: FormData, context: FormContext): ParsedNewsletter {
  const text = (name: string) => (typeof form.get(name) === "string" ? (form.get(name) as string) : "");
  const list = (name: string) => form.getAll(name).filter((v): v is string => typeof v === "string");
  const parsed = schema.safeParse({
    id: text("id"),
    version: text("version") || "0",
    title: text("title"),
    slug: text("slug"),
    preheader: text("preheader"),
    body: text("body"),
    audience: text("audience"),
    tiers: list("tiers"),
    organisations: list("organisations"),
    topics: list("topics"),
  });
  const errors: FieldErrors = {};
  const add = (field: string, message: string) => void (errors[field] ??= []).push(message);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) add(String(issue.path[0] ?? "form"), issue.message);
    return { ok: false, fieldErrors: errors };
  }
  const d = parsed.data;
  const slug = d.slug || slugify(d.title);
  if (!SLUG_PATTERN.test(slug)) add("slug", "Use lower-case letters, digits and single hyphens in the web address.");
  const chosen = { tiers: d.tiers, organisations: d.organisations, topics: d.topics };
  const known = { tiers: context.tierSlugs, organisations: context.organisationIds, topics: context.topicIds };
  const words = { tiers: "tier", organisations: "organisation", topics: "topic" } as const;
  if (d.audience !== "all") {
    const key = d.audience;
    if (chosen[key].length === 0) add(key, `Choose at least one ${words[key]}.`);
    else if (chosen[key].some((v) => !known[key].includes(v))) add(key, `Choose ${words[key]}s from the list.`);
  }
  const alt = missingAltMessage(d.body);
  if (alt) add("body", alt);
  const external = externalImageMessage(d.body);
  if (external) add("body", external);
  if (Object.keys(errors).length > 0) return { ok: false, fieldErrors: errors };
  return {
    ok: true,
    id: d.id || null,
    version: d.version,
    data: {
      subject: d.title,
      slug,
      preheader: d.preheader,
      body: d.body,
      audience: d.audience,
      // Only the chosen kind's list is kept: the others would be stale choices nobody sees.
      audienceTiers: d.audience === "tiers" ? [...new Set(d.tiers)] : [],
      audienceOrganisations: d.audience === "organisations" ? [...new Set(d.organisations)] : [],
      audienceTopics: d.audience === "topics" ? [...new Set(d.topics)] : [],
    },
  };
}

/** "Send now", or a time to come in UK time (a `datetime-local` value); at most a year ahead. */
export function parseSendTime(form: FormData, now: Date = new Date()): { ok: true; at: Date } | { ok: false; message: string } {
  const when = form.get("when");
  if (when === "now") return { ok: true, at: now };
  if (when !== "later") return { ok: false, message: "Choose to send it now or at a time." };
  const value = form.get("sendAt");
  const at = typeof value === "string" ? fromLondonDateTime(value) : null;
  if (!at) return { ok: false, message: "Enter the date and time to send it, for example 2026-12-18 09:00." };
  if (at.getTime() <= now.getTime()) return { ok: false, message: "Choose a time in the future, or send it now." };
  if (at.getTime() > now.getTime() + 366 * 24 * 60 * 60 * 1000) return { ok: false, message: "Choose a time within the next year." };
  return { ok: true, at };
}

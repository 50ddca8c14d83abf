/**
 * Reading the article and resource forms: zod for the shape, then the rules that need context
 * (known tiers and topics, the clock). Pure, so the rules are unit-tested without a server.
 */
import { z } from "zod";
import { contentStatusEnum, resourceTypes, visibilityEnum } from "@/db/schema";
import { fromLondonDateTime } from "@/lib/dates";
import { externalImageMessage, missingAltMessage } from "@/lib/markdown";
import { parseMediaPath } from "@/lib/uploads/media-path";
import { SLUG_MAX_LENGTH, SLUG_PATTERN, slugify } from "@/lib/content/slug";
import type { ArticleFields } from "@/db/queries/news";
import type { ResourceFields } from "@/db/queries/resources/writes";

export type FieldErrors = Record<string, string[]>;
export type ParsedForm<T> = { ok: true; id: string | null; version: number; data: T } | { ok: false; fieldErrors: FieldErrors };

export const common = z.object({
  id: z.union([z.literal(""), z.uuid()]),
  version: z.coerce.number().int().min(0),
  title: z.string().trim().min(1, "Enter a title.").max(200, "Keep the title to 200 characters or fewer."),
  slug: z.string().trim().toLowerCase().max(SLUG_MAX_LENGTH, `Keep the web address to ${SLUG_MAX_LENGTH} characters or fewer.`),
  body: z.string().max(200_000, "The body is too long (200,000 characters at most)."),
  status: z.enum(contentStatusEnum.enumValues, { error: "Choose draft, published or scheduled." }),
  publishAt: z.string().trim().max(40),
  topics: z.array(z.string()).max(20),
  featureImage: z.string().trim().max(400),
  featureImageAlt: z.string().trim().max(300, "Keep the feature image's description to 300 characters or fewer."),
});

const resourceSchema = common.extend({
  summary: z.string().trim().min(1, "Enter a summary: everyone sees it, even those who cannot open the resource.").max(500, "Keep the summary to 500 characters or fewer."),
  easyReadSummary: z.string().max(5000, "Keep the easy read summary to 5,000 characters or fewer."),
  type: z.enum(resourceTypes, { error: "Choose a type." }),
  visibility: z.enum(visibilityEnum.enumValues, { error: "Choose who can open it." }),
  tiers: z.array(z.string()).max(20),
  featured: z.boolean(),
});

const articleSchema = common.extend({
  standfirst: z.string().trim().max(600, "Keep the standfirst to 600 characters or fewer."),
  related: z.array(z.uuid("Pick related resources from the search.")).max(12, "Choose at most 12 related resources."),
});

export function add(errors: FieldErrors, field: string, message: string) {
  (errors[field] ??= []).push(message);
}

export function zodErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) add(errors, String(issue.path[0] ?? "form"), issue.message);
  return errors;
}

interface Context {
  topicSlugs: readonly string[];
  now?: Date;
}

/** Slug, topics and publication time: the checks both forms share. */
export function commonRules(data: z.infer<typeof common>, context: Context, errors: FieldErrors) {
  const slug = data.slug || slugify(data.title);
  if (!slug) add(errors, "slug", "Enter a web address, like what-is-dme.");
  else if (!SLUG_PATTERN.test(slug)) add(errors, "slug", "Use only lower-case letters, digits and single hyphens, like what-is-dme.");
  if (data.topics.some((t) => !context.topicSlugs.includes(t))) add(errors, "topics", "Choose topics from the list.");

  markdownImageRules("body", data.body, errors);
  if (data.featureImage && !parseMediaPath(data.featureImage)) {
    add(errors, "featureImage", "Upload the feature image here: it must be an image uploaded to this site.");
  } else if (data.featureImage && !data.featureImageAlt) {
    add(errors, "featureImageAlt", "Describe the feature image for people who cannot see it, like “Two pupils reading together”.");
  }
  const featureImage = data.featureImage ? { featureImage: data.featureImage, featureImageAlt: data.featureImageAlt } : { featureImage: "", featureImageAlt: "" };

  const now = context.now ?? new Date();
  let publishedAt: Date | null = null;
  if (data.publishAt) {
    publishedAt = fromLondonDateTime(data.publishAt);
    if (!publishedAt) add(errors, "publishAt", "Enter a real date and time, like 31/07/2026 09:00.");
  }
  if (data.status === "scheduled") {
    if (!data.publishAt) add(errors, "publishAt", "Choose when to publish it.");
    else if (publishedAt && publishedAt.getTime() <= now.getTime()) {
      add(errors, "publishAt", "A scheduled time must be in the future. To publish now, choose Published.");
    }
  }
  if (data.status === "published" && publishedAt && publishedAt.getTime() > now.getTime() + 60_000) {
    add(errors, "publishAt", "That time is in the future: choose Scheduled to publish it then, or clear the time to publish now.");
  }
  return { slug, publishedAt, featureImage };
}

/** Every image needs alt text (or the decorative mark) and must be served from this site. */
function markdownImageRules(field: string, markdown: string, errors: FieldErrors) {
  const altProblem = missingAltMessage(markdown);
  if (altProblem) add(errors, field, altProblem);
  const external = externalImageMessage(markdown);
  if (external) add(errors, field, external);
}

export const strings = (formData: FormData, name: string) => formData.getAll(name).filter((v): v is string => typeof v === "string");
export const text = (formData: FormData, name: string) => (typeof formData.get(name) === "string" ? (formData.get(name) as string) : "");

export function commonInput(formData: FormData) {
  return {
    id: text(formData, "id"),
    version: text(formData, "version") || "0",
    title: text(formData, "title"),
    slug: text(formData, "slug"),
    body: text(formData, "body").replace(/\r\n/g, "\n"),
    status: text(formData, "status"),
    publishAt: text(formData, "publishAt"),
    topics: strings(formData, "topics"),
    featureImage: text(formData, "featureImage"),
    featureImageAlt: text(formData, "featureImageAlt"),
  };
}

export function parseResourceForm(formData: FormData, context: Context & { tierSlugs: readonly string[] }): ParsedForm<ResourceFields> {
  const parsed = resourceSchema.safeParse({
    ...commonInput(formData),
    summary: text(formData, "summary"),
    easyReadSummary: text(formData, "easyReadSummary").replace(/\r\n/g, "\n").trim(),
    type: text(formData, "type"),
    visibility: text(formData, "visibility"),
    tiers: strings(formData, "tiers"),
    featured: formData.get("featured") === "on",
  });
  if (!parsed.success) return { ok: false, fieldErrors: zodErrors(parsed.error) };
  const d = parsed.data;
  const errors: FieldErrors = {};
  const { slug, publishedAt, featureImage } = commonRules(d, context, errors);
  markdownImageRules("easyReadSummary", d.easyReadSummary, errors);
  if (d.visibility === "tiers" && d.tiers.length === 0) add(errors, "tiers", "Choose at least one tier, or another option above.");
  if (d.tiers.some((t) => !context.tierSlugs.includes(t))) add(errors, "tiers", "Choose tiers from the list.");
  if (Object.keys(errors).length) return { ok: false, fieldErrors: errors };
  return {
    ok: true,
    id: d.id || null,
    version: d.version,
    data: {
      title: d.title,
      slug,
      summary: d.summary,
      easyReadSummary: d.easyReadSummary,
      body: d.body,
      type: d.type,
      visibility: d.visibility,
      tiers: d.visibility === "tiers" ? d.tiers : [],
      topics: d.topics,
      featured: d.featured,
      ...featureImage,
      status: d.status,
      publishedAt,
    },
  };
}

export function parseArticleForm(formData: FormData, context: Context): ParsedForm<ArticleFields> {
  const parsed = articleSchema.safeParse({
    ...commonInput(formData),
    standfirst: text(formData, "standfirst"),
    related: strings(formData, "related"),
  });
  if (!parsed.success) return { ok: false, fieldErrors: zodErrors(parsed.error) };
  const d = parsed.data;
  const errors: FieldErrors = {};
  const { slug, publishedAt, featureImage } = commonRules(d, context, errors);
  if (Object.keys(errors).length) return { ok: false, fieldErrors: errors };
  return {
    ok: true,
    id: d.id || null,
    version: d.version,
    data: {
      title: d.title,
      slug,
      standfirst: d.standfirst,
      body: d.body,
      topics: d.topics,
      related: [...new Set(d.related)],
      ...featureImage,
      status: d.status,
      publishedAt,
    },
  };
}

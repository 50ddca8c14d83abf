import "server-only";
import { eq, inArray } from "drizzle-orm";
import { db, type Transaction } from "@/db";
import { articleResources, files, newsArticles, resourceAlternatives, resources, resourceTiers, resourceTopics, topics } from "@/db/schema";
import type { ResourceType, Visibility } from "@/db/schema";
import { recordAudit } from "../audit";
import { saveContent, unpublishContent, type ContentFields, type ContentKind, type SaveResult } from "../content/save";
import { resourceTierSlugs, resourceTopicSlugs } from "./admin";

export interface ResourceFields extends ContentFields {
  summary: string;
  /** Plain-language markdown, public like the summary ("" for none). */
  easyReadSummary: string;
  type: ResourceType;
  visibility: Visibility;
  /** Tier slugs; kept only when visibility is `tiers`. */
  tiers: string[];
  /** Topic slugs. */
  topics: string[];
  featured: boolean;
}

async function replaceLinks(tx: Transaction, id: string, fields: ResourceFields) {
  await tx.delete(resourceTiers).where(eq(resourceTiers.resourceId, id));
  await tx.delete(resourceTopics).where(eq(resourceTopics.resourceId, id));
  const tierSlugs = fields.visibility === "tiers" ? [...new Set(fields.tiers)] : [];
  if (tierSlugs.length) await tx.insert(resourceTiers).values(tierSlugs.map((tierSlug) => ({ resourceId: id, tierSlug })));
  const topicSlugs = [...new Set(fields.topics)];
  if (topicSlugs.length) {
    const rows = await tx.select({ id: topics.id }).from(topics).where(inArray(topics.slug, topicSlugs));
    if (rows.length !== topicSlugs.length) throw new Error("Unknown topic in resource save");
    await tx.insert(resourceTopics).values(rows.map((t) => ({ resourceId: id, topicId: t.id })));
  }
}

/** The fields as the audit log compares them. */
function snapshot(f: ResourceFields) {
  return {
    title: f.title,
    slug: f.slug,
    type: f.type,
    summary: f.summary,
    easyReadSummary: f.easyReadSummary,
    body: f.body,
    featureImage: f.featureImage,
    featureImageAlt: f.featureImageAlt,
    visibility: f.visibility,
    tiers: f.visibility === "tiers" ? f.tiers : [],
    topics: f.topics,
    featured: f.featured,
    status: f.status,
    publishedAt: f.publishedAt,
  };
}

const resourceKind: ContentKind<ResourceFields> = {
  table: resources,
  entityType: "resource",
  slugConstraint: "resources_slug_unique",
  columns: (f) => ({
    slug: f.slug,
    title: f.title,
    type: f.type,
    summary: f.summary,
    easyReadSummary: f.easyReadSummary,
    body: f.body,
    visibility: f.visibility,
    featured: f.featured,
    featureImage: f.featureImage,
    featureImageAlt: f.featureImageAlt,
  }),
  readLinks: async (tx, id) => {
    const [tiers, topics] = await Promise.all([resourceTierSlugs(tx, id), resourceTopicSlugs(tx, id)]);
    return { tiers, topics };
  },
  replaceLinks,
  snapshot,
};

export function createResource(actorId: string, fields: ResourceFields): Promise<SaveResult> {
  return saveContent(resourceKind, actorId, null, fields);
}

/** Saves a new version unless someone else saved since `expectedVersion` (see saveContent). */
export function updateResource(actorId: string, id: string, expectedVersion: number, fields: ResourceFields): Promise<SaveResult> {
  return saveContent(resourceKind, actorId, { id, expectedVersion }, fields);
}

/** Takes a resource off the public site (back to draft): see unpublishContent. */
export function unpublishResource(actorId: string, id: string) {
  return unpublishContent(resourceKind, actorId, id);
}

/** Deletes a resource and its file; it leaves every article's related list (the foreign keys cascade). */
export async function deleteResource(actorId: string, id: string) {
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select({ title: resources.title, slug: resources.slug, fileId: resources.fileId })
      .from(resources)
      .where(eq(resources.id, id))
      .for("update");
    if (!before) return null;
    const related = await tx
      .select({ slug: newsArticles.slug })
      .from(articleResources)
      .innerJoin(newsArticles, eq(newsArticles.id, articleResources.articleId))
      .where(eq(articleResources.resourceId, id));
    const alternatives = await tx
      .select({ fileId: resourceAlternatives.fileId })
      .from(resourceAlternatives)
      .where(eq(resourceAlternatives.resourceId, id));
    await tx.delete(resources).where(eq(resources.id, id));
    const fileIds = [before.fileId, ...alternatives.map((a) => a.fileId)].filter((f): f is string => Boolean(f));
    if (fileIds.length) await tx.delete(files).where(inArray(files.id, fileIds));
    await recordAudit(tx, {
      actorId,
      action: "delete",
      entityType: "resource",
      entityId: id,
      summary: `Deleted resource “${before.title}” (${before.slug})`,
      changes: related.length ? { removedFromArticles: related.map((r) => r.slug) } : null,
    });
    return { slug: before.slug, articleSlugs: related.map((r) => r.slug) };
  });
}

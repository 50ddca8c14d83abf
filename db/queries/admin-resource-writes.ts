import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { db, type Transaction } from "@/db";
import {
  articleResources,
  files,
  newsArticles,
  resourceAlternatives,
  resources,
  resourceTiers,
  resourceTopics,
  topics,
} from "@/db/schema";
import type { ContentStatus, ResourceType, Visibility } from "@/db/schema";
import { auditAction, auditVerbs, displayStatus, resolvePublishedAt } from "@/lib/admin/content-status";
import { diffChanges } from "@/lib/admin/diff";
import { recordAudit } from "./audit";
import { contentKinds, unpublishContent } from "./content-writes";
import { accountName, isUniqueViolation, SaveRefused, type SaveResult } from "./admin-shared";
import { resourceTierSlugs, resourceTopicSlugs } from "./admin-resources";

export interface ResourceFields {
  title: string;
  slug: string;
  summary: string;
  /** Plain-language markdown, public like the summary ("" for none). */
  easyReadSummary: string;
  body: string;
  type: ResourceType;
  visibility: Visibility;
  /** Tier slugs; kept only when visibility is `tiers`. */
  tiers: string[];
  /** Topic slugs. */
  topics: string[];
  featured: boolean;
  status: ContentStatus;
  /** The time asked for; null: see resolvePublishedAt. */
  publishedAt: Date | null;
}

async function slugOwner(tx: Transaction, slug: string, exceptId: string | null): Promise<string | null> {
  const [row] = await tx.select({ id: resources.id, title: resources.title }).from(resources).where(eq(resources.slug, slug)).limit(1);
  return row && row.id !== exceptId ? row.title : null;
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
function snapshot(f: Omit<ResourceFields, "publishedAt"> & { publishedAt: Date | null }) {
  return {
    title: f.title,
    slug: f.slug,
    type: f.type,
    summary: f.summary,
    easyReadSummary: f.easyReadSummary,
    body: f.body,
    visibility: f.visibility,
    tiers: f.visibility === "tiers" ? f.tiers : [],
    topics: f.topics,
    featured: f.featured,
    status: f.status,
    publishedAt: f.publishedAt,
  };
}

async function refusedOrThrow(error: unknown, slug: string): Promise<Exclude<SaveResult, { ok: true }>> {
  if (error instanceof SaveRefused) return error.result;
  if (isUniqueViolation(error, "resources_slug_unique")) {
    const [row] = await db.select({ title: resources.title }).from(resources).where(eq(resources.slug, slug)).limit(1);
    return { ok: false, reason: "slug-taken", takenBy: row?.title ?? "another resource" };
  }
  throw error;
}

export async function createResource(actorId: string, fields: ResourceFields): Promise<SaveResult> {
  try {
    return await db.transaction(async (tx) => {
      const clash = await slugOwner(tx, fields.slug, null);
      if (clash) throw new SaveRefused({ ok: false, reason: "slug-taken", takenBy: clash });
      const now = new Date();
      const publishedAt = resolvePublishedAt(fields.status, fields.publishedAt, null, now);
      const [row] = await tx
        .insert(resources)
        .values({
          slug: fields.slug,
          title: fields.title,
          type: fields.type,
          summary: fields.summary,
          easyReadSummary: fields.easyReadSummary,
          body: fields.body,
          visibility: fields.visibility,
          featured: fields.featured,
          status: fields.status,
          publishedAt,
          authorId: actorId,
          updatedById: actorId,
          createdAt: now,
          updatedAt: now,
        })
        .returning({ id: resources.id });
      const id = row!.id;
      await replaceLinks(tx, id, fields);
      const state = displayStatus(fields.status, publishedAt, now);
      await recordAudit(tx, {
        actorId,
        action: "create",
        entityType: "resource",
        entityId: id,
        summary: `Created resource “${fields.title}” (${state})`,
        changes: diffChanges(null, snapshot({ ...fields, publishedAt }), ["body"]),
      });
      return { ok: true as const, id, slug: fields.slug, previousSlug: null };
    });
  } catch (error) {
    return refusedOrThrow(error, fields.slug);
  }
}

/**
 * Saves a new version if nobody else has since `expectedVersion` was read; otherwise refuses and
 * names who changed it and when. The row is locked while checking, so of two simultaneous saves
 * exactly one wins.
 */
export async function updateResource(
  actorId: string,
  id: string,
  expectedVersion: number,
  fields: ResourceFields,
): Promise<SaveResult> {
  try {
    return await db.transaction(async (tx) => {
      const [before] = await tx.select().from(resources).where(eq(resources.id, id)).for("update");
      if (!before) throw new SaveRefused({ ok: false, reason: "not-found" });
      if (before.version !== expectedVersion) {
        const by = await accountName(tx, before.updatedById);
        throw new SaveRefused({ ok: false, reason: "conflict", by, at: before.updatedAt });
      }
      const clash = await slugOwner(tx, fields.slug, id);
      if (clash) throw new SaveRefused({ ok: false, reason: "slug-taken", takenBy: clash });
      const [beforeTiers, beforeTopics] = await Promise.all([resourceTierSlugs(tx, id), resourceTopicSlugs(tx, id)]);
      const now = new Date();
      const publishedAt = resolvePublishedAt(fields.status, fields.publishedAt, before.publishedAt, now);
      await tx
        .update(resources)
        .set({
          slug: fields.slug,
          title: fields.title,
          type: fields.type,
          summary: fields.summary,
          easyReadSummary: fields.easyReadSummary,
          body: fields.body,
          visibility: fields.visibility,
          featured: fields.featured,
          status: fields.status,
          publishedAt,
          version: before.version + 1,
          updatedAt: now,
          updatedById: actorId,
        })
        .where(and(eq(resources.id, id), eq(resources.version, expectedVersion)));
      await replaceLinks(tx, id, fields);
      const was = displayStatus(before.status, before.publishedAt, now);
      const state = displayStatus(fields.status, publishedAt, now);
      const action = auditAction(was, state);
      await recordAudit(tx, {
        actorId,
        action,
        entityType: "resource",
        entityId: id,
        summary: `${auditVerbs[action]} resource “${fields.title}”`,
        changes: diffChanges(
          snapshot({ ...before, tiers: beforeTiers, topics: beforeTopics }),
          snapshot({ ...fields, publishedAt }),
          ["body"],
        ),
      });
      return { ok: true as const, id, slug: fields.slug, previousSlug: before.slug === fields.slug ? null : before.slug };
    });
  } catch (error) {
    return refusedOrThrow(error, fields.slug);
  }
}

/** Takes a resource off the public site (back to draft): see unpublishContent. */
export function unpublishResource(actorId: string, id: string) {
  return unpublishContent(contentKinds.resource, actorId, id);
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

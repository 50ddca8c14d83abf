import "server-only";
import { and, asc, eq, ilike, inArray, notInArray, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db, type Executor } from "@/db";
import { accounts, files, resourceAlternatives, resources, resourceTiers, resourceTopics, tiers, topics, type AlternativeKind } from "@/db/schema";
import { contentListOrder, contentListWhere, containsPattern, type ContentListFilters } from "../content/list";
import { listPage } from "../list-page";
import { pageOf } from "../shared";
import { resourceTiersJson } from "./columns";

const updatedBy = alias(accounts, "updated_by");

/** The dashboard's resource table. */
export async function listAdminResources(filters: ContentListFilters, page: number, pageSize = 20) {
  const where = contentListWhere(resources, filters);
  const order = contentListOrder(resources, filters.sort);
  // The page's rows first, then the names of whoever saved them: only those rows meet accounts.
  const list = listPage(resources, where, order, page, pageSize);
  const [items, total] = await Promise.all([
    db
      .select({
        id: resources.id,
        slug: resources.slug,
        title: resources.title,
        type: resources.type,
        visibility: resources.visibility,
        status: resources.status,
        publishedAt: resources.publishedAt,
        updatedAt: resources.updatedAt,
        updatedByName: updatedBy.name,
        hasFile: sql<boolean>`${resources.fileId} is not null`,
        tiers: resourceTiersJson,
      })
      .from(resources)
      .leftJoin(updatedBy, eq(updatedBy.id, resources.updatedById))
      .where(inArray(resources.id, list.ids))
      .orderBy(...order),
    list.total,
  ]);
  return pageOf(items, total, page, pageSize);
}

export type AdminResourceRow = Awaited<ReturnType<typeof listAdminResources>>["items"][number];

/** Everything the edit form shows, including who saved it last (for the conflict message). */
export async function getResourceForEdit(id: string) {
  const [row] = await db
    .select({
      id: resources.id,
      slug: resources.slug,
      title: resources.title,
      type: resources.type,
      summary: resources.summary,
      easyReadSummary: resources.easyReadSummary,
      body: resources.body,
      visibility: resources.visibility,
      featured: resources.featured,
      featureImage: resources.featureImage,
      featureImageAlt: resources.featureImageAlt,
      status: resources.status,
      publishedAt: resources.publishedAt,
      version: resources.version,
      updatedAt: resources.updatedAt,
      updatedByName: updatedBy.name,
      fileId: resources.fileId,
      filename: files.filename,
      contentType: files.contentType,
      size: files.size,
    })
    .from(resources)
    .leftJoin(updatedBy, eq(updatedBy.id, resources.updatedById))
    .leftJoin(files, eq(files.id, resources.fileId))
    .where(eq(resources.id, id))
    .limit(1);
  if (!row) return null;
  const [tierSlugs, topicSlugs, alternatives] = await Promise.all([
    resourceTierSlugs(db, id),
    resourceTopicSlugs(db, id),
    db
      .select({ kind: resourceAlternatives.kind, filename: files.filename, contentType: files.contentType, size: files.size })
      .from(resourceAlternatives)
      .innerJoin(files, eq(files.id, resourceAlternatives.fileId))
      .where(eq(resourceAlternatives.resourceId, id)),
  ]);
  const { fileId, filename, contentType, size, ...rest } = row;
  const file = fileId && filename && contentType && size !== null ? { filename, contentType, size } : null;
  const alternative = (kind: AlternativeKind) => {
    const found = alternatives.find((a) => a.kind === kind);
    return found ? { filename: found.filename, contentType: found.contentType, size: found.size } : null;
  };
  return { ...rest, tiers: tierSlugs, topics: topicSlugs, file, largePrint: alternative("large-print"), audio: alternative("audio") };
}

export type ResourceForEdit = NonNullable<Awaited<ReturnType<typeof getResourceForEdit>>>;

export async function resourceTierSlugs(executor: Executor, id: string): Promise<string[]> {
  const rows = await executor
    .select({ slug: resourceTiers.tierSlug })
    .from(resourceTiers)
    .innerJoin(tiers, eq(tiers.slug, resourceTiers.tierSlug))
    .where(eq(resourceTiers.resourceId, id))
    .orderBy(asc(tiers.position));
  return rows.map((r) => r.slug);
}

export async function resourceTopicSlugs(executor: Executor, id: string): Promise<string[]> {
  const rows = await executor
    .select({ slug: topics.slug })
    .from(resourceTopics)
    .innerJoin(topics, eq(topics.id, resourceTopics.topicId))
    .where(eq(resourceTopics.resourceId, id))
    .orderBy(asc(topics.slug));
  return rows.map((r) => r.slug);
}

export interface PickerResource {
  id: string;
  title: string;
  slug: string;
  status: "draft" | "published" | "scheduled";
  publishedAt: Date | null;
}

const pickerColumns = {
  id: resources.id,
  title: resources.title,
  slug: resources.slug,
  status: resources.status,
  publishedAt: resources.publishedAt,
};

/** Resources matching a search, for the related-resources picker. */
export async function searchResourcesForPicker(q: string, exclude: string[], limit = 8): Promise<PickerResource[]> {
  const text = q.trim();
  if (!text) return [];
  return db
    .select(pickerColumns)
    .from(resources)
    .where(
      and(
        or(ilike(resources.title, containsPattern(text)), ilike(resources.slug, containsPattern(text))),
        exclude.length ? notInArray(resources.id, exclude) : undefined,
      ),
    )
    .orderBy(sql`${resources.publishedAt} desc nulls last`, asc(resources.title))
    .limit(limit);
}

export async function getPickerResources(ids: string[]): Promise<PickerResource[]> {
  if (ids.length === 0) return [];
  const rows = await db.select(pickerColumns).from(resources).where(inArray(resources.id, ids));
  return ids.map((id) => rows.find((r) => r.id === id)).filter((r): r is PickerResource => Boolean(r));
}

/** Whether a resource is live (or scheduled) and has a file: a save that publishes it may ask first. */
export async function getResourcePublishState(id: string) {
  const [row] = await db
    .select({ status: resources.status, publishedAt: resources.publishedAt, fileId: resources.fileId })
    .from(resources)
    .where(eq(resources.id, id))
    .limit(1);
  return row ? { status: row.status, publishedAt: row.publishedAt, hasFile: row.fileId !== null } : null;
}

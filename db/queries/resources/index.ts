import "server-only";
import { and, asc, desc, eq, exists, inArray, ne, sql, type SQL } from "drizzle-orm";
import { db } from "@/db";
import {
  articleResources,
  files,
  resources,
  resourceTiers,
  resourceTopics,
  topics,
  type AlternativeKind,
  type ResourceType,
  type Visibility,
} from "@/db/schema";
import { listPage } from "../list-page";
import { isLive, isSlug, pageOf, type Page } from "../shared";
import type { TopicRef } from "../taxonomy";
import { resourceId, resourceTiersJson, resourceTopicsJson } from "./columns";

export { resourceTiersJson, resourceTopicsJson } from "./columns";

/** What anyone may see of a resource: never its body. */
export interface ResourceCard {
  id: string;
  slug: string;
  title: string;
  type: ResourceType;
  summary: string;
  publishedAt: Date;
  visibility: Visibility;
  tiers: string[];
  topics: TopicRef[];
  hasFile: boolean;
  /** An uploaded image's address, or "" for none. */
  featureImage: string;
  featureImageAlt: string;
}

/**
 * A card's columns, its tiers and topics included as correlated subqueries (JSON arrays), so a list
 * of cards is one query, not three.
 */
const cardColumns = {
  id: resources.id,
  slug: resources.slug,
  title: resources.title,
  type: resources.type,
  summary: resources.summary,
  publishedAt: resources.publishedAt,
  visibility: resources.visibility,
  fileId: resources.fileId,
  tiers: resourceTiersJson,
  topics: resourceTopicsJson,
  featureImage: resources.featureImage,
  featureImageAlt: resources.featureImageAlt,
};

type CardRow = Omit<ResourceCard, "publishedAt" | "hasFile"> & {
  publishedAt: Date | null;
  fileId: string | null;
};

function toCards(rows: CardRow[]): ResourceCard[] {
  return rows.map(({ fileId, ...row }) => ({
    ...row,
    publishedAt: row.publishedAt ?? new Date(0),
    hasFile: fileId !== null,
  }));
}

/** The access filter of the library: `public`, `members`, or a tier slug (resources that tier opens). */
export type AccessFilter = "public" | "members" | (string & {});

export interface ResourceFilters {
  type?: ResourceType;
  topic?: string;
  access?: AccessFilter;
}

/** The library's filters as SQL conditions (live resources only); search reuses them. */
export function resourceFilterConditions(filters: ResourceFilters): SQL[] {
  const conditions: SQL[] = [isLive(resources)];
  if (filters.type) conditions.push(eq(resources.type, filters.type));
  if (filters.topic) {
    // The topic's id first (one row), so the join to resource_topics is by its indexes alone.
    const topicId = db.select({ id: topics.id }).from(topics).where(eq(topics.slug, filters.topic));
    conditions.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(resourceTopics)
          .where(and(eq(resourceTopics.resourceId, resources.id), eq(resourceTopics.topicId, sql`(${topicId})`))),
      ),
    );
  }
  if (filters.access === "public" || filters.access === "members") {
    conditions.push(eq(resources.visibility, filters.access as Visibility));
  } else if (filters.access) {
    conditions.push(
      and(
        eq(resources.visibility, "tiers"),
        exists(
          db
            .select({ one: resourceTiers.tierSlug })
            .from(resourceTiers)
            .where(and(eq(resourceTiers.resourceId, resources.id), eq(resourceTiers.tierSlug, filters.access))),
        ),
      )!,
    );
  }
  return conditions;
}

/** The library's order: newest first, then by title (the id settles ties). The live indexes are in it. */
const libraryOrder = [desc(resources.publishedAt), asc(resources.title), asc(resources.id)];

export async function listLiveResources(
  filters: ResourceFilters,
  page: number,
  pageSize = 12,
): Promise<Page<ResourceCard>> {
  const where = and(...resourceFilterConditions(filters));
  // The page's ids come from an index alone however far in the page is; then just those rows are read.
  const list = listPage(resources, where, libraryOrder, page, pageSize);
  const [rows, total] = await Promise.all([
    db.select(cardColumns).from(resources).where(inArray(resources.id, list.ids)).orderBy(...libraryOrder),
    list.total,
  ]);
  return pageOf(toCards(rows), total, page, pageSize);
}

export async function listFeaturedResources(limit = 4): Promise<ResourceCard[]> {
  const rows = await db
    .select(cardColumns)
    .from(resources)
    .where(and(isLive(resources), eq(resources.featured, true)))
    .orderBy(desc(resources.publishedAt))
    .limit(limit);
  return toCards(rows);
}

/** Cards of the given resources that are live, in the order of `ids`. */
export async function listResourceCardsByIds(ids: string[]): Promise<ResourceCard[]> {
  if (ids.length === 0) return [];
  const rows = await db.select(cardColumns).from(resources).where(and(inArray(resources.id, ids), isLive(resources)));
  const cards = new Map(toCards(rows).map((card) => [card.id, card]));
  return ids.flatMap((id) => cards.get(id) ?? []);
}

/**
 * "More on this topic" under a resource: other live resources sharing one of its topics, newest
 * first. Cards only (title, summary, badge): never a body.
 */
export async function listMoreOnTopic(resourceId: string, limit = 3): Promise<ResourceCard[]> {
  const sameTopic = db
    .select({ id: resourceTopics.resourceId })
    .from(resourceTopics)
    .where(
      inArray(
        resourceTopics.topicId,
        db.select({ topicId: resourceTopics.topicId }).from(resourceTopics).where(eq(resourceTopics.resourceId, resourceId)),
      ),
    );
  const rows = await db
    .select(cardColumns)
    .from(resources)
    .where(and(isLive(resources), ne(resources.id, resourceId), inArray(resources.id, sameTopic)))
    .orderBy(...libraryOrder)
    .limit(limit);
  return toCards(rows);
}

/** An article's related resources, in the order staff chose; only live ones. */
export async function listRelatedResources(articleId: string): Promise<ResourceCard[]> {
  const rows = await db
    .select(cardColumns)
    .from(articleResources)
    .innerJoin(resources, eq(resources.id, articleResources.resourceId))
    .where(and(eq(articleResources.articleId, articleId), isLive(resources)))
    .orderBy(asc(articleResources.position));
  return toCards(rows);
}

export interface FileRef {
  id: string;
  filename: string;
  contentType: string;
  size: number;
  sha256: string;
}

export interface ResourceTeaser extends ResourceCard {
  /** Plain-language summary; public like the summary. */
  easyReadSummary: string;
  file: FileRef | null;
  /** Large-print and audio versions, gated like the file. */
  alternatives: Array<FileRef & { kind: AlternativeKind }>;
}

/** A live resource without its body. The body is fetched separately, after access is granted. */
export async function getLiveResourceTeaser(slug: string): Promise<ResourceTeaser | null> {
  if (!isSlug(slug)) return null;
  const [row] = await db
    .select({
      ...cardColumns,
      easyReadSummary: resources.easyReadSummary,
      filename: files.filename,
      contentType: files.contentType,
      size: files.size,
      sha256: files.sha256,
      alternatives: sql<ResourceTeaser["alternatives"]>`(select coalesce(json_agg(json_build_object(
          'kind', ra.kind, 'id', f.id, 'filename', f.filename, 'contentType', f.content_type, 'size', f.size, 'sha256', f.sha256
        ) order by ra.kind), '[]'::json)
        from resource_alternatives ra join files f on f.id = ra.file_id where ra.resource_id = ${resourceId})`,
    })
    .from(resources)
    .leftJoin(files, eq(files.id, resources.fileId))
    .where(and(eq(resources.slug, slug), isLive(resources)))
    .limit(1);
  if (!row) return null;
  const { filename, contentType, size, sha256, easyReadSummary, alternatives, ...card } = row;
  const [teaser] = toCards([card]);
  const hasFile = card.fileId !== null && filename !== null && contentType !== null && size !== null && sha256 !== null;
  return {
    ...teaser!,
    easyReadSummary,
    file: hasFile ? { id: card.fileId!, filename, contentType, size, sha256 } : null,
    alternatives,
  };
}

/** The gated markdown body. Call only after `lib/access` has allowed the viewer. */
export async function getResourceBody(id: string): Promise<string | null> {
  const [row] = await db.select({ body: resources.body }).from(resources).where(eq(resources.id, id)).limit(1);
  return row?.body ?? null;
}

export async function listResourceTypesInUse(): Promise<ResourceType[]> {
  const rows = await db
    .selectDistinct({ type: resources.type })
    .from(resources)
    .where(isLive(resources))
    .orderBy(asc(resources.type));
  return rows.map((r) => r.type);
}

export { forgetResourceGates, getLiveResourceGate, type ResourceGate } from "./gate";

import "server-only";
import { and, asc, count, desc, eq, exists, inArray, ne, sql, type SQL } from "drizzle-orm";
import { db } from "@/db";
import {
  articleResources,
  files,
  resourceAlternatives,
  resources,
  resourceTiers,
  resourceTopics,
  topics,
  type AlternativeKind,
  type ResourceType,
  type Visibility,
} from "@/db/schema";
import { isLive, isSlug, pageOf, type Page } from "./shared";
import { tiersByResource, topicsByResource, type TopicRef } from "./taxonomy";

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
}

const cardColumns = {
  id: resources.id,
  slug: resources.slug,
  title: resources.title,
  type: resources.type,
  summary: resources.summary,
  publishedAt: resources.publishedAt,
  visibility: resources.visibility,
  fileId: resources.fileId,
};

type CardRow = Omit<ResourceCard, "publishedAt" | "tiers" | "topics" | "hasFile"> & {
  publishedAt: Date | null;
  fileId: string | null;
};

async function toCards(rows: CardRow[]): Promise<ResourceCard[]> {
  const ids = rows.map((r) => r.id);
  const [tierMap, topicMap] = await Promise.all([tiersByResource(ids), topicsByResource(ids)]);
  return rows.map(({ fileId, ...row }) => ({
    ...row,
    publishedAt: row.publishedAt ?? new Date(0),
    tiers: tierMap.get(row.id) ?? [],
    topics: topicMap.get(row.id) ?? [],
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
  const pageIds = db
    .select({ id: resources.id })
    .from(resources)
    .where(where)
    .orderBy(...libraryOrder)
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [rows, [totals]] = await Promise.all([
    db.select(cardColumns).from(resources).where(inArray(resources.id, pageIds)).orderBy(...libraryOrder),
    db.select({ total: count() }).from(resources).where(where),
  ]);
  return pageOf(await toCards(rows), totals?.total ?? 0, page, pageSize);
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
  const cards = new Map((await toCards(rows)).map((card) => [card.id, card]));
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
    })
    .from(resources)
    .leftJoin(files, eq(files.id, resources.fileId))
    .where(and(eq(resources.slug, slug), isLive(resources)))
    .limit(1);
  if (!row) return null;
  const { filename, contentType, size, sha256, easyReadSummary, ...card } = row;
  const [[teaser], alternatives] = await Promise.all([
    toCards([card]),
    db
      .select({
        kind: resourceAlternatives.kind,
        id: files.id,
        filename: files.filename,
        contentType: files.contentType,
        size: files.size,
        sha256: files.sha256,
      })
      .from(resourceAlternatives)
      .innerJoin(files, eq(files.id, resourceAlternatives.fileId))
      .where(eq(resourceAlternatives.resourceId, card.id))
      .orderBy(asc(resourceAlternatives.kind)),
  ]);
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


/** Just who may open a live resource (for the proxy's fast check); null when there is none. */
export async function getLiveResourceGate(
  slug: string,
): Promise<{ slug: string; title: string; visibility: Visibility; tiers: string[] } | null> {
  if (!isSlug(slug)) return null;
  const [row] = await db
    .select({ id: resources.id, slug: resources.slug, title: resources.title, visibility: resources.visibility })
    .from(resources)
    .where(and(eq(resources.slug, slug), isLive(resources)))
    .limit(1);
  if (!row) return null;
  const tierMap = await tiersByResource([row.id]);
  return { slug: row.slug, title: row.title, visibility: row.visibility, tiers: tierMap.get(row.id) ?? [] };
}

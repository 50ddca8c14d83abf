import "server-only";
import { and, asc, desc, eq, gt, inArray, lt, or, sql } from "drizzle-orm";
import { unionAll } from "drizzle-orm/pg-core";
import { alias } from "drizzle-orm/pg-core";
import { db, type Executor, type Transaction } from "@/db";
import { accounts, articleResources, newsArticles, newsTopics, resources, topics } from "@/db/schema";
import { recordAudit } from "./audit";
import { contentListOrder, contentListWhere, type ContentListFilters } from "./content/list";
import { saveContent, unpublishContent, type ContentFields, type ContentKind, type SaveResult } from "./content/save";
import { listPage } from "./list-page";
import { isLive, isSlug, pageOf, type Page } from "./shared";
import { articleTopicsJson, type TopicRef } from "./taxonomy";

/** News: what the public reads, what staff list and edit, and the one way an article is saved. */

export interface ArticleCard {
  id: string;
  slug: string;
  title: string;
  standfirst: string;
  publishedAt: Date;
  topics: TopicRef[];
  /** An uploaded image's address, or "" for none. */
  featureImage: string;
  featureImageAlt: string;
}

export interface Article extends ArticleCard {
  body: string;
  updatedAt: Date;
  /** Who wrote it, for the byline; null once their account is gone. */
  authorName: string | null;
}

/** The articles either side of one, in the news list's order. */
export interface AdjacentArticles {
  older: { slug: string; title: string } | null;
  newer: { slug: string; title: string } | null;
}

/** A card's columns, its topics included (a correlated subquery), so a list of cards is one query. */
const cardColumns = {
  id: newsArticles.id,
  slug: newsArticles.slug,
  title: newsArticles.title,
  standfirst: newsArticles.standfirst,
  publishedAt: newsArticles.publishedAt,
  topics: articleTopicsJson,
  featureImage: newsArticles.featureImage,
  featureImageAlt: newsArticles.featureImageAlt,
};

/** Newest first; the id settles ties, so pages never overlap. news_articles_live_idx is in this order. */
const newestFirst = [desc(newsArticles.publishedAt), asc(newsArticles.id)];

export async function listLiveNews(page: number, pageSize = 12): Promise<Page<ArticleCard>> {
  // The page's ids come from the index alone however far in the page is; then just those rows are read.
  const list = listPage(newsArticles, isLive(newsArticles), newestFirst, page, pageSize);
  const [rows, total] = await Promise.all([
    db
      .select(cardColumns)
      .from(newsArticles)
      .where(inArray(newsArticles.id, list.ids))
      .orderBy(...newestFirst),
    list.total,
  ]);
  const items = rows.map((row) => ({ ...row, publishedAt: row.publishedAt ?? new Date(0) }));
  return pageOf(items, total, page, pageSize);
}

/** Cards of the given articles that are live, in the order of `ids`. */
export async function listArticleCardsByIds(ids: string[]): Promise<ArticleCard[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select(cardColumns)
    .from(newsArticles)
    .where(and(inArray(newsArticles.id, ids), isLive(newsArticles)));
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [{ ...row, publishedAt: row.publishedAt ?? new Date(0) }] : [];
  });
}

export async function getLiveArticle(slug: string): Promise<Article | null> {
  if (!isSlug(slug)) return null;
  const [row] = await db
    .select({ ...cardColumns, body: newsArticles.body, updatedAt: newsArticles.updatedAt, authorName: accounts.name })
    .from(newsArticles)
    .leftJoin(accounts, eq(accounts.id, newsArticles.authorId))
    .where(and(eq(newsArticles.slug, slug), isLive(newsArticles)))
    .limit(1);
  if (!row) return null;
  return { ...row, publishedAt: row.publishedAt ?? new Date(0) };
}

/** The live articles just older and just newer than this one (news_articles_live_idx order), in one query. */
export async function getAdjacentArticles(article: { id: string; publishedAt: Date }): Promise<AdjacentArticles> {
  const at = article.publishedAt;
  const side = (newer: boolean) =>
    db
      .select({ slug: newsArticles.slug, title: newsArticles.title, newer: sql<boolean>`${sql.raw(newer ? "true" : "false")}`.as("newer") })
      .from(newsArticles)
      .where(
        and(
          isLive(newsArticles),
          newer
            ? or(gt(newsArticles.publishedAt, at), and(eq(newsArticles.publishedAt, at), lt(newsArticles.id, article.id)))
            : or(lt(newsArticles.publishedAt, at), and(eq(newsArticles.publishedAt, at), gt(newsArticles.id, article.id))),
        ),
      )
      .orderBy(...(newer ? [asc(newsArticles.publishedAt), desc(newsArticles.id)] : newestFirst))
      .limit(1);
  const rows = await unionAll(side(false), side(true));
  const pick = (newer: boolean) => {
    const row = rows.find((r) => r.newer === newer);
    return row ? { slug: row.slug, title: row.title } : null;
  };
  const [older, newer] = [pick(false), pick(true)];
  return { older, newer };
}

// Staff: the dashboard's list and edit form.

const updatedBy = alias(accounts, "updated_by");

/** The dashboard's news table. */
export async function listAdminNews(filters: ContentListFilters, page: number, pageSize = 20) {
  const where = contentListWhere(newsArticles, filters);
  const order = contentListOrder(newsArticles, filters.sort);
  // The page's rows first, then the names of whoever saved them: only those rows meet accounts.
  const list = listPage(newsArticles, where, order, page, pageSize);
  const [items, total] = await Promise.all([
    db
      .select({
        id: newsArticles.id,
        slug: newsArticles.slug,
        title: newsArticles.title,
        status: newsArticles.status,
        publishedAt: newsArticles.publishedAt,
        updatedAt: newsArticles.updatedAt,
        updatedByName: updatedBy.name,
      })
      .from(newsArticles)
      .leftJoin(updatedBy, eq(updatedBy.id, newsArticles.updatedById))
      .where(inArray(newsArticles.id, list.ids))
      .orderBy(...order),
    list.total,
  ]);
  return pageOf(items, total, page, pageSize);
}

export async function getArticleForEdit(id: string) {
  const [row] = await db
    .select({
      id: newsArticles.id,
      slug: newsArticles.slug,
      title: newsArticles.title,
      standfirst: newsArticles.standfirst,
      body: newsArticles.body,
      featureImage: newsArticles.featureImage,
      featureImageAlt: newsArticles.featureImageAlt,
      status: newsArticles.status,
      publishedAt: newsArticles.publishedAt,
      version: newsArticles.version,
      updatedAt: newsArticles.updatedAt,
      updatedByName: updatedBy.name,
    })
    .from(newsArticles)
    .leftJoin(updatedBy, eq(updatedBy.id, newsArticles.updatedById))
    .where(eq(newsArticles.id, id))
    .limit(1);
  if (!row) return null;
  const [topicSlugs, related] = await Promise.all([articleTopicSlugs(db, id), articleRelatedIds(db, id)]);
  return { ...row, topics: topicSlugs, related };
}

export type ArticleForEdit = NonNullable<Awaited<ReturnType<typeof getArticleForEdit>>>;

export async function articleTopicSlugs(executor: Executor, id: string): Promise<string[]> {
  const rows = await executor
    .select({ slug: topics.slug })
    .from(newsTopics)
    .innerJoin(topics, eq(topics.id, newsTopics.topicId))
    .where(eq(newsTopics.articleId, id))
    .orderBy(asc(topics.slug));
  return rows.map((r) => r.slug);
}

/** Related resource ids in the order staff chose. */
export async function articleRelatedIds(executor: Executor, id: string): Promise<string[]> {
  const rows = await executor
    .select({ id: articleResources.resourceId })
    .from(articleResources)
    .where(eq(articleResources.articleId, id))
    .orderBy(asc(articleResources.position));
  return rows.map((r) => r.id);
}

// Saving: one write path, on the shared versioned save.

export interface ArticleFields extends ContentFields {
  standfirst: string;
  topics: string[];
  /** Related resource ids, in the order they are shown. */
  related: string[];
}

async function replaceLinks(tx: Transaction, id: string, fields: ArticleFields) {
  await tx.delete(newsTopics).where(eq(newsTopics.articleId, id));
  await tx.delete(articleResources).where(eq(articleResources.articleId, id));
  const topicSlugs = [...new Set(fields.topics)];
  if (topicSlugs.length) {
    const rows = await tx.select({ id: topics.id }).from(topics).where(inArray(topics.slug, topicSlugs));
    if (rows.length !== topicSlugs.length) throw new Error("Unknown topic in article save");
    await tx.insert(newsTopics).values(rows.map((t) => ({ articleId: id, topicId: t.id })));
  }
  const related = [...new Set(fields.related)];
  if (related.length) {
    // A resource deleted while the form was open is dropped rather than failing the save.
    const existing = await tx.select({ id: resources.id }).from(resources).where(inArray(resources.id, related));
    const ids = related.filter((r) => existing.some((e) => e.id === r));
    if (ids.length) await tx.insert(articleResources).values(ids.map((resourceId, position) => ({ articleId: id, resourceId, position })));
  }
}

function snapshot(f: ArticleFields) {
  return {
    title: f.title,
    slug: f.slug,
    standfirst: f.standfirst,
    body: f.body,
    featureImage: f.featureImage,
    featureImageAlt: f.featureImageAlt,
    topics: f.topics,
    related: f.related.join(" "),
    status: f.status,
    publishedAt: f.publishedAt,
  };
}

const articles: ContentKind<ArticleFields> = {
  table: newsArticles,
  entityType: "article",
  slugConstraint: "news_articles_slug_unique",
  columns: (f) => ({
    slug: f.slug,
    title: f.title,
    standfirst: f.standfirst,
    body: f.body,
    featureImage: f.featureImage,
    featureImageAlt: f.featureImageAlt,
  }),
  readLinks: async (tx, id) => {
    const [topics, related] = await Promise.all([articleTopicSlugs(tx, id), articleRelatedIds(tx, id)]);
    return { topics, related };
  },
  replaceLinks,
  snapshot,
};

export function createArticle(actorId: string, fields: ArticleFields): Promise<SaveResult> {
  return saveContent(articles, actorId, null, fields);
}

/** Saves a new version unless someone else saved since `expectedVersion` (see saveContent). */
export function updateArticle(actorId: string, id: string, expectedVersion: number, fields: ArticleFields): Promise<SaveResult> {
  return saveContent(articles, actorId, { id, expectedVersion }, fields);
}

/** Takes an article off the public site (back to draft): see unpublishContent. */
export function unpublishArticle(actorId: string, id: string) {
  return unpublishContent(articles, actorId, id);
}

export async function deleteArticle(actorId: string, id: string) {
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select({ title: newsArticles.title, slug: newsArticles.slug })
      .from(newsArticles)
      .where(eq(newsArticles.id, id))
      .for("update");
    if (!before) return null;
    await tx.delete(newsArticles).where(eq(newsArticles.id, id));
    await recordAudit(tx, {
      actorId,
      action: "delete",
      entityType: "article",
      entityId: id,
      summary: `Deleted article “${before.title}” (${before.slug})`,
    });
    return { slug: before.slug };
  });
}

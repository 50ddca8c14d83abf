import "server-only";
import { asc, desc, eq, max, sql } from "drizzle-orm";
import { db } from "@/db";
import { newsArticles, newsTopics, resources, resourceTopics, tiers, topics } from "@/db/schema";
import { listArticleCardsByIds, type ArticleCard } from "./news";
import { listResourceCardsByIds, type ResourceCard } from "./resources";
import { isLive } from "./shared";

/** When an item last changed for readers: its edit, or its publication if that came later. */
const lastChanged = (table: typeof newsArticles | typeof resources) =>
  sql<Date>`greatest(${table.updatedAt}, ${table.publishedAt})`.mapWith(table.updatedAt);

/** The newest live articles for the news feeds: cards (standfirst, topics), no body. */
export async function listFeedArticles(limit = 20): Promise<(ArticleCard & { updatedAt: Date })[]> {
  const rows = await db
    .select({ id: newsArticles.id, updatedAt: lastChanged(newsArticles) })
    .from(newsArticles)
    .where(isLive(newsArticles))
    .orderBy(desc(newsArticles.publishedAt))
    .limit(limit);
  return withUpdated(await listArticleCardsByIds(rows.map((r) => r.id)), rows);
}

/** The newest live resources for the resource feeds: title, summary, badge data; never the body. */
export async function listFeedResources(limit = 20): Promise<(ResourceCard & { updatedAt: Date })[]> {
  const rows = await db
    .select({ id: resources.id, updatedAt: lastChanged(resources) })
    .from(resources)
    .where(isLive(resources))
    .orderBy(desc(resources.publishedAt))
    .limit(limit);
  return withUpdated(await listResourceCardsByIds(rows.map((r) => r.id)), rows);
}

function withUpdated<T extends { id: string }>(cards: T[], rows: { id: string; updatedAt: Date }[]) {
  const updated = new Map(rows.map((r) => [r.id, r.updatedAt]));
  return cards.map((card) => ({ ...card, updatedAt: updated.get(card.id) ?? new Date(0) }));
}

/** Every public page with content, for the sitemap: live items only, with when each last changed. */
export async function listSitemapContent() {
  const [news, library, topicNews, topicResources, allTopics, [tierChange]] = await Promise.all([
    db
      .select({ slug: newsArticles.slug, lastModified: lastChanged(newsArticles) })
      .from(newsArticles)
      .where(isLive(newsArticles))
      .orderBy(desc(newsArticles.publishedAt)),
    db
      .select({ slug: resources.slug, lastModified: lastChanged(resources) })
      .from(resources)
      .where(isLive(resources))
      .orderBy(desc(resources.publishedAt)),
    db
      .select({ topicId: newsTopics.topicId, lastModified: max(lastChanged(newsArticles)).mapWith(newsArticles.updatedAt) })
      .from(newsTopics)
      .innerJoin(newsArticles, eq(newsArticles.id, newsTopics.articleId))
      .where(isLive(newsArticles))
      .groupBy(newsTopics.topicId),
    db
      .select({ topicId: resourceTopics.topicId, lastModified: max(lastChanged(resources)).mapWith(resources.updatedAt) })
      .from(resourceTopics)
      .innerJoin(resources, eq(resources.id, resourceTopics.resourceId))
      .where(isLive(resources))
      .groupBy(resourceTopics.topicId),
    db.select({ id: topics.id, slug: topics.slug }).from(topics).orderBy(asc(topics.slug)),
    db.select({ lastModified: max(tiers.updatedAt) }).from(tiers),
  ]);
  // A topic page changes when anything in it does.
  const topicDates = new Map<string, Date>();
  for (const row of [...topicNews, ...topicResources]) {
    const seen = topicDates.get(row.topicId);
    if (row.lastModified && (!seen || row.lastModified > seen)) topicDates.set(row.topicId, row.lastModified);
  }
  return {
    news,
    resources: library,
    topics: allTopics.map((t) => ({ slug: t.slug, lastModified: topicDates.get(t.id) ?? null })),
    tiersChanged: tierChange?.lastModified ?? null,
  };
}


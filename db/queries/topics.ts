import "server-only";
import { and, asc, count, eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { newsArticles, newsTopics, resources, resourceTopics, topics } from "@/db/schema";
import { listArticleCardsByIds, type ArticleCard } from "./news";
import { listResourceCardsByIds, type ResourceCard } from "./resources";
import { isLive, pageOf, type Page } from "./shared";

export interface TopicDetail {
  id: string;
  slug: string;
  name: string;
  description: string;
}

export type TopicKind = "news" | "resource";

export type TopicItem = { kind: "news"; article: ArticleCard } | { kind: "resource"; resource: ResourceCard };

export interface TopicContent extends Page<TopicItem> {
  /** Live items of each kind in the topic. */
  counts: Record<TopicKind, number>;
}

export async function getTopic(slug: string): Promise<TopicDetail | null> {
  const [row] = await db
    .select({ id: topics.id, slug: topics.slug, name: topics.name, description: topics.description })
    .from(topics)
    .where(eq(topics.slug, slug))
    .limit(1);
  return row ?? null;
}

function liveNewsOf(topicId: string) {
  return and(eq(newsTopics.topicId, topicId), isLive(newsArticles));
}

function liveResourcesOf(topicId: string) {
  return and(eq(resourceTopics.topicId, topicId), isLive(resources));
}

/** Every topic with how many live articles and resources it has (for /topics). */
export async function listTopicsWithCounts() {
  const [all, news, library] = await Promise.all([
    db
      .select({ id: topics.id, slug: topics.slug, name: topics.name, description: topics.description })
      .from(topics)
      .orderBy(asc(topics.name)),
    db
      .select({ topicId: newsTopics.topicId, n: count() })
      .from(newsTopics)
      .innerJoin(newsArticles, eq(newsArticles.id, newsTopics.articleId))
      .where(isLive(newsArticles))
      .groupBy(newsTopics.topicId),
    db
      .select({ topicId: resourceTopics.topicId, n: count() })
      .from(resourceTopics)
      .innerJoin(resources, eq(resources.id, resourceTopics.resourceId))
      .where(isLive(resources))
      .groupBy(resourceTopics.topicId),
  ]);
  const newsCount = new Map(news.map((r) => [r.topicId, r.n]));
  const resourceCount = new Map(library.map((r) => [r.topicId, r.n]));
  return all.map(({ id, ...topic }) => ({
    ...topic,
    counts: { news: newsCount.get(id) ?? 0, resource: resourceCount.get(id) ?? 0 },
  }));
}

/** A topic's live news and resources together, newest first; `kind` narrows to one of them. */
export async function listTopicContent(
  topicId: string,
  { kind, page, pageSize = 12 }: { kind?: TopicKind; page: number; pageSize?: number },
): Promise<TopicContent> {
  const [[news], [library]] = await Promise.all([
    db
      .select({ n: count() })
      .from(newsTopics)
      .innerJoin(newsArticles, eq(newsArticles.id, newsTopics.articleId))
      .where(liveNewsOf(topicId)),
    db
      .select({ n: count() })
      .from(resourceTopics)
      .innerJoin(resources, eq(resources.id, resourceTopics.resourceId))
      .where(liveResourcesOf(topicId)),
  ]);
  const counts = { news: news?.n ?? 0, resource: library?.n ?? 0 };
  const total = kind ? counts[kind] : counts.news + counts.resource;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const current = Math.min(page, pageCount);
  if (total === 0) return { ...pageOf([], 0, 1, pageSize), counts };

  const newsRows = db
    .select({ kind: sql<TopicKind>`'news'`.as("kind"), id: newsArticles.id, publishedAt: newsArticles.publishedAt })
    .from(newsTopics)
    .innerJoin(newsArticles, eq(newsArticles.id, newsTopics.articleId))
    .where(liveNewsOf(topicId));
  const resourceRows = db
    .select({ kind: sql<TopicKind>`'resource'`.as("kind"), id: resources.id, publishedAt: resources.publishedAt })
    .from(resourceTopics)
    .innerJoin(resources, eq(resources.id, resourceTopics.resourceId))
    .where(liveResourcesOf(topicId));
  const rows = await (kind === "news" ? newsRows : kind === "resource" ? resourceRows : newsRows.unionAll(resourceRows))
    .orderBy(sql`"published_at" desc`, sql`"id"`)
    .limit(pageSize)
    .offset((current - 1) * pageSize);

  const [articles, cards] = await Promise.all([
    listArticleCardsByIds(rows.filter((r) => r.kind === "news").map((r) => r.id)),
    listResourceCardsByIds(rows.filter((r) => r.kind === "resource").map((r) => r.id)),
  ]);
  const articleById = new Map(articles.map((a) => [a.id, a]));
  const cardById = new Map(cards.map((c) => [c.id, c]));
  const items = rows.flatMap((row): TopicItem[] => {
    if (row.kind === "news") {
      const article = articleById.get(row.id);
      return article ? [{ kind: "news", article }] : [];
    }
    const resource = cardById.get(row.id);
    return resource ? [{ kind: "resource", resource }] : [];
  });
  return { ...pageOf(items, total, current, pageSize), counts };
}

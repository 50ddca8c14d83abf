import "server-only";
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { db } from "@/db";
import { newsArticles } from "@/db/schema";
import { listPage } from "./list-page";
import { isLive, isSlug, pageOf, type Page } from "./shared";
import { articleTopicsJson, type TopicRef } from "./taxonomy";

export interface ArticleCard {
  id: string;
  slug: string;
  title: string;
  standfirst: string;
  publishedAt: Date;
  topics: TopicRef[];
}

export interface Article extends ArticleCard {
  body: string;
  updatedAt: Date;
}

/** A card's columns, its topics included (a correlated subquery), so a list of cards is one query. */
const cardColumns = {
  id: newsArticles.id,
  slug: newsArticles.slug,
  title: newsArticles.title,
  standfirst: newsArticles.standfirst,
  publishedAt: newsArticles.publishedAt,
  topics: articleTopicsJson,
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
    .select({ ...cardColumns, body: newsArticles.body, updatedAt: newsArticles.updatedAt })
    .from(newsArticles)
    .where(and(eq(newsArticles.slug, slug), isLive(newsArticles)))
    .limit(1);
  if (!row) return null;
  return { ...row, publishedAt: row.publishedAt ?? new Date(0) };
}

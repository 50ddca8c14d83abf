import "server-only";
import { asc, eq, inArray } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db, type Executor } from "@/db";
import { accounts, articleResources, newsArticles, newsTopics, topics } from "@/db/schema";
import { contentListOrder, contentListWhere, type ContentListFilters } from "./admin-content-list";
import { listPage } from "./list-page";
import { pageOf } from "./shared";

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

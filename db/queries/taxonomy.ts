import "server-only";
import { asc, sql } from "drizzle-orm";
import { db } from "@/db";
import { topics } from "@/db/schema";

export { listTiers, type TierSummary } from "./tiers";

export interface TopicRef {
  slug: string;
  name: string;
}

export async function listTopics(): Promise<TopicRef[]> {
  return db.select({ slug: topics.slug, name: topics.name }).from(topics).orderBy(asc(topics.name));
}

/**
 * An article's topics (by name), as a column of a select from news_articles. The outer id is
 * written out: Drizzle leaves a single-table select's columns unqualified.
 */
export const articleTopicsJson = sql<TopicRef[]>`(select coalesce(json_agg(json_build_object('slug', t.slug, 'name', t.name) order by t.name), '[]'::json)
  from news_topics nt join topics t on t.id = nt.topic_id where nt.article_id = ${sql.raw(`"news_articles"."id"`)})`;


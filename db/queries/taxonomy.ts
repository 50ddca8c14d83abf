import "server-only";
import { asc, eq, inArray } from "drizzle-orm";
import { db } from "@/db";
import { newsTopics, resourceTiers, resourceTopics, tiers, topics } from "@/db/schema";

export interface TopicRef {
  slug: string;
  name: string;
}

export async function listTiers() {
  return db
    .select({
      slug: tiers.slug,
      name: tiers.name,
      description: tiers.description,
      benefits: tiers.benefits,
      priceText: tiers.priceText,
      position: tiers.position,
    })
    .from(tiers)
    .orderBy(asc(tiers.position));
}

export type TierSummary = Awaited<ReturnType<typeof listTiers>>[number];

export async function listTopics(): Promise<TopicRef[]> {
  return db.select({ slug: topics.slug, name: topics.name }).from(topics).orderBy(asc(topics.name));
}

/** Topics of many resources in one query (no N+1). */
export async function topicsByResource(ids: string[]): Promise<Map<string, TopicRef[]>> {
  const map = new Map<string, TopicRef[]>();
  if (ids.length === 0) return map;
  const rows = await db
    .select({ id: resourceTopics.resourceId, slug: topics.slug, name: topics.name })
    .from(resourceTopics)
    .innerJoin(topics, eq(topics.id, resourceTopics.topicId))
    .where(inArray(resourceTopics.resourceId, ids))
    .orderBy(asc(topics.name));
  for (const row of rows) map.set(row.id, [...(map.get(row.id) ?? []), { slug: row.slug, name: row.name }]);
  return map;
}

export async function topicsByArticle(ids: string[]): Promise<Map<string, TopicRef[]>> {
  const map = new Map<string, TopicRef[]>();
  if (ids.length === 0) return map;
  const rows = await db
    .select({ id: newsTopics.articleId, slug: topics.slug, name: topics.name })
    .from(newsTopics)
    .innerJoin(topics, eq(topics.id, newsTopics.topicId))
    .where(inArray(newsTopics.articleId, ids))
    .orderBy(asc(topics.name));
  for (const row of rows) map.set(row.id, [...(map.get(row.id) ?? []), { slug: row.slug, name: row.name }]);
  return map;
}

/** The tiers each resource is gated to, in one query. */
export async function tiersByResource(ids: string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>();
  if (ids.length === 0) return map;
  const rows = await db
    .select({ id: resourceTiers.resourceId, tier: resourceTiers.tierSlug })
    .from(resourceTiers)
    .innerJoin(tiers, eq(tiers.slug, resourceTiers.tierSlug))
    .where(inArray(resourceTiers.resourceId, ids))
    .orderBy(asc(tiers.position));
  for (const row of rows) map.set(row.id, [...(map.get(row.id) ?? []), row.tier]);
  return map;
}

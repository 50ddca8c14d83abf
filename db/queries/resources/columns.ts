import { sql } from "drizzle-orm";
import type { TopicRef } from "../taxonomy";

/**
 * The outer row's id inside a correlated subquery. Written out: Drizzle leaves the columns of a
 * single-table select unqualified, and a bare "id" inside the subquery would bind to its own tables.
 */
export const resourceId = sql.raw(`"resources"."id"`);

/** A resource's tiers (slugs, in tier order), as a column of a select from resources. */
export const resourceTiersJson = sql<string[]>`(select coalesce(json_agg(rt.tier_slug order by t.position), '[]'::json)
  from resource_tiers rt join tiers t on t.slug = rt.tier_slug where rt.resource_id = ${resourceId})`;

/** A resource's topics (by name), as a column of a select from resources. */
export const resourceTopicsJson = sql<TopicRef[]>`(select coalesce(json_agg(json_build_object('slug', t.slug, 'name', t.name) order by t.name), '[]'::json)
  from resource_topics rt join topics t on t.id = rt.topic_id where rt.resource_id = ${resourceId})`;

import { and, lte, sql, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";

/**
 * Published, or scheduled and due: the one definition of "the public may see this". `'draft'` is a
 * literal, not a parameter, so that the partial indexes defined by it (db/schema.ts) serve every
 * plan, prepared statements' generic plans included.
 */
export function isLive(table: { status: PgColumn; publishedAt: PgColumn }): SQL {
  return and(notDraft(table), lte(table.publishedAt, sql`now()`))!;
}

/** Published or scheduled: the condition the partial indexes of db/schema.ts are defined by. */
export function notDraft(table: { status: PgColumn }): SQL {
  return sql`${table.status} <> 'draft'`;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
}

export function pageOf<T>(items: T[], total: number, page: number, pageSize: number): Page<T> {
  return { items, total, page, pageSize, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

/** Slugs are lowercase words and hyphens; anything else cannot name a row (and never reaches SQL). */
export function isSlug(value: string): boolean {
  return /^[a-z0-9][a-z0-9-]{0,199}$/.test(value);
}

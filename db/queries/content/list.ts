import "server-only";
import { and, asc, desc, eq, gt, ilike, isNull, ne, or, sql, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import { isLive } from "../shared";

/** The dashboard's article and resource tables: search, status filter and sort, shared by both. */
export const contentStatusFilters = ["draft", "published", "scheduled"] as const;
export type ContentStatusFilter = (typeof contentStatusFilters)[number];
export const contentSorts = ["updated", "title", "published"] as const;
export type ContentSort = (typeof contentSorts)[number];

export interface ContentListFilters {
  q?: string;
  status?: ContentStatusFilter;
  sort?: ContentSort;
}

interface ContentTable {
  title: PgColumn;
  slug: PgColumn;
  status: PgColumn;
  publishedAt: PgColumn;
  updatedAt: PgColumn;
}

/** `%text%` for ILIKE, with the pattern characters in the text matched literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export function contentListWhere(table: ContentTable, filters: ContentListFilters): SQL | undefined {
  const where: SQL[] = [];
  const q = filters.q?.trim();
  if (q) where.push(or(ilike(table.title, containsPattern(q)), ilike(table.slug, containsPattern(q)))!);
  if (filters.status === "draft") where.push(or(eq(table.status, "draft"), isNull(table.publishedAt))!);
  if (filters.status === "published") where.push(isLive(table));
  if (filters.status === "scheduled") where.push(and(ne(table.status, "draft"), gt(table.publishedAt, sql`now()`))!);
  return where.length ? and(...where) : undefined;
}

export function contentListOrder(table: ContentTable, sort: ContentSort = "updated"): SQL[] {
  if (sort === "title") return [asc(sql`lower(${table.title})`), asc(table.slug)];
  if (sort === "published") return [sql`${table.publishedAt} desc nulls last`, asc(table.slug)];
  return [desc(table.updatedAt), asc(table.slug)];
}

import { and, lte, ne, sql, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";

/** Published, or scheduled and due: the one definition of "the public may see this". */
export function isLive(table: { status: PgColumn; publishedAt: PgColumn }): SQL {
  return and(ne(table.status, "draft"), lte(table.publishedAt, sql`now()`))!;
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

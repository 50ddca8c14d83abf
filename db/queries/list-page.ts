import "server-only";
import { count, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import { db } from "@/db";

type Listed = PgTable & { id: PgColumn };

/**
 * One page of a list, read the way every list here reads it: the page's ids come from an index
 * alone however far in the page is (`ids` is a subquery, for `inArray(table.id, ids)`, so only those
 * rows are then read and joined), beside the count of every match.
 */
export function listPage(table: Listed, where: SQL | undefined, order: (SQL | PgColumn)[], page: number, pageSize: number) {
  return {
    ids: db
      .select({ id: table.id })
      .from(table as PgTable)
      .where(where)
      .orderBy(...order)
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    total: db
      .select({ total: count() })
      .from(table as PgTable)
      .where(where)
      .then(([row]) => row?.total ?? 0),
  };
}

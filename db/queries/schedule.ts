import "server-only";
import { and, gt, sql, type SQL } from "drizzle-orm";
import { db } from "@/db";
import { events, newsArticles, newsletters, resources } from "@/db/schema";
import { notDraft } from "./shared";

/**
 * When the next item goes live by itself: an article, resource or event scheduled (or published
 * with a future date; see isLive), or a newsletter scheduled to be sent, which then joins the
 * archive and search. The moment cached pages must stop being served. Null when nothing is waiting.
 */
export async function nextPublication(): Promise<Date | null> {
  const due = (table: typeof newsArticles | typeof resources | typeof events) =>
    sql`(select min(${table.publishedAt}) from ${table} where ${and(notDraft(table), gt(table.publishedAt, sql`now()`))})`;
  const newsletterDue: SQL = sql`(select min(${newsletters.sendAt}) from ${newsletters} where ${newsletters.status} = 'scheduled' and ${newsletters.sendAt} > now())`;
  // One statement: least() passes over the kinds with nothing waiting (nulls).
  const [row] = await db
    .select({ at: sql<Date | null>`least(${due(newsArticles)}, ${due(resources)}, ${due(events)}, ${newsletterDue})`.mapWith(newsArticles.publishedAt) })
    .from(sql`(select 1) as one`);
  return row?.at instanceof Date ? row.at : null;
}

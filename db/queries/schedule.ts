import "server-only";
import { and, gt, min, sql } from "drizzle-orm";
import { db } from "@/db";
import { newsArticles, resources } from "@/db/schema";
import { notDraft } from "./shared";

/**
 * When the next article or resource goes live by itself (scheduled, or published with a future
 * date; see isLive): the moment cached pages must stop being served. Null when nothing is waiting.
 */
export async function nextPublication(): Promise<Date | null> {
  const due = (table: typeof newsArticles | typeof resources) =>
    db
      .select({ at: min(table.publishedAt) })
      .from(table)
      .where(and(notDraft(table), gt(table.publishedAt, sql`now()`)));
  const [[news], [resource]] = await Promise.all([due(newsArticles), due(resources)]);
  const times = [news?.at, resource?.at].filter((at): at is Date => at instanceof Date);
  return times.length ? new Date(Math.min(...times.map((at) => at.getTime()))) : null;
}

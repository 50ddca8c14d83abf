import "server-only";
import { inArray, sql, type SQL } from "drizzle-orm";
import { db } from "@/db";
import { newsArticles, resources } from "@/db/schema";
import { resourceTiersJson, resourceTopicsJson } from "../resources";
import { articleTopicsJson } from "../taxonomy";
import { bodyOpen, type BodyScope, type SearchHit, type SearchKind } from "./index";
import { FRAGMENT_DELIMITER, MARK_END, MARK_START } from "./marks";

/** A hit as the database gives it: the snippet still marked, beside the lead it may begin with. */
export type FoundHit = SearchHit & { lead: string; bodyOpen: boolean };

const TITLE_OPTIONS = `HighlightAll=true, StartSel=${MARK_START}, StopSel=${MARK_END}`;
const SNIPPET_OPTIONS = `MaxWords=25, MinWords=12, ShortWord=3, MaxFragments=2, FragmentDelimiter="${FRAGMENT_DELIMITER}", StartSel=${MARK_START}, StopSel=${MARK_END}`;

export type RankedRow = { kind: SearchKind; id: string; publishedAt: Date | null; bodyOpen: boolean };

/** Titles, snippets, topics and badges for one page of results (ts_headline only runs here). */
export async function describeHits(rows: RankedRow[], query: SQL, scope: BodyScope): Promise<FoundHit[]> {
  const newsIds = rows.filter((r) => r.kind === "news").map((r) => r.id);
  const resourceIds = rows.filter((r) => r.kind === "resource").map((r) => r.id);
  const open = bodyOpen(scope);
  const [articles, items] = await Promise.all([
    newsIds.length === 0
      ? []
      : db
          .select({
            id: newsArticles.id,
            slug: newsArticles.slug,
            title: newsArticles.title,
            lead: newsArticles.standfirst,
            titleHighlight: sql<string>`ts_headline('english', ${newsArticles.title}, ${query}, ${TITLE_OPTIONS})`,
            topics: articleTopicsJson,
            snippet: sql<string>`ts_headline('english', ${newsArticles.standfirst} || ${"\n\n"} || ${newsArticles.body}, ${query}, ${SNIPPET_OPTIONS})`,
          })
          .from(newsArticles)
          .where(inArray(newsArticles.id, newsIds)),
    resourceIds.length === 0
      ? []
      : db
          .select({
            id: resources.id,
            slug: resources.slug,
            title: resources.title,
            lead: resources.summary,
            type: resources.type,
            visibility: resources.visibility,
            tiers: resourceTiersJson,
            topics: resourceTopicsJson,
            titleHighlight: sql<string>`ts_headline('english', ${resources.title}, ${query}, ${TITLE_OPTIONS})`,
            // The body is read only inside the database, and only for rows this viewer may open.
            snippet: sql<string>`case when ${open}
              then ts_headline('english', ${resources.summary} || ${"\n\n"} || ${resources.body}, ${query}, ${SNIPPET_OPTIONS})
              else ts_headline('english', ${resources.summary}, ${query}, ${SNIPPET_OPTIONS}) end`,
          })
          .from(resources)
          .where(inArray(resources.id, resourceIds)),
  ]);
  const articleById = new Map(articles.map((a) => [a.id, a]));
  const resourceById = new Map(items.map((r) => [r.id, r]));

  const hits: FoundHit[] = [];
  for (const row of rows) {
    const publishedAt = row.publishedAt ?? new Date(0);
    if (row.kind === "news") {
      const a = articleById.get(row.id);
      if (!a) continue;
      hits.push({
        kind: "news",
        id: a.id,
        slug: a.slug,
        title: a.title,
        titleHighlight: a.titleHighlight,
        snippet: a.snippet,
        lead: a.lead,
        bodyOpen: true,
        publishedAt,
        topics: a.topics,
        resource: null,
      });
      continue;
    }
    const r = resourceById.get(row.id);
    if (!r) continue;
    hits.push({
      kind: "resource",
      id: r.id,
      slug: r.slug,
      title: r.title,
      titleHighlight: r.titleHighlight,
      snippet: r.snippet,
      lead: r.lead,
      bodyOpen: row.bodyOpen,
      publishedAt,
      topics: r.topics,
      resource: { type: r.type, visibility: r.visibility, tiers: r.tiers },
    });
  }
  return hits;
}


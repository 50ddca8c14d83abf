import "server-only";
import { and, count, eq, exists, gte, inArray, lt, or, sql, type SQL } from "drizzle-orm";
import { db } from "@/db";
import {
  newsArticles,
  newsTopics,
  resources,
  resourceTiers,
  topics,
  type ResourceType,
  type Visibility,
} from "@/db/schema";
import { scopeAllows, type OpenScope } from "@/lib/access";
import type { SearchTerms } from "@/lib/search/query";
import { MARK_END, MARK_START, plainSnippet, withEllipses } from "@/lib/search/snippet";
import { resourceFilterConditions, type AccessFilter } from "./resources";
import { isLive, pageOf, type Page } from "./shared";
import { tiersByResource, topicsByArticle, topicsByResource, type TopicRef } from "./taxonomy";

export type SearchKind = "news" | "resource";
export type SearchSort = "relevance" | "date";

export interface SearchFilters {
  kind?: SearchKind;
  /** Resource type; news has none, so setting it limits results to resources. */
  type?: ResourceType;
  topic?: string;
  /** Who can open it; news is open to all, so setting it limits results to resources. */
  access?: AccessFilter;
  year?: number;
}

export interface SearchInput {
  terms: SearchTerms;
  filters: SearchFilters;
  sort: SearchSort;
  page: number;
  pageSize?: number;
  /** What the viewer may open (`openScope` from lib/access): decides whose bodies are searched. */
  scope: OpenScope;
}

export interface SearchHit {
  kind: SearchKind;
  id: string;
  slug: string;
  title: string;
  /** The title with matches between MARK_START and MARK_END (lib/search/snippet). */
  titleHighlight: string;
  /** A passage with matches marked: from a body only when the viewer may open it. */
  snippet: string;
  publishedAt: Date;
  topics: TopicRef[];
  /** Type and audience of a resource; null for news. */
  resource: { type: ResourceType; visibility: Visibility; tiers: string[] } | null;
}

export interface SearchResults extends Page<SearchHit> {
  /** Matches of each kind under every filter but `kind`. */
  counts: Record<SearchKind, number>;
}

const TITLE_OPTIONS = `HighlightAll=true, StartSel=${MARK_START}, StopSel=${MARK_END}`;
const SNIPPET_OPTIONS = `MaxWords=25, MinWords=12, ShortWord=3, MaxFragments=2, FragmentDelimiter=" … ", StartSel=${MARK_START}, StopSel=${MARK_END}`;

/** The tsquery: the words and phrases through websearch syntax, AND the last word as a prefix. */
function tsQuery(terms: SearchTerms): SQL | null {
  const parts: SQL[] = [];
  if (terms.websearch) parts.push(sql`websearch_to_tsquery('english', ${terms.websearch})`);
  if (terms.prefix) parts.push(sql`to_tsquery('english', ${terms.prefix})`);
  return parts.length > 0 ? sql`(${sql.join(parts, sql` && `)})` : null;
}

/** True for resources whose body this viewer may open: the scope from lib/access, as SQL. */
function bodyOpen(scope: OpenScope): SQL {
  if (scope.everything) return sql`true`;
  const open: SQL[] = [inArray(resources.visibility, [...scope.visibilities])];
  if (scope.tiers.length > 0) {
    open.push(
      and(
        eq(resources.visibility, "tiers"),
        exists(
          db
            .select({ one: sql`1` })
            .from(resourceTiers)
            .where(and(eq(resourceTiers.resourceId, resources.id), inArray(resourceTiers.tierSlug, [...scope.tiers]))),
        ),
      )!,
    );
  }
  return sql`(${or(...open)})`;
}

function yearRange(column: typeof newsArticles.publishedAt | typeof resources.publishedAt, year?: number): SQL[] {
  if (!year) return [];
  // UK time is UTC at New Year, so UTC boundaries are the UK's calendar year.
  return [gte(column, new Date(Date.UTC(year, 0, 1))), lt(column, new Date(Date.UTC(year + 1, 0, 1)))];
}

function newsConditions(filters: SearchFilters, query: SQL): SQL {
  const conditions: SQL[] = [isLive(newsArticles), sql`${newsArticles.searchVector} @@ ${query}`];
  if (filters.topic) {
    conditions.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(newsTopics)
          .innerJoin(topics, eq(topics.id, newsTopics.topicId))
          .where(and(eq(newsTopics.articleId, newsArticles.id), eq(topics.slug, filters.topic))),
      ),
    );
  }
  return and(...conditions, ...yearRange(newsArticles.publishedAt, filters.year))!;
}

function resourceConditions(filters: SearchFilters, query: SQL, scope: OpenScope): SQL {
  // Title and summary match for everyone; the body only where this viewer may open it.
  const matches = or(
    sql`${resources.searchPublic} @@ ${query}`,
    and(bodyOpen(scope), sql`${resources.searchBody} @@ ${query}`),
  )!;
  return and(
    ...resourceFilterConditions({ type: filters.type, topic: filters.topic, access: filters.access }),
    ...yearRange(resources.publishedAt, filters.year),
    matches,
  )!;
}

export async function searchContent(input: SearchInput): Promise<SearchResults> {
  const { terms, filters, sort, scope } = input;
  const pageSize = input.pageSize ?? 10;
  const query = tsQuery(terms);
  const newsPossible = !filters.type && !filters.access;
  if (!query) return { ...pageOf([], 0, 1, pageSize), counts: { news: 0, resource: 0 } };

  const newsWhere = newsConditions(filters, query);
  const resourceWhere = resourceConditions(filters, query, scope);
  const [[newsTotal], [resourceTotal]] = await Promise.all([
    newsPossible ? db.select({ n: count() }).from(newsArticles).where(newsWhere) : Promise.resolve([{ n: 0 }]),
    db.select({ n: count() }).from(resources).where(resourceWhere),
  ]);
  const counts = { news: newsTotal?.n ?? 0, resource: resourceTotal?.n ?? 0 };
  const includeNews = newsPossible && filters.kind !== "resource";
  const includeResources = filters.kind !== "news";
  const total = (includeNews ? counts.news : 0) + (includeResources ? counts.resource : 0);
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(input.page, pageCount);
  if (total === 0) return { ...pageOf([], 0, 1, pageSize), counts };

  const newsRows = db
    .select({
      kind: sql<SearchKind>`'news'`.as("kind"),
      id: newsArticles.id,
      publishedAt: newsArticles.publishedAt,
      bodyOpen: sql<boolean>`true`.as("body_open"),
      rank: sql<number>`ts_rank(${newsArticles.searchVector}, ${query})`.mapWith(Number).as("rank"),
    })
    .from(newsArticles)
    .where(newsWhere);
  const open = bodyOpen(scope);
  const resourceRows = db
    .select({
      kind: sql<SearchKind>`'resource'`.as("kind"),
      id: resources.id,
      publishedAt: resources.publishedAt,
      bodyOpen: sql<boolean>`${open}`.as("body_open"),
      rank: sql<number>`ts_rank(case when ${open} then ${resources.searchPublic} || ${resources.searchBody} else ${resources.searchPublic} end, ${query})`
        .mapWith(Number)
        .as("rank"),
    })
    .from(resources)
    .where(resourceWhere);
  const order =
    sort === "date"
      ? [sql`"published_at" desc`, sql`"rank" desc`, sql`"id"`]
      : [sql`"rank" desc`, sql`"published_at" desc`, sql`"id"`];
  const ranked = await (includeNews && includeResources
    ? newsRows.unionAll(resourceRows)
    : includeNews
      ? newsRows
      : resourceRows
  )
    .orderBy(...order)
    .limit(pageSize)
    .offset((page - 1) * pageSize);

  const items = await describeHits(ranked, query, scope);
  return { ...pageOf(items, total, page, pageSize), counts };
}

type RankedRow = { kind: SearchKind; id: string; publishedAt: Date | null; bodyOpen: boolean };

/** Titles, snippets, topics and badges for one page of results (ts_headline only runs here). */
async function describeHits(rows: RankedRow[], query: SQL, scope: OpenScope): Promise<SearchHit[]> {
  const newsIds = rows.filter((r) => r.kind === "news").map((r) => r.id);
  const resourceIds = rows.filter((r) => r.kind === "resource").map((r) => r.id);
  const open = bodyOpen(scope);
  const [articles, items, articleTopics, resourceTopicMap, tierMap] = await Promise.all([
    newsIds.length === 0
      ? []
      : db
          .select({
            id: newsArticles.id,
            slug: newsArticles.slug,
            title: newsArticles.title,
            lead: newsArticles.standfirst,
            titleHighlight: sql<string>`ts_headline('english', ${newsArticles.title}, ${query}, ${TITLE_OPTIONS})`,
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
            titleHighlight: sql<string>`ts_headline('english', ${resources.title}, ${query}, ${TITLE_OPTIONS})`,
            // The body is read only inside the database, and only for rows this viewer may open.
            snippet: sql<string>`case when ${open}
              then ts_headline('english', ${resources.summary} || ${"\n\n"} || ${resources.body}, ${query}, ${SNIPPET_OPTIONS})
              else ts_headline('english', ${resources.summary}, ${query}, ${SNIPPET_OPTIONS}) end`,
          })
          .from(resources)
          .where(inArray(resources.id, resourceIds)),
    topicsByArticle(newsIds),
    topicsByResource(resourceIds),
    tiersByResource(resourceIds),
  ]);
  const articleById = new Map(articles.map((a) => [a.id, a]));
  const resourceById = new Map(items.map((r) => [r.id, r]));

  const hits: SearchHit[] = [];
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
        snippet: withEllipses(plainSnippet(a.snippet), a.lead),
        publishedAt,
        topics: articleTopics.get(a.id) ?? [],
        resource: null,
      });
      continue;
    }
    const r = resourceById.get(row.id);
    if (!r) continue;
    const tiers = tierMap.get(r.id) ?? [];
    // Belt and braces: the SQL scope and lib/access must agree, or the row is left out.
    if (row.bodyOpen !== scopeAllows(scope, { visibility: r.visibility, tiers })) continue;
    hits.push({
      kind: "resource",
      id: r.id,
      slug: r.slug,
      title: r.title,
      titleHighlight: r.titleHighlight,
      snippet: withEllipses(plainSnippet(r.snippet), r.lead),
      publishedAt,
      topics: resourceTopicMap.get(r.id) ?? [],
      resource: { type: r.type, visibility: r.visibility, tiers },
    });
  }
  return hits;
}

/** Years with live news or resources, newest first (for the year filter). */
export async function listContentYears(): Promise<number[]> {
  const year = (column: typeof newsArticles.publishedAt | typeof resources.publishedAt) =>
    sql<number>`extract(year from ${column} at time zone 'UTC')::int`.mapWith(Number);
  const [news, library] = await Promise.all([
    db.selectDistinct({ year: year(newsArticles.publishedAt) }).from(newsArticles).where(isLive(newsArticles)),
    db.selectDistinct({ year: year(resources.publishedAt) }).from(resources).where(isLive(resources)),
  ]);
  return [...new Set([...news, ...library].map((r) => r.year))].sort((a, b) => b - a);
}

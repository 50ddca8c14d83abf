import "server-only";
import { and, eq, exists, gte, inArray, lt, not, or, sql, type SQL } from "drizzle-orm";
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
import { withPlannerSettings } from "../planner";
import { resourceFilterConditions, type AccessFilter } from "../resources";
import { isLive, pageOf, type Page } from "../shared";
import type { TopicRef } from "../taxonomy";
import { describeHits, type FoundHit, type RankedRow } from "./hits";

export { MARK_END, MARK_START } from "./marks";

export interface SearchTerms {
  /** For `websearch_to_tsquery('english', …)`: everything but a trailing prefix word. May be "". */
  websearch: string;
  /** For `to_tsquery('english', …)`: the last word as a prefix (`word:*`), or null. */
  prefix: string | null;
  /** Groups of words and phrases from the vocabulary: each group matches if any of its terms does. */
  alternatives?: SearchAlternatives[];
}

/** Terms that mean the same (`phraseto_tsquery` each, OR-ed), or, negated, none of which may appear. */
export interface SearchAlternatives {
  terms: readonly string[];
  negated: boolean;
}

/** Whose bodies a viewer may search: `openScope` from the access rule, as this layer reads it. */
export interface BodyScope {
  /** Staff: every resource. */
  everything: boolean;
  visibilities: readonly ("public" | "members")[];
  tiers: readonly string[];
}

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
  scope: BodyScope;
  /** How many results are counted and offered, at most (SEARCH_RESULT_LIMIT unless a test says). */
  resultLimit?: number;
}

/**
 * A search offers its best 1,000 results at most (100 pages of 10), and counts no further: a word
 * found in half of everything is counted, ranked and paged through its first 1,000 matches, quickly,
 * where counting all of them read every article. Nobody pages that far; the page says "more than
 * 1,000" and suggests narrowing the search.
 */
export const SEARCH_RESULT_LIMIT = 1000;

export interface SearchHit {
  kind: SearchKind;
  id: string;
  slug: string;
  title: string;
  /** The title with matches between MARK_START and MARK_END. */
  titleHighlight: string;
  /** A passage with matches marked: from a body only when the viewer may open it. */
  snippet: string;
  publishedAt: Date;
  topics: TopicRef[];
  /** Type and audience of a resource; null for news. */
  resource: { type: ResourceType; visibility: Visibility; tiers: string[] } | null;
}

export interface SearchResults<H = SearchHit> extends Page<H> {
  /** Matches of each kind under every filter but `kind`, up to the result limit. */
  counts: Record<SearchKind, number>;
  /** True for a kind with more matches than the limit (its count is the limit). */
  countsCapped: Record<SearchKind, boolean>;
  /** True when there are more results than `total`, the limit: only the best `total` are offered. */
  capped: boolean;
  /** Both kinds together (the "All" tab): how many are offered, and whether there are more. */
  all: { count: number; capped: boolean };
}

/** The tsquery: the words and phrases through websearch syntax, AND the last word as a prefix. */
function tsQuery(terms: SearchTerms): SQL | null {
  const parts: SQL[] = [];
  if (terms.websearch) parts.push(sql`websearch_to_tsquery('english', ${terms.websearch})`);
  if (terms.prefix) parts.push(sql`to_tsquery('english', ${terms.prefix})`);
  for (const group of terms.alternatives ?? []) {
    if (group.terms.length === 0) continue;
    const any = sql.join(
      group.terms.map((term) => sql`phraseto_tsquery('english', ${term})`),
      sql` || `,
    );
    parts.push(group.negated ? sql`!!(${any})` : sql`(${any})`);
  }
  return parts.length > 0 ? sql`(${sql.join(parts, sql` && `)})` : null;
}

/** True for resources whose body this viewer may open: the scope from lib/access, as SQL. */
export function bodyOpen(scope: BodyScope): SQL {
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

/** Filters on news other than the match itself: live, topic, year. */
function newsFilterConditions(filters: SearchFilters): SQL[] {
  const conditions: SQL[] = [isLive(newsArticles)];
  if (filters.topic) {
    const topicId = db.select({ id: topics.id }).from(topics).where(eq(topics.slug, filters.topic));
    conditions.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(newsTopics)
          .where(and(eq(newsTopics.articleId, newsArticles.id), eq(newsTopics.topicId, sql`(${topicId})`))),
      ),
    );
  }
  return [...conditions, ...yearRange(newsArticles.publishedAt, filters.year)];
}

/**
 * A search's matches in news and in resources, and which of them are lead matches: in the title or
 * the lead (an article's standfirst, a resource's summary). "Best match" lists lead matches first,
 * best first by how well their title and lead match (small vectors), then the matches found only
 * in the body, newest first: ranking those by their full vectors read every match's whole text,
 * half the articles for a common word, and a passing mention in a body says little about which
 * of them matters more.
 */
function matchesOf(filters: SearchFilters, terms: SearchTerms, query: SQL, scope: BodyScope) {
  const newsFilters = and(...newsFilterConditions(filters))!;
  const newsLead = sql`${newsArticles.searchLead} @@ ${query}`;
  const newsMatch = sql`${newsArticles.searchVector} @@ ${query}`;
  const resourceFilters = and(
    ...resourceFilterConditions({ type: filters.type, topic: filters.topic, access: filters.access }),
    ...yearRange(resources.publishedAt, filters.year),
  )!;
  // Title and summary are searched for everyone. Where this viewer may open the body, the whole
  // resource is searched as one text, as an article is: some words may be in the title, others in
  // the body, and a "-word" in the body leaves the resource out.
  const resourceLead = sql`${resources.searchPublic} @@ ${query}`;
  const resourceWhole = sql`${resources.searchWhole} @@ ${query}`;
  const open = bodyOpen(scope);
  // The lead is part of what is searched (an article's vector holds it, so does a resource's whole
  // text), so a lead match is a match unless the search leaves a word out ("-word", websearch
  // syntax's only "not"): the word may be in the body alone. Then a lead match must match the
  // whole text as well, where the viewer may read it.
  const leavesOut = terms.websearch.includes("-") || (terms.alternatives ?? []).some((g) => g.negated);
  const resourceMatch = leavesOut
    ? or(and(open, resourceWhole), and(not(open), resourceLead))!
    : or(resourceLead, and(open, resourceWhole))!;
  return {
    news: {
      where: and(newsFilters, newsMatch)!,
      leadWhere: leavesOut ? and(newsFilters, newsMatch, newsLead)! : and(newsFilters, newsLead)!,
      bodyWhere: and(newsFilters, newsMatch, not(newsLead))!,
      leadRank: sql`ts_rank(${newsArticles.searchLead}, ${query})`,
    },
    resource: {
      where: and(resourceFilters, resourceMatch)!,
      leadWhere: leavesOut ? and(resourceFilters, resourceMatch, resourceLead)! : and(resourceFilters, resourceLead)!,
      bodyWhere: and(resourceFilters, open, resourceWhole, not(resourceLead))!,
      leadRank: sql`ts_rank(${resources.searchPublic}, ${query})`,
      /** Whether this viewer may open the resource's body (lib/access's scope, as SQL). */
      open,
    },
  };
}

type Matches = ReturnType<typeof matchesOf>;
type Match = Matches["news"] | Matches["resource"];

/**
 * How many rows of `table` meet `where`, counted up to `limit + 1` (one more than the limit tells
 * that there are more).
 *
 * Counted through the search indexes alone (bitmap scans): a GIN index answers a text match
 * exactly, so only the matches' rows are read, for their status and date. PostgreSQL's planner
 * costs testing a row's vector as cheap and, for a word in half the articles, reads the table
 * instead, unpacking every vector it passes, several times slower than the index. Disallowing the
 * other scans is the one way to say so, and it holds for this statement only (`withPlannerSettings`).
 */
async function countUpTo(table: typeof newsArticles | typeof resources, where: SQL, limit: number): Promise<number> {
  const [row] = await withPlannerSettings({ enable_seqscan: "off", enable_indexscan: "off" }, (tx) =>
    tx
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(tx.select({ one: sql`1`.as("one") }).from(table).where(where).limit(limit + 1).as("matches")),
  );
  return row?.n ?? 0;
}

/**
 * The matching news and resources as one list (kind, id, date, whether the body is open), in one of
 * three orders: every match newest first (`date`); lead matches only, best first (`lead`); matches
 * in the body only, newest first (`body`).
 */
function matchRows(m: Matches, parts: { news: boolean; resources: boolean }, order: "date" | "lead" | "body") {
  const where = (x: Match) => (order === "lead" ? x.leadWhere : order === "body" ? x.bodyWhere : x.where);
  const rank = (x: Match) => (order === "lead" ? x.leadRank : sql`0`);
  const newsRows = db
    .select({
      kind: sql<SearchKind>`'news'`.as("kind"),
      id: newsArticles.id,
      publishedAt: newsArticles.publishedAt,
      bodyOpen: sql<boolean>`true`.as("body_open"),
      rank: sql<number>`${rank(m.news)}`.mapWith(Number).as("rank"),
    })
    .from(newsArticles)
    .where(where(m.news));
  const resourceRows = db
    .select({
      kind: sql<SearchKind>`'resource'`.as("kind"),
      id: resources.id,
      publishedAt: resources.publishedAt,
      bodyOpen: sql<boolean>`${m.resource.open}`.as("body_open"),
      rank: sql<number>`${rank(m.resource)}`.mapWith(Number).as("rank"),
    })
    .from(resources)
    .where(where(m.resource));
  const rows = parts.news && parts.resources ? newsRows.unionAll(resourceRows) : parts.news ? newsRows : resourceRows;
  return rows.orderBy(...(order === "lead" ? [sql`"rank" desc`] : []), sql`"published_at" desc`, sql`"id"`);
}

/**
 * One page of matches, best first or newest first, with the counts the tabs show. Snippets come
 * as the database marks them: lib/search finishes them and checks each against the access rule.
 */
export async function searchContent(input: SearchInput): Promise<SearchResults<FoundHit>> {
  const { terms, filters, sort, scope } = input;
  const pageSize = input.pageSize ?? 10;
  const limit = input.resultLimit ?? SEARCH_RESULT_LIMIT;
  const query = tsQuery(terms);
  const newsPossible = !filters.type && !filters.access;
  const nothing = { ...pageOf<FoundHit>([], 0, 1, pageSize), capped: false };
  if (!query) {
    return { ...nothing, counts: { news: 0, resource: 0 }, countsCapped: { news: false, resource: false }, all: { count: 0, capped: false } };
  }

  const m = matchesOf(filters, terms, query, scope);
  const includeNews = newsPossible && filters.kind !== "resource";
  const includeResources = filters.kind !== "news";
  const parts = { news: includeNews, resources: includeResources };
  // The first rows of the page asked for: by date, or the lead matches on it, which are found from
  // the page's offset alone. Sent with the counts rather than after them, as they rarely change it.
  const firstRows = (page: number) =>
    matchRows(m, parts, sort === "date" ? "date" : "lead")
      .limit(pageSize)
      .offset((page - 1) * pageSize);
  const asked = Math.max(1, Math.min(input.page, Math.ceil(limit / pageSize)));
  // How many lead matches there are says where a page after them starts among the body-only
  // matches: not needed on page 1, and on later pages counted beside the rest rather than after.
  // Each count in its own transaction, so that they run side by side on PostgreSQL.
  const leadsCounted = sort === "relevance" && asked > 1;
  const [news, library, firstTry, newsLeads, resourceLeads] = await Promise.all([
    newsPossible ? countUpTo(newsArticles, m.news.where, limit) : 0,
    countUpTo(resources, m.resource.where, limit),
    firstRows(asked),
    leadsCounted && includeNews ? countUpTo(newsArticles, m.news.leadWhere, limit) : 0,
    leadsCounted && includeResources ? countUpTo(resources, m.resource.leadWhere, limit) : 0,
  ]);
  const counts = { news: Math.min(news, limit), resource: Math.min(library, limit) };
  const countsCapped = { news: news > limit, resource: library > limit };
  const all = { count: Math.min(news + library, limit), capped: news + library > limit };
  const matched = (includeNews ? news : 0) + (includeResources ? library : 0);
  if (matched === 0) return { ...nothing, counts, countsCapped, all };
  const total = Math.min(matched, limit);
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(asked, pageCount);
  const start = (page - 1) * pageSize;
  // The page ends at the limit, which need not be a multiple of the page size.
  const room = Math.min(pageSize, total - start);

  let ranked: RankedRow[] = (page === asked ? firstTry : await firstRows(page)).slice(0, room);
  if (sort === "relevance" && ranked.length < room) {
    // The lead matches end on this page, and matches in the body alone follow them, newest first;
    // or they ended on an earlier page. Then they were counted (a page clamped to an earlier one was
    // asked after page 1; on page 1 there are none), exactly: fewer than `start`, so not capped.
    const offset = ranked.length > 0 ? 0 : start - (newsLeads + resourceLeads);
    const fromBody = await matchRows(m, parts, "body")
      .limit(room - ranked.length)
      .offset(offset);
    ranked = [...ranked, ...fromBody];
  }

  const items = await describeHits(ranked, query, scope);
  return { ...pageOf(items, total, page, pageSize), counts, countsCapped, all, capped: matched > limit };
}

/**
 * Years with live news or resources, newest first (for the year filter). Each year from the oldest
 * live item's to this one is checked with an index probe per table, rather than reading every row.
 */
export async function listContentYears(): Promise<number[]> {
  // UK time is UTC at New Year, so UTC boundaries are the UK's calendar year.
  const utcYear = (at: SQL) => sql`extract(year from ${at} at time zone 'UTC')::int`;
  const oldest = (table: typeof newsArticles | typeof resources) =>
    sql`(select min(${table.publishedAt}) from ${table} where ${isLive(table)})`;
  const start = sql`make_timestamptz(year, 1, 1, 0, 0, 0, 'UTC')`;
  const end = sql`make_timestamptz(year + 1, 1, 1, 0, 0, 0, 'UTC')`;
  const liveThatYear = (table: typeof newsArticles | typeof resources) =>
    exists(
      db
        .select({ one: sql`1` })
        .from(table)
        .where(and(isLive(table), gte(table.publishedAt, start), lt(table.publishedAt, end))),
    );
  const rows = await db
    .select({ year: sql<number>`year`.mapWith(Number) })
    .from(
      sql`generate_series(${utcYear(sql`least(${oldest(newsArticles)}, ${oldest(resources)})`)}, ${utcYear(sql`now()`)}) as years(year)`,
    )
    .where(or(liveThatYear(newsArticles), liveThatYear(resources)))
    .orderBy(sql`year desc`);
  return rows.map((r) => r.year);
}

import "server-only";
import { and, exists, gte, lt, or, sql, type SQL } from "drizzle-orm";
import { unionAll, type AnyPgColumn } from "drizzle-orm/pg-core";
import { db } from "@/db";
import { events, newsArticles, newsletters, resources, type EventType, type ResourceType, type Visibility } from "@/db/schema";
import { withPlannerSettings } from "../planner";
import type { AccessFilter } from "../resources";
import { isLive, pageOf, type Page } from "../shared";
import type { TopicRef } from "../taxonomy";
import { describeHits, type FoundHit, type RankedRow } from "./hits";
import { eventListed, matchesOf, type KindMatch, type SearchTable } from "./kinds";
import { inArchive } from "../newsletters/archive";

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

/** What search finds, in the order the page's tabs list them. */
export const SEARCH_KINDS = ["news", "resource", "event", "newsletter"] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];
export type SearchSort = "relevance" | "date";

export interface SearchFilters {
  kind?: SearchKind;
  /** Resource type; only resources have one, so setting it limits results to resources. */
  type?: ResourceType;
  /** News, resources and events by their topics; newsletters sent to the topic's followers. */
  topic?: string;
  /** Who can open it (a resource's audience), so setting it limits results to resources. */
  access?: AccessFilter;
  /** By each kind's date: publication, an event's start, a newsletter's sending. */
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
  /** The date shown and sorted by: publication; an event's start; a newsletter's sending. */
  publishedAt: Date;
  topics: TopicRef[];
  /** Type and audience of a resource; null for other kinds. */
  resource: { type: ResourceType; visibility: Visibility; tiers: string[] } | null;
  /** An event's type and whether it is online; null for other kinds. */
  event: { type: EventType; online: boolean } | null;
  /** Who may read a newsletter in the archive (its gate, from its audience); null for other kinds. */
  newsletter: { visibility: Visibility; tiers: string[] } | null;
}

export interface SearchResults<H = SearchHit> extends Page<H> {
  /** Matches of each kind under every filter but `kind`, up to the result limit. */
  counts: Record<SearchKind, number>;
  /** True for a kind with more matches than the limit (its count is the limit). */
  countsCapped: Record<SearchKind, boolean>;
  /** True when there are more results than `total`, the limit: only the best `total` are offered. */
  capped: boolean;
  /** Every kind together (the "All" tab): how many are offered, and whether there are more. */
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

type Matches = ReturnType<typeof matchesOf>;

/**
 * How many rows of each part meet its condition, each counted up to `limit + 1` (one more than the
 * limit tells that there are more), in one statement.
 *
 * Counted through the search indexes alone (bitmap scans): a GIN index answers a text match
 * exactly, so only the matches' rows are read, for their status and date. PostgreSQL's planner
 * costs testing a row's vector as cheap and, for a word in half the articles, reads the table
 * instead, unpacking every vector it passes, several times slower than the index. Disallowing the
 * other scans is the one way to say so, and it holds for this statement only (`withPlannerSettings`).
 */
async function countUpTo(parts: ReadonlyArray<{ table: SearchTable; where: SQL }>, limit: number): Promise<number[]> {
  if (parts.length === 0) return [];
  const row = await withPlannerSettings({ enable_seqscan: "off", enable_indexscan: "off" }, async (tx) => {
    const counts = Object.fromEntries(
      parts.map(({ table, where }, i) => [
        `n${i}`,
        sql<number>`(select count(*) from (${tx.select({ one: sql`1` }).from(table).where(where).limit(limit + 1)}) as matches)`.mapWith(Number),
      ]),
    );
    const [first] = await tx.select(counts).from(sql`(select 1) as one`);
    return first;
  });
  return parts.map((_, i) => Number(row?.[`n${i}`] ?? 0));
}

/**
 * Counts of several kinds: news and resources (the large tables) each in its own transaction, so
 * that they run side by side on PostgreSQL; events and newsletters (small) with news.
 */
async function countKinds(m: Matches, kinds: readonly SearchKind[], where: (x: KindMatch) => SQL, limit: number): Promise<Record<SearchKind, number>> {
  const withNews = kinds.filter((k) => k !== "resource");
  const [first, library] = await Promise.all([
    countUpTo(withNews.map((k) => ({ table: m[k].table, where: where(m[k]) })), limit),
    kinds.includes("resource") ? countUpTo([{ table: m.resource.table, where: where(m.resource) }], limit) : [0],
  ]);
  const counts = { news: 0, resource: library[0] ?? 0, event: 0, newsletter: 0 };
  withNews.forEach((k, i) => (counts[k] = first[i] ?? 0));
  return counts;
}

/**
 * The matching items of the kinds asked for as one list (kind, id, date, whether the body is open),
 * in one of three orders: every match newest first (`date`); lead matches only, best first
 * (`lead`); matches in the body only, newest first (`body`).
 */
function matchRows(m: Matches, kinds: readonly SearchKind[], order: "date" | "lead" | "body") {
  const selects = kinds.map((kind) => {
    const x = m[kind];
    return db
      .select({
        kind: sql<SearchKind>`${sql.raw(`'${kind}'`)}`.as("kind"),
        id: sql<string>`${x.table.id}`.as("id"),
        publishedAt: sql<Date | null>`${x.date}`.mapWith(newsArticles.publishedAt).as("published_at"),
        bodyOpen: sql<boolean>`${x.open}`.as("body_open"),
        rank: sql<number>`${order === "lead" ? x.leadRank : sql`0`}`.mapWith(Number).as("rank"),
      })
      .from(x.table)
      .where(order === "lead" ? x.leadWhere : order === "body" ? x.bodyWhere : x.where);
  });
  const [first, second, ...rest] = selects;
  const rows = second ? unionAll(first!, second, ...rest) : first!;
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
  const nothing = { ...pageOf<FoundHit>([], 0, 1, pageSize), capped: false };
  const perKind = <T,>(value: (kind: SearchKind) => T) => Object.fromEntries(SEARCH_KINDS.map((k) => [k, value(k)])) as Record<SearchKind, T>;
  if (!query) return { ...nothing, counts: perKind(() => 0), countsCapped: perKind(() => false), all: { count: 0, capped: false } };

  const m = matchesOf(filters, terms, query, scope);
  // Only resources have a type or an audience to filter by: either filter leaves the other kinds out.
  const possible: readonly SearchKind[] = filters.type || filters.access ? ["resource"] : SEARCH_KINDS;
  const shown = possible.filter((k) => !filters.kind || k === filters.kind);
  // The first rows of the page asked for: by date, or the lead matches on it, which are found from
  // the page's offset alone. Sent with the counts rather than after them, as they rarely change it.
  const firstRows = async (page: number): Promise<RankedRow[]> =>
    shown.length === 0
      ? []
      : matchRows(m, shown, sort === "date" ? "date" : "lead")
          .limit(pageSize)
          .offset((page - 1) * pageSize);
  const asked = Math.max(1, Math.min(input.page, Math.ceil(limit / pageSize)));
  // How many lead matches there are says where a page after them starts among the body-only
  // matches: not needed on page 1, and on later pages counted beside the rest rather than after.
  const leadsCounted = sort === "relevance" && asked > 1;
  const [found, firstTry, leads] = await Promise.all([
    countKinds(m, possible, (x) => x.where, limit),
    firstRows(asked),
    leadsCounted ? countKinds(m, shown, (x) => x.leadWhere, limit) : null,
  ]);
  const counts = perKind((k) => Math.min(found[k], limit));
  const countsCapped = perKind((k) => found[k] > limit);
  const sum = (kinds: readonly SearchKind[], n: Record<SearchKind, number>) => kinds.reduce((total, k) => total + n[k], 0);
  const everything = sum(SEARCH_KINDS, found);
  const all = { count: Math.min(everything, limit), capped: everything > limit };
  const matched = sum(shown, found);
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
    const offset = ranked.length > 0 ? 0 : start - (leads ? sum(shown, leads) : 0);
    const fromBody = await matchRows(m, shown, "body")
      .limit(room - ranked.length)
      .offset(offset);
    ranked = [...ranked, ...fromBody];
  }

  const items = await describeHits(ranked, query, scope);
  return { ...pageOf(items, total, page, pageSize), counts, countsCapped, all, capped: matched > limit };
}

/**
 * Years with anything searchable, newest first (for the year filter): from the oldest item's year
 * to this one, or to the last listed event's. Each year is checked with an index probe per table,
 * rather than reading every row.
 */
export async function listContentYears(): Promise<number[]> {
  const sources: Array<{ table: SearchTable; date: AnyPgColumn; listed: SQL }> = [
    { table: newsArticles, date: newsArticles.publishedAt, listed: isLive(newsArticles) },
    { table: resources, date: resources.publishedAt, listed: isLive(resources) },
    { table: events, date: events.startsAt, listed: eventListed() },
    { table: newsletters, date: newsletters.sendAt, listed: inArchive },
  ];
  // UK time is UTC at New Year, so UTC boundaries are the UK's calendar year.
  const utcYear = (at: SQL) => sql`extract(year from ${at} at time zone 'UTC')::int`;
  const oldest = sql.join(
    sources.map(({ table, date, listed }) => sql`(select min(${date}) from ${table} where ${listed})`),
    sql`, `,
  );
  const lastEvent = sql`(select max(${events.startsAt}) from ${events} where ${eventListed()})`;
  const start = sql`make_timestamptz(year, 1, 1, 0, 0, 0, 'UTC')`;
  const end = sql`make_timestamptz(year + 1, 1, 1, 0, 0, 0, 'UTC')`;
  const listedThatYear = ({ table, date, listed }: (typeof sources)[number]) =>
    exists(
      db
        .select({ one: sql`1` })
        .from(table)
        .where(and(listed, gte(date, start), lt(date, end))),
    );
  const rows = await db
    .select({ year: sql<number>`year`.mapWith(Number) })
    .from(sql`generate_series(${utcYear(sql`least(${oldest})`)}, ${utcYear(sql`greatest(now(), ${lastEvent})`)}) as years(year)`)
    .where(or(...sources.map(listedThatYear)))
    .orderBy(sql`year desc`);
  return rows.map((r) => r.year);
}

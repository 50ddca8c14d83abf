import "server-only";
import { and, eq, exists, gte, inArray, isNull, lt, not, or, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { db } from "@/db";
import { events, eventTopics, newsArticles, newsletters, newsTopics, resources, resourceTiers, topics } from "@/db/schema";
import { inArchive as inNewsletterArchive } from "../newsletters/archive";
import { resourceFilterConditions } from "../resources";
import { isLive } from "../shared";
import type { BodyScope, SearchFilters, SearchKind, SearchTerms } from "./index";

/** The tables search reads, one per kind. */
export type SearchTable = typeof newsArticles | typeof resources | typeof events | typeof newsletters;

/** One kind's part of a search: its rows, and which of them match, in the title or lead or deeper. */
export interface KindMatch {
  kind: SearchKind;
  table: SearchTable;
  /** The date shown beside a result and sorted by: publication, an event's start, a newsletter's sending. */
  date: SQL;
  /** Every match (for the count and the date order). */
  where: SQL;
  /** Matches in the title or lead (standfirst, summary, preheader), for "Best match" first. */
  leadWhere: SQL;
  /** Matches in the body alone, where this viewer may read the body. */
  bodyWhere: SQL;
  leadRank: SQL;
  /** Whether this viewer may read the row's body (lib/access's scope, as SQL). */
  open: SQL;
}

/** An event anyone may find: live (published, and due), and not cancelled. */
export const eventListed = (): SQL => and(isLive(events), isNull(events.cancelledAt))!;

const topicId = (slug: string) => db.select({ id: topics.id }).from(topics).where(eq(topics.slug, slug));

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

/**
 * True for archived newsletters whose body this viewer may read: lib/newsletters/audience's
 * `archiveGate` decided by lib/access's scope, restated for SQL. Sent to tiers: those tiers; to
 * organisations' members: the tiers those organisations hold; to every subscriber or a topic's
 * followers: any signed-in member. Staff read every one. (lib/search checks each hit against
 * `archiveGate` and `scopeAllows` as well, and drops any on which they disagree.)
 */
export function newsletterBodyOpen(scope: BodyScope): SQL {
  if (scope.everything) return sql`true`;
  const members = scope.visibilities.includes("members");
  const held = scope.tiers.length > 0 ? sql`array[${sql.join(scope.tiers.map((t) => sql`${t}`), sql`, `)}]::text[]` : null;
  return sql`(case ${newsletters.audience}
    when 'tiers' then ${held ? sql`${newsletters.audienceTiers} && ${held}` : sql`false`}
    when 'organisations' then ${held ? sql`exists (select 1 from organisations o where o.id = any(${newsletters.audienceOrganisations}) and o.tier_slug = any(${held}))` : sql`false`}
    else ${members ? sql`true` : sql`false`} end)`;
}

function yearRange(column: AnyPgColumn, year?: number): SQL[] {
  if (!year) return [];
  // UK time is UTC at New Year, so UTC boundaries are the UK's calendar year.
  return [gte(column, new Date(Date.UTC(year, 0, 1))), lt(column, new Date(Date.UTC(year + 1, 0, 1)))];
}

function newsFilterConditions(filters: SearchFilters): SQL[] {
  const conditions: SQL[] = [isLive(newsArticles)];
  if (filters.topic) {
    conditions.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(newsTopics)
          .where(and(eq(newsTopics.articleId, newsArticles.id), eq(newsTopics.topicId, sql`(${topicId(filters.topic)})`))),
      ),
    );
  }
  return [...conditions, ...yearRange(newsArticles.publishedAt, filters.year)];
}

function eventFilterConditions(filters: SearchFilters): SQL[] {
  const conditions: SQL[] = [eventListed()];
  if (filters.topic) {
    conditions.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(eventTopics)
          .where(and(eq(eventTopics.eventId, events.id), eq(eventTopics.topicId, sql`(${topicId(filters.topic)})`))),
      ),
    );
  }
  return [...conditions, ...yearRange(events.startsAt, filters.year)];
}

function newsletterFilterConditions(filters: SearchFilters): SQL[] {
  const conditions: SQL[] = [inNewsletterArchive];
  // A newsletter has no topics of its own; one sent to a topic's followers is about that topic.
  if (filters.topic) conditions.push(sql`${newsletters.audience} = 'topics' and (${topicId(filters.topic)}) = any(${newsletters.audienceTopics})`);
  return [...conditions, ...yearRange(newsletters.sendAt, filters.year)];
}

/** A kind searched whole by everyone: news and events are public pages. */
function publicKind(kind: SearchKind, table: SearchTable, date: SQL, filters: SQL, lead: SQL, whole: SQL, leadVector: SQL, leavesOut: boolean, query: SQL): KindMatch {
  return {
    kind,
    table,
    date,
    where: and(filters, whole)!,
    leadWhere: leavesOut ? and(filters, whole, lead)! : and(filters, lead)!,
    bodyWhere: and(filters, whole, not(lead))!,
    leadRank: sql`ts_rank(${leadVector}, ${query})`,
    open: sql`true`,
  };
}

/**
 * A kind with a gated body (resources, newsletters). Title and lead are searched for everyone.
 * Where this viewer may open the body, the whole item is searched as one text, as an article is:
 * some words may be in the title, others in the body, and a "-word" in the body leaves it out.
 */
function gatedKind(kind: SearchKind, table: SearchTable, date: SQL, filters: SQL, publicVector: SQL, wholeVector: SQL, open: SQL, leavesOut: boolean, query: SQL): KindMatch {
  const lead = sql`${publicVector} @@ ${query}`;
  const whole = sql`${wholeVector} @@ ${query}`;
  const match = leavesOut ? or(and(open, whole), and(not(open), lead))! : or(lead, and(open, whole))!;
  return {
    kind,
    table,
    date,
    where: and(filters, match)!,
    leadWhere: leavesOut ? and(filters, match, lead)! : and(filters, lead)!,
    bodyWhere: and(filters, open, whole, not(lead))!,
    leadRank: sql`ts_rank(${publicVector}, ${query})`,
    open,
  };
}

/**
 * A search's matches in each kind, and which of them are lead matches: in the title or the lead.
 * "Best match" lists lead matches first, best first by how well their title and lead match (small
 * vectors), then the matches found only in the body, newest first: ranking those by their full
 * vectors read every match's whole text, half the articles for a common word, and a passing
 * mention in a body says little about which of them matters more.
 *
 * The lead is part of what is searched, so a lead match is a match unless the search leaves a word
 * out ("-word", websearch syntax's only "not"): the word may be in the body alone. Then a lead match
 * must match the whole text as well, where the viewer may read it.
 */
export function matchesOf(filters: SearchFilters, terms: SearchTerms, query: SQL, scope: BodyScope): Record<SearchKind, KindMatch> {
  const leavesOut = terms.websearch.includes("-") || (terms.alternatives ?? []).some((g) => g.negated);
  const resourceFilters = and(
    ...resourceFilterConditions({ type: filters.type, topic: filters.topic, access: filters.access }),
    ...yearRange(resources.publishedAt, filters.year),
  )!;
  return {
    news: publicKind(
      "news",
      newsArticles,
      sql`${newsArticles.publishedAt}`,
      and(...newsFilterConditions(filters))!,
      sql`${newsArticles.searchLead} @@ ${query}`,
      sql`${newsArticles.searchVector} @@ ${query}`,
      sql`${newsArticles.searchLead}`,
      leavesOut,
      query,
    ),
    resource: gatedKind(
      "resource",
      resources,
      sql`${resources.publishedAt}`,
      resourceFilters,
      sql`${resources.searchPublic}`,
      sql`${resources.searchWhole}`,
      bodyOpen(scope),
      leavesOut,
      query,
    ),
    // An event's page is public, body and all, so its whole text is searched for everyone.
    event: publicKind(
      "event",
      events,
      sql`${events.startsAt}`,
      and(...eventFilterConditions(filters))!,
      sql`${events.searchLead} @@ ${query}`,
      sql`${events.searchVector} @@ ${query}`,
      sql`${events.searchLead}`,
      leavesOut,
      query,
    ),
    // The archive lists every sent newsletter's subject and preheader to everyone, visitors
    // included, and opens its body to its audience alone: so subject and preheader are searched for
    // everyone, and the body only for those the archive would show it to.
    newsletter: gatedKind(
      "newsletter",
      newsletters,
      sql`${newsletters.sendAt}`,
      and(...newsletterFilterConditions(filters))!,
      sql`${newsletters.searchPublic}`,
      sql`${newsletters.searchWhole}`,
      newsletterBodyOpen(scope),
      leavesOut,
      query,
    ),
  };
}

import "server-only";
import { inArray, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { db } from "@/db";
import { events, newsArticles, newsletters, resources } from "@/db/schema";
import { eventTopicsJson } from "../events/public";
import { audienceOrganisationTiers } from "../newsletters/archive";
import { resourceTiersJson, resourceTopicsJson } from "../resources";
import { articleTopicsJson } from "../taxonomy";
import type { BodyScope, SearchHit, SearchKind } from "./index";
import { bodyOpen, newsletterBodyOpen } from "./kinds";
import { FRAGMENT_DELIMITER, MARK_END, MARK_START } from "./marks";

/** A newsletter's audience as stored: lib/newsletters makes its archive gate from it. */
export interface NewsletterAudience {
  kind: "all" | "tiers" | "organisations" | "topics";
  tiers: string[];
  organisations: string[];
  topics: string[];
  /** The tiers the audience's organisations hold. */
  organisationTiers: string[];
}

/**
 * A hit as the database gives it: the snippet still marked, beside the lead it may begin with, and
 * for a newsletter its audience rather than its gate (lib/search makes the gate).
 */
export type FoundHit = Omit<SearchHit, "newsletter"> & { lead: string; bodyOpen: boolean; audience: NewsletterAudience | null };

const TITLE_OPTIONS = `HighlightAll=true, StartSel=${MARK_START}, StopSel=${MARK_END}`;
const SNIPPET_OPTIONS = `MaxWords=25, MinWords=12, ShortWord=3, MaxFragments=2, FragmentDelimiter="${FRAGMENT_DELIMITER}", StartSel=${MARK_START}, StopSel=${MARK_END}`;

export type RankedRow = { kind: SearchKind; id: string; publishedAt: Date | null; bodyOpen: boolean };

const titleHighlight = (title: AnyPgColumn, query: SQL) => sql<string>`ts_headline('english', ${title}, ${query}, ${TITLE_OPTIONS})`;
const snippetOf = (text: SQL, query: SQL) => sql<string>`ts_headline('english', ${text}, ${query}, ${SNIPPET_OPTIONS})`;
const leadAndBody = (lead: AnyPgColumn, body: AnyPgColumn) => sql`${lead} || ${"\n\n"} || ${body}`;

/** Titles, snippets, topics and badges for one page of results (ts_headline only runs here). */
export async function describeHits(rows: RankedRow[], query: SQL, scope: BodyScope): Promise<FoundHit[]> {
  const idsOf = (kind: SearchKind) => rows.filter((r) => r.kind === kind).map((r) => r.id);
  const [newsIds, resourceIds, eventIds, newsletterIds] = [idsOf("news"), idsOf("resource"), idsOf("event"), idsOf("newsletter")];
  const open = bodyOpen(scope);
  const newsletterOpen = newsletterBodyOpen(scope);
  const [articles, items, eventRows, newsletterRows] = await Promise.all([
    newsIds.length === 0
      ? []
      : db
          .select({
            id: newsArticles.id,
            slug: newsArticles.slug,
            title: newsArticles.title,
            lead: newsArticles.standfirst,
            titleHighlight: titleHighlight(newsArticles.title, query),
            topics: articleTopicsJson,
            snippet: snippetOf(leadAndBody(newsArticles.standfirst, newsArticles.body), query),
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
            titleHighlight: titleHighlight(resources.title, query),
            // The body is read only inside the database, and only for rows this viewer may open.
            snippet: sql<string>`case when ${open}
              then ${snippetOf(leadAndBody(resources.summary, resources.body), query)}
              else ${snippetOf(sql`${resources.summary}`, query)} end`,
          })
          .from(resources)
          .where(inArray(resources.id, resourceIds)),
    eventIds.length === 0
      ? []
      : db
          .select({
            id: events.id,
            slug: events.slug,
            title: events.title,
            lead: events.summary,
            type: events.type,
            online: events.online,
            topics: eventTopicsJson,
            titleHighlight: titleHighlight(events.title, query),
            snippet: snippetOf(leadAndBody(events.summary, events.body), query),
          })
          .from(events)
          .where(inArray(events.id, eventIds)),
    newsletterIds.length === 0
      ? []
      : db
          .select({
            id: newsletters.id,
            slug: newsletters.slug,
            title: newsletters.subject,
            lead: newsletters.preheader,
            audience: newsletters.audience,
            audienceTiers: newsletters.audienceTiers,
            audienceOrganisations: newsletters.audienceOrganisations,
            audienceTopics: newsletters.audienceTopics,
            organisationTiers: audienceOrganisationTiers,
            titleHighlight: titleHighlight(newsletters.subject, query),
            // As for resources: the body only for those the archive would show it to.
            snippet: sql<string>`case when ${newsletterOpen}
              then ${snippetOf(leadAndBody(newsletters.preheader, newsletters.body), query)}
              else ${snippetOf(sql`${newsletters.preheader}`, query)} end`,
          })
          .from(newsletters)
          .where(inArray(newsletters.id, newsletterIds)),
  ]);
  const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((x) => [x.id, x]));
  const [articleById, resourceById, eventById, newsletterById] = [byId(articles), byId(items), byId(eventRows), byId(newsletterRows)];

  const hits: FoundHit[] = [];
  for (const row of rows) {
    const common = { bodyOpen: row.bodyOpen, publishedAt: row.publishedAt ?? new Date(0), resource: null, event: null, audience: null };
    const pick = <T extends { id: string; slug: string; title: string; titleHighlight: string; snippet: string; lead: string }>(x: T) => ({
      id: x.id,
      slug: x.slug,
      title: x.title,
      titleHighlight: x.titleHighlight,
      snippet: x.snippet,
      lead: x.lead,
    });
    if (row.kind === "news") {
      const a = articleById.get(row.id);
      if (a) hits.push({ ...common, ...pick(a), kind: "news", topics: a.topics });
    } else if (row.kind === "resource") {
      const r = resourceById.get(row.id);
      if (r) hits.push({ ...common, ...pick(r), kind: "resource", topics: r.topics, resource: { type: r.type, visibility: r.visibility, tiers: r.tiers } });
    } else if (row.kind === "event") {
      const e = eventById.get(row.id);
      if (e) hits.push({ ...common, ...pick(e), kind: "event", topics: e.topics, event: { type: e.type, online: e.online } });
    } else {
      const n = newsletterById.get(row.id);
      if (!n) continue;
      const audience = { kind: n.audience, tiers: n.audienceTiers, organisations: n.audienceOrganisations, topics: n.audienceTopics, organisationTiers: n.organisationTiers ?? [] };
      hits.push({ ...common, ...pick(n), kind: "newsletter", topics: [], audience });
    }
  }
  return hits;
}

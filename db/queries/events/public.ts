import "server-only";
import { and, asc, count, desc, eq, gte, lt, sql, type SQL } from "drizzle-orm";
import { db } from "@/db";
import { eventMaterials, events, eventTicketTypes, eventTopics, files, topics, type EventType } from "@/db/schema";
import { isLive, isSlug, pageOf, type Page } from "../shared";
import type { TopicRef } from "../taxonomy";

/** The outer query's event (written out: drizzle names a lone table's columns without it, which a subquery would misread). */
const eventIdColumn = sql.raw(`"events"."id"`);

/** Places taken: bookings booked or attended, and places held by open waitlist offers. */
export const placesTaken = sql<number>`(
  (select count(*) from event_bookings b where b.event_id = ${eventIdColumn} and b.status in ('booked', 'attended'))
  + (select count(*) from event_waitlist_offers o where o.event_id = ${eventIdColumn} and o.outcome is null and o.expires_at > now())
)::int`;

export const eventTopicsJson = sql<TopicRef[]>`(select coalesce(json_agg(json_build_object('slug', t.slug, 'name', t.name) order by t.name), '[]'::json)
  from event_topics et join topics t on t.id = et.topic_id where et.event_id = ${eventIdColumn})`;

const cardColumns = {
  id: events.id,
  slug: events.slug,
  title: events.title,
  type: events.type,
  summary: events.summary,
  startsAt: events.startsAt,
  endsAt: events.endsAt,
  online: events.online,
  venueName: events.venueName,
  address: events.address,
  capacity: events.capacity,
  cpdHours: events.cpdHours,
  cancelledAt: events.cancelledAt,
  featureImage: events.featureImage,
  featureImageAlt: events.featureImageAlt,
  placesTaken,
  topics: eventTopicsJson,
};

export type EventCard = Awaited<ReturnType<typeof listLiveEvents>>["items"][number];

export interface EventFilters {
  when: "upcoming" | "past";
  type?: EventType;
  topic?: string;
  mode?: "online" | "in-person";
  /** "2026-05": events starting in that month (UK time). */
  month?: string;
}

function filterWhere(f: EventFilters, now: Date): SQL {
  const where: (SQL | undefined)[] = [isLive(events)];
  where.push(f.when === "upcoming" ? gte(events.endsAt, now) : lt(events.endsAt, now));
  if (f.type) where.push(eq(events.type, f.type));
  if (f.mode) where.push(eq(events.online, f.mode === "online"));
  if (f.topic && isSlug(f.topic)) {
    where.push(sql`exists (select 1 from ${eventTopics} join ${topics} on ${topics.id} = ${eventTopics.topicId} where ${eventTopics.eventId} = ${eventIdColumn} and ${topics.slug} = ${f.topic})`);
  }
  if (f.month && /^\d{4}-\d{2}$/.test(f.month)) {
    where.push(sql`to_char(${events.startsAt} at time zone 'Europe/London', 'YYYY-MM') = ${f.month}`);
  }
  return and(...where)!;
}

/** Upcoming events soonest first; past events (the archive) most recent first. */
export async function listLiveEvents(filters: EventFilters, page = 1, pageSize = 12, now = new Date()) {
  const where = filterWhere(filters, now);
  const order = filters.when === "upcoming" ? [asc(events.startsAt), asc(events.id)] : [desc(events.startsAt), asc(events.id)];
  const [rows, [total]] = await Promise.all([
    db.select(cardColumns).from(events).where(where).orderBy(...order).limit(pageSize).offset((page - 1) * pageSize),
    db.select({ n: count() }).from(events).where(where),
  ]);
  return pageOf(rows, total?.n ?? 0, page, pageSize) as Page<(typeof rows)[number]>;
}

/** The topics and months that upcoming live events have, for the filter lists. */
export async function listEventFilterOptions(now = new Date()) {
  const live = and(isLive(events), gte(events.endsAt, now));
  const [topicRows, monthRows] = await Promise.all([
    db
      .selectDistinct({ slug: topics.slug, name: topics.name })
      .from(topics)
      .innerJoin(eventTopics, eq(eventTopics.topicId, topics.id))
      .innerJoin(events, eq(events.id, eventTopics.eventId))
      .where(live)
      .orderBy(topics.name),
    db
      .selectDistinct({ month: sql<string>`to_char(${events.startsAt} at time zone 'Europe/London', 'YYYY-MM')` })
      .from(events)
      .where(live)
      .orderBy(sql`1`),
  ]);
  return { topics: topicRows, months: monthRows.map((m) => m.month) };
}

/** The next few live events (the home page): one query. */
export async function listUpcomingEventCards(limit: number, now = new Date()) {
  return db.select(cardColumns).from(events).where(filterWhere({ when: "upcoming" }, now)).orderBy(asc(events.startsAt), asc(events.id)).limit(limit);
}

export async function getLiveEvent(slug: string) {
  if (!isSlug(slug)) return null;
  const [row] = await db
    .select({ ...cardColumns, body: events.body, mapUrl: events.mapUrl, cancelCutoffHours: events.cancelCutoffHours, publishedAt: events.publishedAt, updatedAt: events.updatedAt })
    .from(events)
    .where(and(eq(events.slug, slug), isLive(events)));
  if (!row) return null;
  const [tickets, materials] = await Promise.all([listTicketTypes(row.id), listMaterialTeasers(row.id)]);
  return { ...row, tickets, materials };
}

export type LiveEvent = NonNullable<Awaited<ReturnType<typeof getLiveEvent>>>;

export async function listTicketTypes(eventId: string) {
  return db
    .select({
      id: eventTicketTypes.id,
      name: eventTicketTypes.name,
      description: eventTicketTypes.description,
      nonMemberPricePence: eventTicketTypes.nonMemberPricePence,
      tierPrices: eventTicketTypes.tierPrices,
      tiers: eventTicketTypes.tiers,
      position: eventTicketTypes.position,
    })
    .from(eventTicketTypes)
    .where(eq(eventTicketTypes.eventId, eventId))
    .orderBy(asc(eventTicketTypes.position), asc(eventTicketTypes.name));
}

/** Materials' titles and gates (public); the files themselves are opened through the gate. */
export async function listMaterialTeasers(eventId: string) {
  return db
    .select({
      id: eventMaterials.id,
      title: eventMaterials.title,
      visibility: eventMaterials.visibility,
      tiers: eventMaterials.tiers,
      attendees: eventMaterials.attendees,
      filename: files.filename,
      contentType: files.contentType,
      size: files.size,
    })
    .from(eventMaterials)
    .innerJoin(files, eq(files.id, eventMaterials.fileId))
    .where(eq(eventMaterials.eventId, eventId))
    .orderBy(asc(eventMaterials.position), asc(eventMaterials.title));
}

/** One material with its live event, for the download route. */
export async function getEventMaterial(slug: string, materialId: string) {
  if (!isSlug(slug) || !/^[0-9a-f-]{36}$/i.test(materialId)) return null;
  const [row] = await db
    .select({
      id: eventMaterials.id,
      eventId: events.id,
      eventTitle: events.title,
      title: eventMaterials.title,
      fileId: eventMaterials.fileId,
      visibility: eventMaterials.visibility,
      tiers: eventMaterials.tiers,
      attendees: eventMaterials.attendees,
    })
    .from(eventMaterials)
    .innerJoin(events, eq(events.id, eventMaterials.eventId))
    .where(and(eq(events.slug, slug), eq(eventMaterials.id, materialId), isLive(events)));
  return row ?? null;
}

/**
 * Upcoming live events for the events feeds, soonest first: cards (summary, topics), with when each
 * was published and last changed for readers.
 */
export async function listFeedEvents(limit = 50, now = new Date()) {
  return db
    .select({ ...cardColumns, publishedAt: events.publishedAt, updatedAt: sql<Date>`greatest(${events.updatedAt}, ${events.publishedAt})`.mapWith(events.updatedAt) })
    .from(events)
    .where(filterWhere({ when: "upcoming" }, now))
    .orderBy(asc(events.startsAt), asc(events.id))
    .limit(limit);
}

export async function listSitemapEvents() {
  return db.select({ slug: events.slug, lastModified: events.updatedAt }).from(events).where(isLive(events));
}

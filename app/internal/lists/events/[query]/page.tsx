import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { redirect } from "next/navigation";
import { listEventFilterOptions, listLiveEvents, type EventFilters } from "@/db/queries/events/public";
import { listTopics } from "@/db/queries/taxonomy";
import { eventTypes } from "@/db/schema";
import { EventCard } from "@/components/events/event-card";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { FilterForm } from "@/components/lists/filter-form";
import { Pagination } from "@/components/ui/pagination";
import { notePublicationSchedule } from "@/lib/cache/schedule";
import { eventTypeLabels } from "@/lib/events/format";
import { eventFeeds, pageMetadata } from "@/lib/metadata";
import { oneOf, pageParam, withQuery } from "@/lib/params";
import { fromListSegment, understoodAll } from "@/lib/serving/list-query";

/**
 * /events with any filters and page (upcoming soonest first; `when=past`: the archive), rewritten
 * here by proxy.ts with the query as a path segment so each list is cached. Re-rendered at least
 * every minute, so an event moves to the archive within a minute of its end.
 */
export const revalidate = 60;
export function generateStaticParams() {
  return [];
}

export const metadata: Metadata = pageMetadata({
  title: "Events",
  description: "Conferences, webinars and training courses for everyone working in SEND, with member prices and CPD certificates.",
  path: "/events",
  feeds: eventFeeds,
});

const monthName = (month: string) =>
  new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${month}-15T12:00:00Z`));

export default async function EventsPage(props: { params: Promise<{ query: string }> }) {
  await notePublicationSchedule();
  const params = fromListSegment((await props.params).query);
  const [topics, options] = await Promise.all([listTopics(), listEventFilterOptions()]);
  const month = typeof params.month === "string" ? params.month : undefined;
  const filters: EventFilters = {
    when: oneOf(params.when, ["past"] as const) ?? "upcoming",
    type: oneOf(params.type, eventTypes),
    topic: oneOf(params.topic, topics.map((t) => t.slug)),
    mode: oneOf(params.mode, ["online", "in-person"] as const),
    month: month && /^\d{4}-(0[1-9]|1[0-2])$/.test(month) ? month : undefined,
  };
  const query = { when: filters.when === "past" ? "past" : undefined, type: filters.type, topic: filters.topic, mode: filters.mode, month: filters.month };
  const requested = pageParam(params.page);
  if (!understoodAll(params, query)) redirect(withQuery("/events", { ...query, page: requested }));
  const result = await listLiveEvents(filters, requested);
  if (requested > Math.max(1, result.pageCount)) redirect(withQuery("/events", { ...query, page: result.pageCount }));
  const past = filters.when === "past";
  const filtered = Boolean(filters.type || filters.topic || filters.mode || filters.month);
  const months = [...new Set([...options.months, ...(filters.month ? [filters.month] : [])])].sort();

  return (
    <>
      <PageHeader
        title={past ? "Past events" : "Events"}
        lead={past ? "Conferences, webinars and courses we have held." : "Conferences, webinars and training courses, with member prices and CPD certificates."}
      />
      <Container className="py-10">
        <nav aria-label="Upcoming or past events" className="mb-6 flex gap-4">
          <Link href="/events" aria-current={past ? undefined : "page"} className="font-semibold">
            Upcoming events
          </Link>
          <Link href="/events?when=past" aria-current={past ? "page" : undefined} className="font-semibold">
            Past events
          </Link>
        </nav>
        <FilterForm
          action="/events"
          heading="Filter events"
          hidden={{ when: past ? "past" : undefined }}
          clearHref={past ? "/events?when=past" : "/events"}
          fields={[
            { name: "type", label: "Type", value: filters.type, anyLabel: "All types", options: eventTypes.map((type) => ({ value: type, label: eventTypeLabels[type] })) },
            { name: "topic", label: "Topic", value: filters.topic, anyLabel: "All topics", options: topics.map((topic) => ({ value: topic.slug, label: topic.name })) },
            {
              name: "mode",
              label: "Online or in person",
              value: filters.mode,
              anyLabel: "Either",
              options: [
                { value: "online", label: "Online" },
                { value: "in-person", label: "In person" },
              ],
            },
            // The archive's months are any in the past; upcoming ones are the months with events.
            past
              ? { kind: "month", name: "month", label: "Month", value: filters.month }
              : { name: "month", label: "Month", value: filters.month, anyLabel: "Any month", options: months.map((m) => ({ value: m, label: monthName(m) })) },
          ]}
        />

        <h2 className="mt-10 font-sans text-lg font-semibold" aria-live="polite">
          {result.total === 0
            ? past
              ? "No past events match these filters"
              : "No upcoming events match these filters"
            : `${result.total} ${past ? "past" : "upcoming"} ${result.total === 1 ? "event" : "events"}${filtered ? (result.total === 1 ? " matches these filters" : " match these filters") : ""}`}
        </h2>
        {result.total > 0 && (
          <ul className="mt-6 grid gap-6 md:grid-cols-2 lg:grid-cols-3">
            {result.items.map((event) => (
              <li key={event.id}>
                <EventCard event={event} />
              </li>
            ))}
          </ul>
        )}
        <Pagination page={result.page} pageCount={result.pageCount} href={(page) => withQuery("/events", { ...query, page })} label="Event pages" />
      </Container>
    </>
  );
}

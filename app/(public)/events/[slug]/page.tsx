import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getLiveEvent, type LiveEvent } from "@/db/queries/events/public";
import { listTiers } from "@/db/queries/taxonomy";
import { TicketTable } from "@/components/events/ticket-table";
import { MaterialList } from "@/components/events/material-list";
import { TopicList } from "@/components/news/topic-list";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { Container } from "@/components/ui/container";
import { Markdown } from "@/components/ui/markdown";
import { FeatureImage, HEADER_IMAGE_SIZES } from "@/components/media/feature-image";
import { notePublicationSchedule } from "@/lib/cache/schedule";
import { eventLocation, eventTypeLabels, formatEventWhen, formatHours } from "@/lib/events/format";
import { formatTicketPrice, ticketPriceFor } from "@/lib/events/price";
import { absoluteUrl, jsonLd, pageMetadata } from "@/lib/metadata";
import { site } from "@/lib/site";

// Cached and the same for everyone (prices for every audience, places left): rendered on first
// request, invalidated by bookings and staff writes, re-rendered at least every minute. A viewer's
// own price and booking are on /events/[slug]/book, rendered for them.
export const revalidate = 60;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };
const loadEvent = cache((slug: string) => getLiveEvent(slug));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const event = await loadEvent((await params).slug);
  if (!event) return { title: "Event not found" };
  return pageMetadata({ title: event.title, description: event.summary || site.description, path: `/events/${event.slug}` });
}

function structuredData(event: LiveEvent, placesLeft: number) {
  const url = absoluteUrl(`/events/${event.slug}`);
  return {
    "@context": "https://schema.org",
    "@type": "Event",
    name: event.title,
    description: event.summary,
    startDate: event.startsAt.toISOString(),
    endDate: event.endsAt.toISOString(),
    url,
    eventStatus: event.cancelledAt ? "https://schema.org/EventCancelled" : "https://schema.org/EventScheduled",
    eventAttendanceMode: event.online ? "https://schema.org/OnlineEventAttendanceMode" : "https://schema.org/OfflineEventAttendanceMode",
    location: event.online
      ? { "@type": "VirtualLocation", url }
      : { "@type": "Place", name: event.venueName, address: { "@type": "PostalAddress", streetAddress: event.address, addressCountry: "GB" } },
    ...(event.featureImage ? { image: [absoluteUrl(event.featureImage)] } : {}),
    organizer: { "@type": "Organization", name: site.name, url: absoluteUrl("/") },
    offers: event.tickets
      .filter((t) => t.nonMemberPricePence !== null && t.tiers.length === 0)
      .map((t) => ({
        "@type": "Offer",
        name: t.name,
        price: (t.nonMemberPricePence! / 100).toFixed(2),
        priceCurrency: "GBP",
        url,
        availability: placesLeft > 0 ? "https://schema.org/InStock" : "https://schema.org/SoldOut",
      })),
  };
}

export default async function EventPage({ params }: Props) {
  await notePublicationSchedule();
  const event = await loadEvent((await params).slug);
  if (!event) notFound();
  const tiers = await listTiers();
  const placesLeft = Math.max(0, event.capacity - event.placesTaken);
  const upcoming = event.endsAt > new Date() && !event.cancelledAt;
  // Signed out (this page is the same for everyone): the non-member price.
  const publicPrices = event.tickets.map((t) => ticketPriceFor(t, null)).flatMap((o) => (o.available ? [o.pricePence] : []));
  const fromPrice = publicPrices.length > 0 ? Math.min(...publicPrices) : null;

  return (
    <article>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd(structuredData(event, placesLeft)) }} />
      <header className="border-b border-line bg-wash">
        <Container className="py-10 sm:py-14">
          <Breadcrumb trail={[{ href: "/", label: "Home" }, { href: "/events", label: "Events" }]} />
          <p className="mt-4 text-sm font-semibold uppercase tracking-wide text-brand-700">{eventTypeLabels[event.type]}</p>
          <h1 className="mt-2 max-w-4xl text-3xl font-semibold tracking-tight text-brand-900 sm:text-4xl">{event.title}</h1>
          {event.summary && <p className="mt-4 max-w-3xl text-xl text-muted">{event.summary}</p>}
          {event.cancelledAt && <p className="mt-4 rounded-md border border-red-800 bg-paper p-3 font-semibold text-red-800">This event has been cancelled.</p>}
          <dl className="mt-6 grid max-w-3xl gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
            <dt className="font-semibold">When</dt>
            <dd>{formatEventWhen(event.startsAt, event.endsAt)}</dd>
            <dt className="font-semibold">Where</dt>
            <dd>
              {eventLocation(event)}
              {!event.online && event.mapUrl && (
                <>
                  {" "}
                  (<a href={event.mapUrl}>map<span className="sr-only"> of {event.venueName || "the venue"}</span></a>)
                </>
              )}
            </dd>
            {event.cpdHours > 0 && (
              <>
                <dt className="font-semibold">CPD</dt>
                <dd>{formatHours(event.cpdHours)}, with a certificate of attendance</dd>
              </>
            )}
            {upcoming && (
              <>
                <dt className="font-semibold">Places</dt>
                <dd data-testid="places-left">{placesLeft === 0 ? "Full: join the waitlist" : `${placesLeft} ${placesLeft === 1 ? "place" : "places"} left`}</dd>
              </>
            )}
          </dl>
          <FeatureImage src={event.featureImage} alt={event.featureImageAlt} sizes={HEADER_IMAGE_SIZES} preload className="mt-8 max-w-4xl rounded-xl" />
        </Container>
      </header>

      <Container className="grid gap-12 py-10 lg:grid-cols-[minmax(0,1fr)_24rem]">
        <div>
          <Markdown source={event.body} />
          {event.topics.length > 0 && (
            <div className="mt-10 border-t border-line pt-6">
              <TopicList topics={event.topics} />
            </div>
          )}
        </div>
        <div className="space-y-8">
          <section aria-labelledby="tickets-heading" className="rounded-xl border border-line bg-paper p-5">
            <h2 id="tickets-heading" className="text-xl font-semibold text-brand-900">
              Tickets
            </h2>
            {fromPrice !== null && (
              <p className="mt-2 text-lg" data-testid="your-price">
                {fromPrice === 0 ? "Free" : `${formatTicketPrice(fromPrice)} for non-members`}
                {event.tickets.some((t) => Object.keys(t.tierPrices).length > 0) && <span className="block text-base text-muted">Members pay less: prices by membership below.</span>}
              </p>
            )}
            <div className="mt-4">
              <TicketTable tickets={event.tickets} tiers={tiers} />
            </div>
            {upcoming && (
              <Link href={`/events/${event.slug}/book`} className="mt-5 inline-flex min-h-11 items-center rounded-md bg-brand-700 px-5 font-semibold text-white no-underline hover:bg-brand-800">
                {placesLeft === 0 ? "Join the waitlist" : "Book a place"}
              </Link>
            )}
          </section>
          {event.materials.length > 0 && (
            <section aria-labelledby="materials-heading">
              <h2 id="materials-heading" className="text-xl font-semibold text-brand-900">
                Materials
              </h2>
              <MaterialList slug={event.slug} materials={event.materials} tiers={tiers} />
            </section>
          )}
        </div>
      </Container>
    </article>
  );
}

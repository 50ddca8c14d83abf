import { Link } from "@/components/ui/link";
import type { EventCard as EventCardData } from "@/db/queries/events/public";
import { eventLocation, eventTypeLabels, formatEventWhen, formatHours } from "@/lib/events/format";
import { CARD_IMAGE_SIZES, FeatureImage } from "@/components/media/feature-image";

/** An event in a list: type, title, when, where, places and CPD hours. */
export function EventCard({ event, headingLevel = "h3" }: { event: EventCardData; headingLevel?: "h2" | "h3" }) {
  const Heading = headingLevel;
  const left = Math.max(0, event.capacity - event.placesTaken);
  return (
    <article className="group relative flex h-full flex-col rounded-xl border border-line bg-paper p-5 shadow-sm transition hover:border-brand-200 hover:shadow-md">
      <FeatureImage src={event.featureImage} alt={event.featureImageAlt} sizes={CARD_IMAGE_SIZES} className="-mx-5 -mt-5 mb-4 rounded-t-xl" />
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{eventTypeLabels[event.type]}</p>
      <Heading className="mt-2 text-xl font-semibold text-ink">
        <Link href={`/events/${event.slug}`} className="text-ink no-underline after:absolute after:inset-0 after:rounded-xl group-hover:text-brand-800 group-hover:underline">
          {event.title}
        </Link>
      </Heading>
      <p className="mt-2 text-sm text-ink">{formatEventWhen(event.startsAt, event.endsAt)}</p>
      <p className="text-sm text-muted">{eventLocation(event)}</p>
      <p className="mt-2 flex-1 text-muted">{event.summary}</p>
      <p className="mt-4 flex flex-wrap gap-x-3 gap-y-1 text-sm">
        {event.cancelledAt ? (
          <span className="font-semibold text-red-800">Cancelled</span>
        ) : event.endsAt > new Date() ? (
          <span className="font-semibold">{left === 0 ? "Full: waitlist open" : `${left} ${left === 1 ? "place" : "places"} left`}</span>
        ) : null}
        {event.cpdHours > 0 && <span className="text-muted">CPD: {formatHours(event.cpdHours)}</span>}
      </p>
    </article>
  );
}

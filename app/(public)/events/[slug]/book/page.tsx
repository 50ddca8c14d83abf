import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getAccountBooking } from "@/db/queries/events/bookings";
import { getLiveEvent } from "@/db/queries/events/public";
import { listTiers } from "@/db/queries/taxonomy";
import { BookForm } from "@/components/events/book-form";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { Container } from "@/components/ui/container";
import { requireViewer } from "@/lib/auth/viewer";
import { paymentsEnabled } from "@/lib/billing/stripe";
import { eventLocation, formatEventWhen } from "@/lib/events/format";
import { formatTicketPrice, ticketPriceFor } from "@/lib/events/price";
import { first, type SearchParams } from "@/lib/params";
import { bookTicketAction } from "./actions";

export const metadata: Metadata = { title: "Book a place", robots: { index: false } };

/** Rendered for the signed-in viewer: their own price for each ticket, and their booking if any. */
export default async function BookPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<SearchParams> }) {
  const { slug } = await params;
  const viewer = await requireViewer(`/events/${slug}/book`);
  const event = await getLiveEvent(slug);
  if (!event) notFound();
  const [tiers, booking, query] = await Promise.all([listTiers(), getAccountBooking(viewer.id, event.id), searchParams]);
  const tierName = (slug: string) => tiers.find((t) => t.slug === slug)?.name ?? slug;
  const placesLeft = Math.max(0, event.capacity - event.placesTaken);
  const open = !event.cancelledAt && event.startsAt > new Date();
  const choices = event.tickets.map((t) => {
    const offer = ticketPriceFor(t, viewer);
    if (!offer.available) return { id: t.id, name: t.name, available: false, priceText: offer.reason === "tier-required" ? `For ${t.tiers.map(tierName).join(" or ")} members only` : "Not available to you" };
    const price = formatTicketPrice(offer.pricePence);
    const unpayable = offer.pricePence > 0 && !paymentsEnabled();
    return {
      id: t.id,
      name: t.name,
      available: !unpayable,
      priceText: `${price}${offer.audience === "non-member" ? " (non-member price)" : ` (your ${tierName(offer.audience)} price)`}${unpayable ? ": book through the events team" : ""}`,
    };
  });

  return (
    <Container className="max-w-3xl py-10">
      <Breadcrumb trail={[{ href: "/", label: "Home" }, { href: "/events", label: "Events" }, { href: `/events/${event.slug}`, label: event.title }]} />
      <h1 className="mt-4 text-3xl font-semibold text-brand-900">Book: {event.title}</h1>
      <p className="mt-3">{formatEventWhen(event.startsAt, event.endsAt)}</p>
      <p className="text-muted">{eventLocation(event)}</p>
      {query.cancelled && first(query.cancelled) === "1" && <p className="mt-4 rounded-md border-l-4 border-amber-600 bg-amber-50 p-4">Payment cancelled: you have not been charged and nothing is booked.</p>}
      {booking && (booking.status === "booked" || booking.status === "attended") ? (
        <p className="mt-6 rounded-md border-l-4 border-emerald-700 bg-emerald-50 p-4">
          You have a place. See <Link href="/account/bookings">your bookings</Link>.
        </p>
      ) : booking?.status === "waitlisted" ? (
        <p className="mt-6 rounded-md border-l-4 border-brand-700 bg-wash p-4">
          You are on the waitlist. We will email you if a place comes free. See <Link href="/account/bookings">your bookings</Link>.
        </p>
      ) : !open ? (
        <p className="mt-6">This event is no longer taking bookings.</p>
      ) : (
        <div className="mt-6">
          <p className="mb-4 font-semibold" data-testid="places-left">
            {placesLeft === 0 ? "This event is full. Join the waitlist and we will offer you a place if one comes free." : `${placesLeft} ${placesLeft === 1 ? "place" : "places"} left`}
          </p>
          <BookForm action={bookTicketAction.bind(null, event.slug)} tickets={choices} full={placesLeft === 0} />
          <p className="mt-4 text-sm text-muted">You can cancel from your bookings up to {event.cancelCutoffHours} hours before the start; a paid ticket is refunded.</p>
        </div>
      )}
    </Container>
  );
}

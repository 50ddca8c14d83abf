import "server-only";
import { revalidatePath } from "next/cache";
import { revalidateSearch } from "@/lib/content/revalidate";

/**
 * The cached pages that show an event's places or details: its page, the lists, the home page and
 * the sitemap and feeds. Called after bookings, cancellations and staff writes.
 */
export function revalidateEventPages(slug?: string | null): void {
  if (slug) revalidatePath(`/events/${slug}`);
  else revalidatePath("/(public)/events/[slug]", "page");
  revalidatePath("/internal/lists/events/[query]", "page");
  revalidatePath("/");
  revalidatePath("/sitemap.xml");
  revalidatePath("/events/feed.xml");
  revalidatePath("/events/atom.xml");
}

/**
 * A staff change to what an event says or whether it is listed (saved, published, scheduled,
 * cancelled): its pages, and the kept search answers, which list live events that are not cancelled.
 */
export function revalidateEventListing(slug?: string | null): void {
  revalidateEventPages(slug);
  revalidateSearch();
}

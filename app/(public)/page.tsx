import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { listUpcomingEventCards } from "@/db/queries/events/public";
import { listLiveNews } from "@/db/queries/news";
import { listFeaturedResources } from "@/db/queries/resources";
import { listTiers } from "@/db/queries/taxonomy";
import { EventCard } from "@/components/events/event-card";
import { ArticleCard } from "@/components/news/article-card";
import { ResourceCard } from "@/components/resources/resource-card";
import { Container } from "@/components/ui/container";
import { pageMetadata } from "@/lib/metadata";
import { site } from "@/lib/site";
import { notePublicationSchedule } from "@/lib/cache/schedule";

// Cached and the same for everyone: rendered on first request (never at build), invalidated by
// staff writes, re-rendered at least every minute.
export const revalidate = 60;

export const metadata: Metadata = {
  ...pageMetadata({ title: site.name, description: site.description, path: "/" }),
  // The home page's title is the site's name alone, not "SEND Network | SEND Network".
  title: { absolute: `${site.name}: news and resources for SEND professionals` },
};

export default async function HomePage() {
  await notePublicationSchedule();
  const [news, featured, tiers, upcoming] = await Promise.all([listLiveNews(1, 4), listFeaturedResources(3), listTiers(), listUpcomingEventCards(3)]);
  const paid = tiers.filter((t) => t.slug !== "free");
  return (
    <>
      <section className="surface-brand bg-brand-900 text-white">
        <Container className="grid gap-10 py-16 md:grid-cols-[3fr_2fr] md:items-center md:py-20">
          <div>
            <h1 className="text-4xl font-semibold tracking-tight sm:text-5xl">
              Every child included. Every educator supported.
            </h1>
            <p className="mt-5 max-w-2xl text-lg text-brand-100">{site.description}</p>
            <div className="mt-8 flex flex-wrap gap-3">
              <Link
                href="/resources"
                className="inline-flex min-h-12 items-center rounded-md bg-white px-5 font-semibold text-brand-900 no-underline hover:bg-brand-100"
              >
                Browse the resource library
              </Link>
              <Link
                href="/membership"
                className="inline-flex min-h-12 items-center rounded-md px-5 font-semibold text-white underline decoration-2 underline-offset-4 ring-1 ring-brand-200 hover:bg-brand-800"
              >
                See membership options
              </Link>
            </div>
          </div>
          <div className="rounded-2xl bg-brand-800 p-6 ring-1 ring-brand-700">
            <h2 className="font-serif text-2xl font-semibold">Why members join</h2>
            <ul className="mt-4 space-y-3 text-brand-100">
              <li>Practical guides, templates and briefings written by SEND practitioners.</li>
              <li>Policy updates that explain what national changes mean for your setting.</li>
              <li>A community of SENCOs, teachers and leaders working towards inclusion.</li>
            </ul>
          </div>
        </Container>
      </section>

      <Container className="py-14">
        <div className="flex flex-wrap items-end justify-between gap-4">
          <h2 className="text-3xl font-semibold text-brand-900">Latest news</h2>
          <Link href="/news" className="font-semibold">
            All news<span className="sr-only"> articles</span> <span aria-hidden="true">→</span>
          </Link>
        </div>
        <div className="mt-6 grid gap-8 sm:grid-cols-2 lg:grid-cols-4">
          {news.items.map((article) => (
            <ArticleCard key={article.id} article={article} />
          ))}
        </div>
      </Container>

      <section className="bg-wash py-14" aria-labelledby="featured-heading">
        <Container>
          <div className="flex flex-wrap items-end justify-between gap-4">
            <h2 id="featured-heading" className="text-3xl font-semibold text-brand-900">
              Featured resources
            </h2>
            <Link href="/resources" className="font-semibold">
              Resource library <span aria-hidden="true">→</span>
            </Link>
          </div>
          <div className="mt-6 grid gap-6 md:grid-cols-3">
            {featured.map((resource) => (
              <ResourceCard key={resource.id} resource={resource} tiers={tiers} />
            ))}
          </div>
        </Container>
      </section>

      {upcoming.length > 0 && (
        <section className="py-14" aria-labelledby="events-heading">
          <Container>
            <div className="flex flex-wrap items-end justify-between gap-4">
              <h2 id="events-heading" className="text-3xl font-semibold text-brand-900">
                Upcoming events
              </h2>
              <Link href="/events" className="font-semibold">
                All events <span aria-hidden="true">→</span>
              </Link>
            </div>
            <ul className="mt-6 grid gap-6 md:grid-cols-3">
              {upcoming.map((event) => (
                <li key={event.id}>
                  <EventCard event={event} />
                </li>
              ))}
            </ul>
          </Container>
        </section>
      )}

      <Container className="py-14">
        <div className="grid gap-8 rounded-2xl border border-line p-8 md:grid-cols-[2fr_1fr] md:items-center">
          <div>
            <h2 className="text-3xl font-semibold text-brand-900">Join the network</h2>
            <p className="mt-3 max-w-2xl text-lg text-muted">
              Create a free account to open our members&apos; resources, or choose{" "}
              {paid.map((t) => t.name).join(" or ")} membership for the full library of guides, templates and
              policy briefings.
            </p>
          </div>
          <div className="flex flex-wrap gap-3 md:justify-end">
            <Link
              href="/register"
              className="inline-flex min-h-12 items-center rounded-md bg-brand-700 px-5 font-semibold text-white no-underline hover:bg-brand-800"
            >
              Join free
            </Link>
            <Link
              href="/membership"
              className="inline-flex min-h-12 items-center rounded-md px-5 font-semibold ring-1 ring-brand-200 hover:bg-brand-50"
            >
              Compare tiers
            </Link>
          </div>
        </div>
      </Container>
    </>
  );
}

import type { Metadata } from "next";
import { redirect } from "next/navigation";
import Link from "next/link";
import { listLiveResources, type ResourceFilters } from "@/db/queries/resources";
import { listTiers, listTopics } from "@/db/queries/taxonomy";
import { resourceTypes } from "@/db/schema";
import { ResourceCard } from "@/components/resources/resource-card";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { notePublicationSchedule } from "@/lib/cache/schedule";
import { accessFilterOptions } from "@/lib/content/filter-options";
import { pageMetadata } from "@/lib/metadata";
import { oneOf, pageParam, withQuery } from "@/lib/params";
import { fromListSegment, understoodAll } from "@/lib/serving/list-query";

/**
 * /resources with any filters and page, rewritten here by proxy.ts with the query as a path segment
 * so that each list can be cached. Rendered on first request, invalidated by staff writes,
 * re-rendered at least every minute.
 */
export const revalidate = 60;
export function generateStaticParams() {
  return [];
}

export const metadata: Metadata = pageMetadata({
  title: "Resource library",
  description: "Guides, templates, briefings and presentations for everyone working in SEND.",
  path: "/resources",
});

const selectClass =
  "mt-1 block min-h-11 w-full rounded-md border border-slate-400 bg-paper px-3 text-base text-ink focus:border-brand-700";

export default async function ResourcesPage(props: { params: Promise<{ query: string }> }) {
  await notePublicationSchedule();
  const params = fromListSegment((await props.params).query);
  const [tiers, topics] = await Promise.all([listTiers(), listTopics()]);
  const accessOptions = accessFilterOptions(tiers);
  const filters: ResourceFilters = {
    type: oneOf(params.type, resourceTypes),
    topic: oneOf(params.topic, topics.map((t) => t.slug)),
    access: oneOf(params.access, accessOptions.map((o) => o.value)),
  };
  // A filter value no list has, or a page past the end, goes to the list without it: made-up
  // addresses are redirected (never cached) rather than each filling the page cache.
  const requested = pageParam(params.page);
  if (!understoodAll(params, filters)) redirect(withQuery("/resources", { ...filters, page: requested }));
  const result = await listLiveResources(filters, requested);
  if (requested > Math.max(1, result.pageCount)) redirect(withQuery("/resources", { ...filters, page: result.pageCount }));
  const filtered = Boolean(filters.type || filters.topic || filters.access);

  return (
    <>
      <PageHeader
        title="Resource library"
        lead="Practical guides, templates, briefings and presentations. Everyone can browse; members open what their membership includes."
      />
      <Container className="py-10">
        <form method="get" action="/resources" className="rounded-xl border border-line bg-wash p-5" aria-labelledby="filter-heading">
          <h2 id="filter-heading" className="font-sans text-lg font-semibold">
            Filter resources
          </h2>
          <div className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-[1fr_1fr_1fr_auto] lg:items-end">
            <div>
              <label htmlFor="filter-type" className="font-medium">
                Type
              </label>
              <select id="filter-type" name="type" defaultValue={filters.type ?? ""} className={selectClass}>
                <option value="">All types</option>
                {resourceTypes.map((type) => (
                  <option key={type} value={type}>
                    {type}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="filter-topic" className="font-medium">
                Topic
              </label>
              <select id="filter-topic" name="topic" defaultValue={filters.topic ?? ""} className={selectClass}>
                <option value="">All topics</option>
                {topics.map((topic) => (
                  <option key={topic.slug} value={topic.slug}>
                    {topic.name}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="filter-access" className="font-medium">
                Who can open it
              </label>
              <select id="filter-access" name="access" defaultValue={filters.access ?? ""} className={selectClass}>
                <option value="">Anyone or any tier</option>
                {accessOptions.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            </div>
            <div className="flex flex-wrap items-center gap-3">
              <button
                type="submit"
                className="min-h-11 cursor-pointer rounded-md bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800"
              >
                Apply filters
              </button>
              {filtered && (
                <Link href="/resources" className="inline-flex min-h-11 items-center font-medium">
                  Clear filters
                </Link>
              )}
            </div>
          </div>
        </form>

        <h2 className="mt-10 font-sans text-lg font-semibold" aria-live="polite">
          {result.total === 0
            ? "No resources match these filters"
            : `${result.total} ${result.total === 1 ? "resource" : "resources"}${filtered ? " match these filters" : ""}`}
        </h2>
        {result.total === 0 ? (
          <p className="mt-3 text-muted">
            Try another type or topic, or <Link href="/resources">see every resource</Link>.
          </p>
        ) : (
          <ul className="mt-6 grid gap-6 md:grid-cols-2 lg:grid-cols-3">
            {result.items.map((resource) => (
              <li key={resource.id}>
                <ResourceCard resource={resource} tiers={tiers} />
              </li>
            ))}
          </ul>
        )}
        <Pagination
          page={result.page}
          pageCount={result.pageCount}
          href={(page) => withQuery("/resources", { ...filters, page })}
          label="Resource pages"
        />
      </Container>
    </>
  );
}

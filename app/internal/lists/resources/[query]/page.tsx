import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Link } from "@/components/ui/link";
import { listLiveResources, type ResourceFilters } from "@/db/queries/resources";
import { listTiers, listTopics } from "@/db/queries/taxonomy";
import { resourceTypes } from "@/db/schema";
import { ResourceCard } from "@/components/resources/resource-card";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { FilterForm } from "@/components/lists/filter-form";
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
        <FilterForm
          action="/resources"
          heading="Filter resources"
          clearHref="/resources"
          fields={[
            { name: "type", label: "Type", value: filters.type, anyLabel: "All types", options: resourceTypes.map((type) => ({ value: type, label: type })) },
            { name: "topic", label: "Topic", value: filters.topic, anyLabel: "All topics", options: topics.map((topic) => ({ value: topic.slug, label: topic.name })) },
            { name: "access", label: "Who can open it", value: filters.access, anyLabel: "Anyone or any tier", options: accessOptions },
          ]}
        />

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

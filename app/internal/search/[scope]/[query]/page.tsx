import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { Link } from "@/components/ui/link";
import { listContentYears, SEARCH_KINDS, type SearchFilters, type SearchSort } from "@/db/queries/search";
import { listTiers, listTopics, type TopicRef } from "@/db/queries/taxonomy";
import { resourceTypes } from "@/db/schema";
import { SearchForm } from "@/components/search/search-form";
import { SearchResult } from "@/components/search/search-result";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { notePublicationSchedule } from "@/lib/cache/schedule";
import { accessFilterOptions } from "@/lib/content/filter-options";
import { pageMetadata } from "@/lib/metadata";
import { oneOf, pageParam, withQuery } from "@/lib/params";
import { MAX_QUERY_LENGTH, normaliseQuery } from "@/lib/search/query";
import { runSearch } from "@/lib/search/run";
import { kindTabs } from "@/lib/search/kinds";
import { fromListSegment, understoodAll } from "@/lib/serving/list-query";
import { scopeFromSegment } from "@/lib/serving/scope-grant";
import { QueryNotes } from "@/components/search/query-notes";
import { TopicChips } from "@/components/news/topic-list";

/**
 * /search, rewritten here by proxy.ts with the query as a path segment and the viewer's open scope
 * (what they may open, never who they are) as another, so each search is rendered once per audience
 * and kept in the page cache like the lists. Dropped by every content, tier or vocabulary write
 * (revalidateSearch), re-rendered at least every minute.
 */
export const revalidate = 60;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ scope: string; query: string }> };

const sorts = ["relevance", "date"] as const satisfies readonly SearchSort[];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { text } = normaliseQuery(fromListSegment((await params).query).q);
  return pageMetadata({
    title: text ? `Search results for “${text}”` : "Search",
    description: "Search the news, resource library, events and newsletters of SEND Network.",
    path: "/search",
    // Result pages are endless variations of one page: not for search engines' indexes.
    noindex: Boolean(text),
  });
}

export default async function SearchPage(props: Props) {
  const segments = await props.params;
  // A scope the server did not sign (lib/serving/scope-grant.ts) opens nothing.
  const scope = scopeFromSegment(segments.scope);
  if (!scope) notFound();
  const params = fromListSegment(segments.query);
  const query = normaliseQuery(params.q);
  const [tiers, topics, years] = await Promise.all([listTiers(), listTopics(), listContentYears(), notePublicationSchedule()]);
  const accessOptions = accessFilterOptions(tiers);
  const year = oneOf(params.year, years.map(String));
  const filters: SearchFilters = {
    kind: oneOf(params.kind, SEARCH_KINDS),
    type: oneOf(params.type, resourceTypes),
    topic: oneOf(params.topic, topics.map((t) => t.slug)),
    access: oneOf(params.access, accessOptions.map((o) => o.value)),
    year: year ? Number(year) : undefined,
  };
  const sort = oneOf(params.sort, sorts) ?? "relevance";
  // Values no search understands go to the search without them: made-up addresses are
  // redirected (never cached) rather than each filling the page cache.
  if (!understoodAll(params, { ...filters, q: params.q, sort: oneOf(params.sort, sorts) }))
    redirect(withQuery("/search", { q: query.text, ...filters, sort: oneOf(params.sort, sorts), page: pageParam(params.page) }));
  const filtered = Object.values(filters).some((v) => v !== undefined) || sort !== "relevance";
  const results = query.searchable
    ? await runSearch({ text: query.text, filters, sort, page: pageParam(params.page), scope })
    : null;
  // What the results are for: the query, or its spelling suggestion when the query found nothing
  // (then the tabs and pages go on with the suggestion).
  const shownText = results?.showingSuggestion && results.suggestion ? results.suggestion.text : query.text;
  const urlFor = (overrides: Record<string, string | number | undefined>) =>
    withQuery("/search", { q: shownText, ...filters, sort: sort === "relevance" ? undefined : sort, ...overrides });

  return (
    <>
      <PageHeader
        title="Search"
        lead="Find news, resources, events and newsletters. Everyone can find every resource and newsletter by its title and summary."
      />
      <Container className="py-10">
        <SearchForm
          // A new key per search resets the form's fields after client-side navigation.
          key={urlFor({})}
          values={{ q: query.text, ...filters, year, sort }}
          filtered={filtered}
          options={{
            kinds: kindTabs.map((t) => ({ value: t.kind, label: t.only })),
            types: resourceTypes.map((t) => ({ value: t, label: t })),
            topics: topics.map((t) => ({ value: t.slug, label: t.name })),
            access: accessOptions,
            years: years.map((y) => ({ value: String(y), label: String(y) })),
            sorts: [
              { value: "relevance", label: "Best match" },
              { value: "date", label: "Newest first" },
            ],
          }}
        />

        {query.truncated && (
          <p className="mt-6 rounded-md border border-amber-300 bg-gold-100 p-4 text-gold-800" role="note">
            That search was very long, so we used its first {MAX_QUERY_LENGTH} characters.
          </p>
        )}

        <section aria-labelledby="results-heading" className="mt-10">
          <h2 id="results-heading" aria-live="polite" className="font-sans text-xl font-semibold">
            {!query.text
              ? "What would you like to find?"
              : !results
                ? "Please type a word to search for"
                : results.total === 0
                  ? `No results for “${query.text}”`
                  : results.capped
                    ? `More than ${number(results.total)} results for “${shownText}”`
                    : `${number(results.total)} ${results.total === 1 ? "result" : "results"} for “${shownText}”`}
          </h2>
          {results && (
            <QueryNotes
              typed={query.text}
              expansions={results.expansions}
              suggestion={results.suggestion}
              showingSuggestion={results.showingSuggestion}
              hrefFor={(q) => withQuery("/search", { q, ...filters, sort: sort === "relevance" ? undefined : sort })}
            />
          )}

          {!results ? (
            <div className="mt-3 max-w-3xl text-muted">
              <p>
                {query.text
                  ? "Your search has no letters or numbers in it. Try a word such as “funding”, “autism” or “EHC plan”."
                  : "Type a word or phrase above, such as “funding”, “autism” or “EHC plan”."}
              </p>
              <TopicLinks topics={topics} />
            </div>
          ) : results.total === 0 ? (
            <div className="mt-3 max-w-3xl text-muted">
              <ul className="list-disc space-y-1 pl-6">
                <li>Check the spelling, or try fewer or more general words.</li>
                {filtered && (
                  <li>
                    <Link href={withQuery("/search", { q: query.text })}>Search again without filters</Link>.
                  </li>
                )}
                <li>
                  Browse the <Link href="/resources">resource library</Link>, the <Link href="/news">news</Link> or the{" "}
                  <Link href="/events">events</Link>.
                </li>
              </ul>
              <TopicLinks topics={topics} />
            </div>
          ) : (
            <>
              {!filters.type && !filters.access && (
                <nav aria-label="Kind of result" className="mt-3">
                  <ul className="flex flex-wrap gap-2 text-sm">
                    {[
                      { kind: undefined, label: "All", n: results.all.count, more: results.all.capped },
                      ...kindTabs.map(({ kind, label }) => ({ kind, label, n: results.counts[kind], more: results.countsCapped[kind] })),
                    ].map(({ kind, label, n, more }) => (
                      <li key={label}>
                        <Link
                          href={urlFor({ kind, page: undefined })}
                          aria-current={filters.kind === kind ? "page" : undefined}
                          className="inline-flex min-h-9 items-center rounded-full px-3 font-medium no-underline ring-1 ring-brand-200 hover:bg-brand-50 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
                        >
                          {label} ({number(n)}
                          {more ? "+" : ""})
                        </Link>
                      </li>
                    ))}
                  </ul>
                </nav>
              )}
              {results.capped && (
                <p className="mt-3 max-w-3xl text-muted">
                  Showing the best {number(results.total)}. Add another word, or choose a topic or a year above, to
                  narrow your search.
                </p>
              )}
              <ol className="mt-2">
                {results.items.map((hit) => (
                  <li key={`${hit.kind}-${hit.id}`}>
                    <SearchResult hit={hit} tiers={tiers} />
                  </li>
                ))}
              </ol>
              <Pagination
                page={results.page}
                pageCount={results.pageCount}
                href={(page) => urlFor({ page })}
                label="Search result pages"
              />
            </>
          )}
        </section>
      </Container>
    </>
  );
}

const number = (n: number) => n.toLocaleString("en-GB");

function TopicLinks({ topics }: { topics: readonly TopicRef[] }) {
  return (
    <>
      <p className="mt-4">Or browse by topic:</p>
      <TopicChips topics={topics} className="mt-2" />
    </>
  );
}

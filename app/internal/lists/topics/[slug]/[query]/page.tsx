import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { getTopic, listTopicContent, type TopicKind } from "@/db/queries/topics";
import { listTiers } from "@/db/queries/taxonomy";
import { ArticleCard } from "@/components/news/article-card";
import { ResourceCard } from "@/components/resources/resource-card";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { notePublicationSchedule } from "@/lib/cache/schedule";
import { pageMetadata } from "@/lib/metadata";
import { oneOf, pageParam, withQuery } from "@/lib/params";
import { fromListSegment, understoodAll } from "@/lib/serving/list-query";

/**
 * /topics/[slug] with its tab and page, rewritten here by proxy.ts with the query as a path segment
 * so that each can be cached. Rendered on first request, invalidated by staff writes, re-rendered
 * at least every minute.
 */
export const revalidate = 60;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string; query: string }> };

const loadTopic = cache((slug: string) => getTopic(slug));
const kinds = ["news", "resource"] as const satisfies readonly TopicKind[];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const topic = await loadTopic((await params).slug);
  if (!topic) return { title: "Topic not found" };
  return pageMetadata({
    title: topic.name,
    description: topic.description || `News and resources about ${topic.name}.`,
    path: `/topics/${topic.slug}`,
  });
}

export default async function TopicPage({ params }: Props) {
  await notePublicationSchedule();
  const { slug, query: segment } = await params;
  const topic = await loadTopic(slug);
  if (!topic) notFound();
  const query = fromListSegment(segment);
  const kind = oneOf(query.kind, kinds);
  // A tab no topic has, or a page past the end, goes to the page without it (never cached).
  const path = `/topics/${topic.slug}`;
  const requested = pageParam(query.page);
  if (!understoodAll(query, { kind })) redirect(withQuery(path, { kind, page: requested }));
  const [content, tiers] = await Promise.all([listTopicContent(topic.id, { kind, page: requested }), listTiers()]);
  if (requested > content.pageCount) redirect(withQuery(path, { kind, page: content.pageCount }));
  const tabs = [
    { kind: undefined, label: "Everything", n: content.counts.news + content.counts.resource },
    { kind: "news" as const, label: "News", n: content.counts.news },
    { kind: "resource" as const, label: "Resources", n: content.counts.resource },
  ];

  return (
    <>
      <PageHeader
        title={topic.name}
        lead={topic.description}
        breadcrumb={<Breadcrumb trail={[{ href: "/", label: "Home" }, { href: "/topics", label: "Topics" }]} />}
      />
      <Container className="py-10">
        <div className="flex flex-wrap items-center justify-between gap-4">
          <nav aria-label="Show">
            <ul className="flex flex-wrap gap-2">
              {tabs.map((tab) => (
                <li key={tab.label}>
                  <Link
                    href={withQuery(path, { kind: tab.kind })}
                    aria-current={kind === tab.kind ? "page" : undefined}
                    className="inline-flex min-h-11 items-center rounded-full px-4 font-medium no-underline ring-1 ring-brand-200 hover:bg-brand-50 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
                  >
                    {tab.label} ({tab.n})
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <Link href={withQuery("/search", { topic: topic.slug })} className="font-medium">
            Search within {topic.name}
          </Link>
        </div>

        <h2 className="mt-8 font-sans text-lg font-semibold" aria-live="polite">
          {content.total === 0
            ? `Nothing published on this topic yet`
            : `${countLabel(content.total, kind)}, newest first`}
        </h2>
        {content.total === 0 ? (
          <p className="mt-3 text-muted">
            See the <Link href="/topics">other topics</Link> or <Link href="/news">the latest news</Link>.
          </p>
        ) : (
          <ul className="mt-6 grid gap-x-8 gap-y-10 md:grid-cols-2 lg:grid-cols-3">
            {content.items.map((item) => (
              <li key={item.kind === "news" ? `n-${item.article.id}` : `r-${item.resource.id}`}>
                {item.kind === "news" ? (
                  <ArticleCard article={item.article} />
                ) : (
                  <ResourceCard resource={item.resource} tiers={tiers} />
                )}
              </li>
            ))}
          </ul>
        )}
        <Pagination
          page={content.page}
          pageCount={content.pageCount}
          href={(page) => withQuery(path, { kind, page })}
          label={`${topic.name} pages`}
        />
      </Container>
    </>
  );
}

function countLabel(n: number, kind?: TopicKind): string {
  const [one, many] =
    kind === "news" ? ["article", "articles"] : kind === "resource" ? ["resource", "resources"] : ["item", "items"];
  return `${n} ${n === 1 ? one : many}`;
}

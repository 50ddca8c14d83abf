import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getAdjacentArticles, getLiveArticle, type Article } from "@/db/queries/news";
import { listRelatedResources } from "@/db/queries/resources";
import { listTiers } from "@/db/queries/taxonomy";
import { AdjacentArticles } from "@/components/news/adjacent-articles";
import { TopicList } from "@/components/news/topic-list";
import { ResourceCard } from "@/components/resources/resource-card";
import { Container } from "@/components/ui/container";
import { FormattedDate } from "@/components/ui/formatted-date";
import { Markdown } from "@/components/ui/markdown";
import { FeatureImage, HEADER_IMAGE_SIZES } from "@/components/media/feature-image";
import { absoluteUrl, jsonLd, pageMetadata, shareImageOf } from "@/lib/metadata";
import { site } from "@/lib/site";
import { notePublicationSchedule } from "@/lib/cache/schedule";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { readingMinutes } from "@/lib/content/reading-time";

// Cached and the same for everyone: rendered on first request (never at build), invalidated by
// staff writes, re-rendered at least every minute.
export const revalidate = 60;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

const shareImage = (article: Article) =>
  shareImageOf(article, `/news/${article.slug}/share-image.png`, `${article.title}: ${site.name} news`);
const loadArticle = cache((slug: string) => getLiveArticle(slug));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await loadArticle((await params).slug);
  if (!article) return { title: "Article not found" };
  return pageMetadata({
    title: article.title,
    description: article.standfirst || site.description,
    path: `/news/${article.slug}`,
    article: {
      publishedTime: article.publishedAt,
      modifiedTime: article.updatedAt,
      section: "News",
      tags: article.topics.map((t) => t.name),
    },
    image: shareImage(article),
  });
}

export default async function ArticlePage({ params }: Props) {
  await notePublicationSchedule();
  const article = await loadArticle((await params).slug);
  if (!article) notFound();
  const [related, tiers, adjacent] = await Promise.all([
    listRelatedResources(article.id),
    listTiers(),
    getAdjacentArticles(article),
  ]);
  const minutes = readingMinutes(article.body);
  const section = article.topics[0]?.name ?? "News";

  const url = absoluteUrl(`/news/${article.slug}`);
  const structuredData = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: article.title,
    description: article.standfirst,
    datePublished: article.publishedAt.toISOString(),
    dateModified: (article.updatedAt > article.publishedAt ? article.updatedAt : article.publishedAt).toISOString(),
    url,
    mainEntityOfPage: url,
    image: [absoluteUrl(shareImage(article).path)],
    keywords: article.topics.map((t) => t.name).join(", "),
    author: article.authorName
      ? { "@type": "Person", name: article.authorName }
      : { "@type": "Organization", name: site.name, url: absoluteUrl("/") },
    publisher: { "@type": "Organization", name: site.name, url: absoluteUrl("/") },
  };

  return (
    <article>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd(structuredData) }} />
      <header className="border-b border-line bg-wash">
        <Container className="py-10 sm:py-14">
          <Breadcrumb trail={[{ href: "/", label: "Home" }, { href: "/news", label: "News" }]} />
          <p className="mt-4 text-sm font-semibold uppercase tracking-wide text-brand-700">{section}</p>
          <h1 className="mt-2 max-w-4xl text-3xl font-semibold tracking-tight text-brand-900 sm:text-4xl">
            {article.title}
          </h1>
          {article.standfirst && <p className="mt-4 max-w-3xl text-xl text-muted">{article.standfirst}</p>}
          <p className="mt-6 flex flex-wrap gap-x-3 gap-y-1 text-muted" data-testid="byline">
            <span>
              By <span className="font-semibold text-ink">{article.authorName ?? `the ${site.name} team`}</span>
            </span>
            {/* Each separator wraps with what follows it, never left at a line's end. */}
            <span className="whitespace-nowrap">
              <span aria-hidden="true">· </span>
              <FormattedDate date={article.publishedAt} />
            </span>
            <span className="whitespace-nowrap">
              <span aria-hidden="true">· </span>
              {minutes} min read
            </span>
          </p>
          <FeatureImage src={article.featureImage} alt={article.featureImageAlt} sizes={HEADER_IMAGE_SIZES} preload className="mt-8 max-w-4xl rounded-xl" />
        </Container>
      </header>

      <Container className="grid gap-12 py-10 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div>
          <Markdown source={article.body} />
          <div className="mt-10 border-t border-line pt-6">
            <TopicList topics={article.topics} />
          </div>
          <AdjacentArticles {...adjacent} />
        </div>

        <div>
          <section aria-labelledby="related-heading">
            <h2 id="related-heading" className="text-xl font-semibold text-brand-900">
              Related resources
            </h2>
            {related.length > 0 ? (
              <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-1">
                {related.map((resource) => (
                  <li key={resource.id}>
                    <ResourceCard resource={resource} tiers={tiers} />
                  </li>
                ))}
              </ul>
            ) : (
              <p className="mt-4 text-muted">
                Browse the <Link href="/resources">resource library</Link> for guides, templates and training.
              </p>
            )}
          </section>
        </div>
      </Container>
    </article>
  );
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getLiveArticle, type Article } from "@/db/queries/news";
import { listRelatedResources } from "@/db/queries/resources";
import { listTiers } from "@/db/queries/taxonomy";
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
  const [related, tiers] = await Promise.all([listRelatedResources(article.id), listTiers()]);

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
    author: { "@type": "Organization", name: site.name, url: absoluteUrl("/") },
    publisher: { "@type": "Organization", name: site.name, url: absoluteUrl("/") },
  };

  return (
    <article>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd(structuredData) }} />
      <header className="border-b border-line bg-wash">
        <Container className="py-10 sm:py-14">
          <Breadcrumb trail={[{ href: "/", label: "Home" }, { href: "/news", label: "News" }]} />
          <p className="mt-4 text-sm font-semibold text-brand-700">
            News <span aria-hidden="true">·</span> <FormattedDate date={article.publishedAt} />
          </p>
          <h1 className="mt-2 max-w-4xl text-3xl font-semibold tracking-tight text-brand-900 sm:text-4xl">
            {article.title}
          </h1>
          {article.standfirst && <p className="mt-4 max-w-3xl text-xl text-muted">{article.standfirst}</p>}
          <div className="mt-6">
            <TopicList topics={article.topics} />
          </div>
          <FeatureImage src={article.featureImage} alt={article.featureImageAlt} sizes={HEADER_IMAGE_SIZES} preload className="mt-8 max-w-4xl rounded-xl" />
        </Container>
      </header>

      <Container className="py-10">
        <Markdown source={article.body} />
      </Container>

      {related.length > 0 && (
        <section aria-labelledby="related-heading" className="border-t border-line bg-wash py-12">
          <Container>
            <h2 id="related-heading" className="text-2xl font-semibold text-brand-900">
              Related resources
            </h2>
            <ul className="mt-6 grid gap-6 md:grid-cols-3">
              {related.map((resource) => (
                <li key={resource.id}>
                  <ResourceCard resource={resource} tiers={tiers} />
                </li>
              ))}
            </ul>
          </Container>
        </section>
      )}
    </article>
  );
}

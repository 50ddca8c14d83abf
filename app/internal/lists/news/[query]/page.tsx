import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { listLiveNews } from "@/db/queries/news";
import { ArticleCard } from "@/components/news/article-card";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { notePublicationSchedule } from "@/lib/cache/schedule";
import { pageMetadata } from "@/lib/metadata";
import { pageParam, withQuery } from "@/lib/params";
import { fromListSegment } from "@/lib/serving/list-query";

/**
 * /news?page=N, rewritten here by proxy.ts with the query as a path segment so that each page can
 * be cached. Rendered on first request, invalidated by staff writes, re-rendered at least every
 * minute.
 */
export const revalidate = 60;
export function generateStaticParams() {
  return [];
}

export const metadata: Metadata = pageMetadata({
  title: "News",
  description: "News, comment and policy responses on special educational needs and disabilities.",
  path: "/news",
});

export default async function NewsPage({ params }: { params: Promise<{ query: string }> }) {
  await notePublicationSchedule();
  const requested = pageParam(fromListSegment((await params).query).page);
  const news = await listLiveNews(requested);
  // A page past the end goes to the last page; the redirect itself is never cached.
  if (requested > Math.max(1, news.pageCount)) redirect(withQuery("/news", { page: news.pageCount }));
  return (
    <>
      <PageHeader title="News" lead="Comment, policy responses and updates from across the SEND sector." />
      <Container className="py-12">
        <h2 className="sr-only">Articles, newest first</h2>
        <div className="grid gap-x-8 gap-y-10 sm:grid-cols-2 lg:grid-cols-3">
          {news.items.map((article) => (
            <ArticleCard key={article.id} article={article} />
          ))}
        </div>
        <Pagination
          page={news.page}
          pageCount={news.pageCount}
          href={(page) => withQuery("/news", { page })}
          label="News pages"
        />
      </Container>
    </>
  );
}

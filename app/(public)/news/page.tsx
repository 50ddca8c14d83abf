import type { Metadata } from "next";
import { listLiveNews } from "@/db/queries/news";
import { ArticleCard } from "@/components/news/article-card";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { pageMetadata } from "@/lib/metadata";
import { pageParam, withQuery, type SearchParams } from "@/lib/params";

export const metadata: Metadata = pageMetadata({
  title: "News",
  description: "News, comment and policy responses on special educational needs and disabilities.",
  path: "/news",
});

export default async function NewsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const requested = pageParam((await searchParams).page);
  let news = await listLiveNews(requested);
  // A page past the end shows the last page rather than an empty list.
  if (news.items.length === 0 && requested > news.pageCount) news = await listLiveNews(news.pageCount);
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

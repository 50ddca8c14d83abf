import NewsPage from "@/app/(public)/news/page";
import { notePublicationSchedule } from "@/lib/cache/schedule";
import { fromListSegment } from "@/lib/cache/list-query";

/**
 * /news (any page), cached: /news?page=N is rewritten here, by proxy.ts or next.config.mjs (lib/cache/list-query.ts). Rendered
 * on first request, invalidated by staff writes, re-rendered at least every minute.
 */
export const revalidate = 60;
export function generateStaticParams() {
  return [];
}
export { metadata } from "@/app/(public)/news/page";

export default async function CachedNewsPage({ params }: { params: Promise<{ query: string }> }) {
  await notePublicationSchedule();
  return NewsPage({ searchParams: Promise.resolve(fromListSegment((await params).query)) });
}

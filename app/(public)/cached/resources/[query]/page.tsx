import ResourcesPage from "@/app/(public)/resources/page";
import { notePublicationSchedule } from "@/lib/cache/schedule";
import { fromListSegment } from "@/lib/cache/list-query";

/**
 * /resources with any filters and page, cached: /resources?… is rewritten here, by proxy.ts or next.config.mjs
 * (lib/cache/list-query.ts). Rendered on first request, invalidated by staff writes, re-rendered at
 * least every minute.
 */
export const revalidate = 60;
export function generateStaticParams() {
  return [];
}
export { metadata } from "@/app/(public)/resources/page";

export default async function CachedResourcesPage({ params }: { params: Promise<{ query: string }> }) {
  await notePublicationSchedule();
  return ResourcesPage({ searchParams: Promise.resolve(fromListSegment((await params).query)) });
}

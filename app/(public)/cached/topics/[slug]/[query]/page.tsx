import type { Metadata } from "next";
import TopicPage, { generateMetadata as topicMetadata } from "@/app/(public)/topics/[slug]/page";
import { notePublicationSchedule } from "@/lib/cache/schedule";
import { fromListSegment } from "@/lib/cache/list-query";

/**
 * /topics/[slug] with its tab and page, cached: /topics/x?… is rewritten here, by proxy.ts or next.config.mjs
 * (lib/cache/list-query.ts). Rendered on first request, invalidated by staff writes, re-rendered at
 * least every minute.
 */
export const revalidate = 60;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string; query: string }> };

const asTopicProps = async ({ params }: Props) => {
  const { slug, query } = await params;
  return { params: Promise.resolve({ slug }), searchParams: Promise.resolve(fromListSegment(query)) };
};

export async function generateMetadata(props: Props): Promise<Metadata> {
  return topicMetadata(await asTopicProps(props));
}

export default async function CachedTopicPage(props: Props) {
  await notePublicationSchedule();
  return TopicPage(await asTopicProps(props));
}

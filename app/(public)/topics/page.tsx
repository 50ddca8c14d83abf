import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { listTopicsWithCounts } from "@/db/queries/topics";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { pageMetadata } from "@/lib/metadata";
import { notePublicationSchedule } from "@/lib/cache/schedule";

// Cached and the same for everyone: rendered on first request (never at build), invalidated by
// staff writes, re-rendered at least every minute.
export const revalidate = 60;

export const metadata: Metadata = pageMetadata({
  title: "Topics",
  description: "News and resources on SEND, by topic: policy, funding, inclusion, the SENCO role and more.",
  path: "/topics",
});

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export default async function TopicsPage() {
  await notePublicationSchedule();
  const topics = await listTopicsWithCounts();
  return (
    <>
      <PageHeader title="Topics" lead="Everything we publish, news and resources together, by topic." />
      <Container className="py-12">
        <ul className="grid gap-6 md:grid-cols-2 lg:grid-cols-3">
          {topics.map((topic) => (
            <li key={topic.slug} className="group relative rounded-xl border border-line p-5 hover:border-brand-200 hover:shadow-md">
              <h2 className="text-xl font-semibold">
                <Link
                  href={`/topics/${topic.slug}`}
                  className="text-ink no-underline after:absolute after:inset-0 after:rounded-xl group-hover:text-brand-800 group-hover:underline"
                >
                  {topic.name}
                </Link>
              </h2>
              <p className="mt-2 text-muted">{topic.description}</p>
              <p className="mt-3 text-sm font-medium text-brand-700">
                {plural(topic.counts.news, "article", "articles")} · {plural(topic.counts.resource, "resource", "resources")}
              </p>
            </li>
          ))}
        </ul>
      </Container>
    </>
  );
}

import clsx from "clsx";
import { Link } from "@/components/ui/link";
import type { TopicRef } from "@/db/queries/taxonomy";

export function TopicList({ topics, label = "Topics" }: { topics: TopicRef[]; label?: string }) {
  if (topics.length === 0) return null;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <span className="text-sm font-semibold text-muted">{label}:</span>
      <TopicChips topics={topics} />
    </div>
  );
}

/** Topics as a row of links to their pages. */
export function TopicChips({ topics, className }: { topics: readonly TopicRef[]; className?: string }) {
  return (
    <ul className={clsx("flex flex-wrap gap-2", className)}>
      {topics.map((topic) => (
        <li key={topic.slug}>
          <Link
            href={`/topics/${topic.slug}`}
            className="inline-flex min-h-8 items-center rounded-full bg-brand-50 px-3 text-sm font-medium text-brand-800 no-underline hover:bg-brand-100"
          >
            {topic.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}

import { Link } from "@/components/ui/link";
import type { SearchHit } from "@/db/queries/search";
import { audienceLabel, type TierLabel } from "@/lib/access";
import { TopicList } from "@/components/news/topic-list";
import { AudienceBadge } from "@/components/ui/audience-badge";
import { FormattedDate } from "@/components/ui/formatted-date";
import { Highlighted } from "./highlighted";

/** One search result: kind, date, highlighted title and snippet, and a resource's audience badge. */
export function SearchResult({ hit, tiers }: { hit: SearchHit; tiers: readonly TierLabel[] }) {
  const href = hit.kind === "news" ? `/news/${hit.slug}` : `/resources/${hit.slug}`;
  return (
    <article className="border-b border-line py-6" data-testid="search-result">
      <p className="flex flex-wrap items-center gap-x-2 text-sm text-muted">
        <span className="font-semibold uppercase tracking-wide text-brand-700">
          {hit.resource ? `Resource · ${hit.resource.type}` : "News"}
        </span>
        <span aria-hidden="true">·</span>
        <FormattedDate date={hit.publishedAt} />
      </p>
      <h3 className="mt-1 text-xl font-semibold">
        <Link href={href} className="text-ink hover:text-brand-800">
          <Highlighted text={hit.titleHighlight} />
        </Link>
      </h3>
      {hit.snippet && (
        <p className="mt-2 max-w-3xl text-muted" data-testid="search-snippet">
          <Highlighted text={hit.snippet} />
        </p>
      )}
      <div className="mt-3 flex flex-wrap items-center gap-x-6 gap-y-2">
        {hit.resource && (
          <AudienceBadge
            label={audienceLabel({ visibility: hit.resource.visibility, tiers: hit.resource.tiers }, tiers)}
            visibility={hit.resource.visibility}
            tiers={hit.resource.tiers}
          />
        )}
        <TopicList topics={hit.topics} />
      </div>
    </article>
  );
}

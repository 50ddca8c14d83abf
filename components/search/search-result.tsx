import { Link } from "@/components/ui/link";
import type { SearchHit } from "@/db/queries/search";
import { audienceLabel, type TierLabel } from "@/lib/access";
import { eventTypeLabels } from "@/lib/events/format";
import { resultHref } from "@/lib/search/kinds";
import { TopicList } from "@/components/news/topic-list";
import { AudienceBadge } from "@/components/ui/audience-badge";
import { FormattedDate } from "@/components/ui/formatted-date";
import { Highlighted } from "./highlighted";

/** What kind of result it is, as its first line says: "News", "Resource · Guide", "Event · Webinar · Online". */
function kindLine(hit: SearchHit): string {
  if (hit.resource) return `Resource · ${hit.resource.type}`;
  if (hit.event) return `Event · ${eventTypeLabels[hit.event.type]} · ${hit.event.online ? "Online" : "In person"}`;
  if (hit.newsletter) return "Newsletter";
  return "News";
}

/**
 * One search result: kind, date (an event's is when it starts), highlighted title and snippet, and
 * the audience badge of a resource or newsletter.
 */
export function SearchResult({ hit, tiers }: { hit: SearchHit; tiers: readonly TierLabel[] }) {
  const href = resultHref(hit.kind, hit.slug);
  const gate = hit.resource ?? hit.newsletter;
  return (
    <article className="border-b border-line py-6" data-testid="search-result">
      <p className="flex flex-wrap items-center gap-x-2 text-sm text-muted">
        <span className="font-semibold uppercase tracking-wide text-brand-700">
          {kindLine(hit)}
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
        {gate && <AudienceBadge label={audienceLabel(gate, tiers)} visibility={gate.visibility} tiers={gate.tiers} />}
        <TopicList topics={hit.topics} />
      </div>
    </article>
  );
}

import { Link } from "@/components/ui/link";
import type { ResourceCard as ResourceCardData } from "@/db/queries/resources";
import { audienceLabel, type TierLabel } from "@/lib/access";
import { AudienceBadge } from "@/components/ui/audience-badge";
import { FormattedDate } from "@/components/ui/formatted-date";
import { CARD_IMAGE_SIZES, FeatureImage } from "@/components/media/feature-image";

/** A resource in a list: title, type, date, badge and public summary. Never the body. */
export function ResourceCard({
  resource,
  tiers,
  headingLevel = "h3",
}: {
  resource: ResourceCardData;
  tiers: readonly TierLabel[];
  headingLevel?: "h2" | "h3";
}) {
  const Heading = headingLevel;
  const gate = { visibility: resource.visibility, tiers: resource.tiers };
  return (
    <article className="group relative flex h-full flex-col rounded-xl border border-line bg-paper p-5 shadow-sm transition hover:border-brand-200 hover:shadow-md">
      <FeatureImage
        src={resource.featureImage}
        alt={resource.featureImageAlt}
        sizes={CARD_IMAGE_SIZES}
        className="-mx-5 -mt-5 mb-4 rounded-t-xl"
      />
      <p className="flex flex-wrap items-center gap-x-2 text-sm text-muted">
        <span className="font-semibold uppercase tracking-wide text-brand-700">{resource.type}</span>
        <span aria-hidden="true">·</span>
        <FormattedDate date={resource.publishedAt} />
      </p>
      <Heading className="mt-2 text-xl font-semibold text-ink">
        <Link
          href={`/resources/${resource.slug}`}
          className="text-ink no-underline after:absolute after:inset-0 after:rounded-xl group-hover:text-brand-800 group-hover:underline"
        >
          {resource.title}
        </Link>
      </Heading>
      <p className="mt-2 flex-1 text-muted">{resource.summary}</p>
      <div className="mt-4 flex flex-wrap items-center gap-2">
        <AudienceBadge label={audienceLabel(gate, tiers)} visibility={resource.visibility} tiers={resource.tiers} />
        {resource.hasFile && <span className="text-sm text-muted">Includes a download</span>}
      </div>
    </article>
  );
}

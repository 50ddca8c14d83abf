import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { listMoreOnTopic } from "@/db/queries/resources";
import { listTiers } from "@/db/queries/taxonomy";
import { TopicList } from "@/components/news/topic-list";
import { AccessPanel } from "@/components/resources/access-panel";
import { ResourceCard } from "@/components/resources/resource-card";
import { AudienceBadge } from "@/components/ui/audience-badge";
import { Container } from "@/components/ui/container";
import { FormattedDate } from "@/components/ui/formatted-date";
import { Markdown } from "@/components/ui/markdown";
import { audienceLabel, displayTier } from "@/lib/access";
import type { ResourceView } from "@/lib/content/resource-access";
import { fileKind, formatBytes } from "@/lib/format";
import { defaultShareImage, pageMetadata } from "@/lib/metadata";
import { FeatureImage, HEADER_IMAGE_SIZES } from "@/components/media/feature-image";
import { Breadcrumb } from "@/components/ui/breadcrumb";

/** Only the public teaser (title, summary, topics): a gated body never reaches metadata. */
export function resourceMetadata(view: ResourceView | null): Metadata {
  if (!view) return { title: "Resource not found" };
  const { resource } = view;
  return pageMetadata({
    title: resource.title,
    description: resource.summary,
    path: `/resources/${resource.slug}`,
    article: { publishedTime: resource.publishedAt, section: resource.type, tags: resource.topics.map((t) => t.name) },
    image: resource.featureImage ? { path: resource.featureImage, alt: resource.featureImageAlt } : defaultShareImage,
  });
}

/** A resource as one viewer may see it: the body and downloads when allowed, else why not. */
export async function ResourcePageView({ view }: { view: ResourceView }) {
  const { resource, viewer, decision, body } = view;
  const [tiers, more] = await Promise.all([listTiers(), listMoreOnTopic(resource.id)]);
  const gate = { visibility: resource.visibility, tiers: resource.tiers };
  const lapsed = viewer && decision.allowed === false && decision.reason === "membership-expired";

  return (
    <article>
      <header className="border-b border-line bg-wash">
        <Container className="py-10 sm:py-14">
          <Breadcrumb trail={[{ href: "/", label: "Home" }, { href: "/resources", label: "Resources" }]} />
          <p className="mt-4 text-sm font-semibold text-brand-700">
            <span className="uppercase tracking-wide">{resource.type}</span> <span aria-hidden="true">·</span>{" "}
            <FormattedDate date={resource.publishedAt} />
          </p>
          <h1 className="mt-2 max-w-4xl text-3xl font-semibold tracking-tight text-brand-900 sm:text-4xl">
            {resource.title}
          </h1>
          <div className="mt-4">
            <AudienceBadge label={audienceLabel(gate, tiers)} visibility={resource.visibility} tiers={resource.tiers} />
          </div>
          <p className="mt-5 max-w-3xl text-xl text-muted">{resource.summary}</p>
          <FeatureImage src={resource.featureImage} alt={resource.featureImageAlt} sizes={HEADER_IMAGE_SIZES} preload className="mt-6 max-w-4xl rounded-xl" />
          {resource.easyReadSummary && (
            <section
              aria-labelledby="easy-read-heading"
              className="readable mt-6 max-w-3xl rounded-xl border-2 border-brand-200 bg-paper p-5"
            >
              <h2 id="easy-read-heading" className="font-sans text-lg font-semibold">
                Easy read
              </h2>
              <Markdown source={resource.easyReadSummary} className="mt-2 text-lg leading-relaxed" />
            </section>
          )}
          <div className="mt-6">
            <TopicList topics={resource.topics} />
          </div>
        </Container>
      </header>

      <Container className="py-10">
        {decision.allowed ? (
          <div className="grid gap-10 lg:grid-cols-[1fr_18rem]">
            <Markdown source={body ?? ""} />
            {(resource.file || resource.alternatives.length > 0) && (
              <aside aria-labelledby="download-heading" className="h-fit rounded-xl border border-line bg-wash p-5">
                <h2 id="download-heading" className="font-sans text-lg font-semibold">
                  Download
                </h2>
                {resource.file && (
                  <>
                    <p className="mt-2 text-sm text-muted [overflow-wrap:anywhere]">
                      {resource.file.filename} ({fileKind(resource.file.contentType)}, {formatBytes(resource.file.size)})
                    </p>
                    <a
                      href={`/resources/${resource.slug}/download`}
                      download
                      className="mt-4 inline-flex min-h-11 items-center rounded-md bg-brand-700 px-5 font-semibold text-white no-underline hover:bg-brand-800"
                    >
                      Download<span className="sr-only"> {resource.title}</span>
                    </a>
                  </>
                )}
                {resource.alternatives.length > 0 && (
                  <>
                    <h3 className="mt-5 font-sans font-semibold">Other formats</h3>
                    <ul className="mt-2 space-y-2">
                      {resource.alternatives.map((alt) => (
                        <li key={alt.kind}>
                          <a href={`/resources/${resource.slug}/download?format=${alt.kind}`} download className="font-medium">
                            {alt.kind === "audio" ? "Audio version" : "Large print"}
                          </a>{" "}
                          <span className="text-sm text-muted">
                            ({fileKind(alt.contentType)}, {formatBytes(alt.size)})
                          </span>
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </aside>
            )}
          </div>
        ) : (
          <AccessPanel
            decision={decision}
            tiers={tiers}
            slug={resource.slug}
            yourTier={viewer ? displayTier(viewer, tiers).name : undefined}
            expiredOn={lapsed ? viewer.membershipExpiresAt : null}
          />
        )}
      </Container>

      {more.length > 0 && (
        <section aria-labelledby="more-heading" className="border-t border-line bg-wash py-12">
          <Container>
            <div className="flex flex-wrap items-end justify-between gap-4">
              <h2 id="more-heading" className="text-2xl font-semibold text-brand-900">
                More on this topic
              </h2>
              {resource.topics[0] && (
                <Link href={`/topics/${resource.topics[0].slug}`} className="font-semibold">
                  Everything on {resource.topics[0].name} <span aria-hidden="true">→</span>
                </Link>
              )}
            </div>
            <ul className="mt-6 grid gap-6 md:grid-cols-3">
              {more.map((card) => (
                <li key={card.id}>
                  <ResourceCard resource={card} tiers={tiers} />
                </li>
              ))}
            </ul>
          </Container>
        </section>
      )}
    </article>
  );
}

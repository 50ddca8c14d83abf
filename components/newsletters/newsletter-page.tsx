import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { listTiers } from "@/db/queries/taxonomy";
import { AudienceBadge } from "@/components/ui/audience-badge";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { Container } from "@/components/ui/container";
import { FormattedDate } from "@/components/ui/formatted-date";
import { Markdown } from "@/components/ui/markdown";
import { audienceLabel, displayTier, joinNames } from "@/lib/access";
import { pageMetadata } from "@/lib/metadata";
import type { NewsletterView } from "@/lib/newsletters/archive";

/** Only the title and preheader: the body never reaches metadata. */
export function newsletterMetadata(view: NewsletterView | null): Metadata {
  if (!view) return { title: "Newsletter not found" };
  return pageMetadata({ title: view.newsletter.title, description: view.newsletter.preheader, path: `/newsletters/${view.newsletter.slug}` });
}

/** A sent newsletter in the archive, as one viewer may read it: the body when lib/access allows, else why not. */
export async function NewsletterPageView({ view }: { view: NewsletterView }) {
  const { newsletter, viewer, decision, body } = view;
  const tiers = await listTiers();
  const link = "inline-flex min-h-11 items-center rounded-md bg-brand-700 px-5 font-semibold text-white no-underline hover:bg-brand-800";
  return (
    <article>
      <header className="border-b border-line bg-wash">
        <Container className="py-10 sm:py-14">
          <Breadcrumb trail={[{ href: "/", label: "Home" }, { href: "/newsletters", label: "Newsletters" }]} />
          <p className="mt-4 text-sm font-semibold text-brand-700">
            <span className="uppercase tracking-wide">Newsletter</span>
            {newsletter.sentOn && (
              <>
                {" "}
                <span aria-hidden="true">·</span> <FormattedDate date={newsletter.sentOn} />
              </>
            )}
          </p>
          <h1 className="mt-2 max-w-4xl text-3xl font-semibold tracking-tight text-brand-900 sm:text-4xl">{newsletter.title}</h1>
          <div className="mt-4">
            <AudienceBadge label={audienceLabel(newsletter, tiers)} visibility={newsletter.visibility} tiers={newsletter.tiers} />
          </div>
          {newsletter.preheader && <p className="mt-5 max-w-3xl text-xl text-muted">{newsletter.preheader}</p>}
        </Container>
      </header>
      <Container className="py-10">
        {decision.allowed ? (
          <Markdown source={body ?? ""} className="max-w-3xl" />
        ) : (
          <section aria-labelledby="access-heading" className="rounded-2xl border-2 border-brand-200 bg-brand-50 p-6 sm:p-8" data-testid="access-panel">
            <h2 id="access-heading" className="text-2xl font-semibold text-brand-900">
              {decision.reason === "signed-out" ? "Sign in to read this newsletter" : "This newsletter was sent to other members"}
            </h2>
            <p className="mt-3 text-lg">
              It was written for{" "}
              {decision.requiredTiers.length > 0
                ? `${joinNames(tiers.filter((t) => decision.requiredTiers.includes(t.slug)).map((t) => t.name))} members`
                : "members"}
              .{viewer && <> Your membership: {displayTier(viewer, tiers).name}.</>}
            </p>
            <p className="mt-5">
              {decision.reason === "signed-out" ? (
                <Link href={`/login?callbackUrl=${encodeURIComponent(`/newsletters/${newsletter.slug}`)}`} className={link}>
                  Sign in
                </Link>
              ) : (
                <Link href="/membership" className={link}>
                  See membership tiers
                </Link>
              )}
            </p>
          </section>
        )}
      </Container>
    </article>
  );
}

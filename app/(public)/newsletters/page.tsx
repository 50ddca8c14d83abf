import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { listTiers } from "@/db/queries/taxonomy";
import { AudienceBadge } from "@/components/ui/audience-badge";
import { Container } from "@/components/ui/container";
import { FormattedDate } from "@/components/ui/formatted-date";
import { PageHeader } from "@/components/ui/page-header";
import { audienceLabel, canOpen } from "@/lib/access";
import { getViewer } from "@/lib/auth/viewer";
import { pageMetadata } from "@/lib/metadata";
import { archivedNewsletters } from "@/lib/newsletters/archive";

export const dynamic = "force-dynamic";

export const metadata: Metadata = pageMetadata({
  title: "Newsletters",
  description: "Past issues of the SEND Network newsletter.",
  path: "/newsletters",
});

/** Past newsletters: every title and who it was for; each opens to its audience (lib/access). */
export default async function NewslettersPage() {
  const [items, tiers, viewer] = await Promise.all([archivedNewsletters(), listTiers(), getViewer()]);
  return (
    <>
      <PageHeader
        title="Newsletters"
        lead={
          <>
            Past issues of our newsletter. Members can read the issues sent to them.{" "}
            {viewer ? <Link href="/account#newsletter">Choose what you receive</Link> : <Link href="/register">Register to receive it</Link>}.
          </>
        }
      />
      <Container className="py-10">
        {items.length === 0 ? (
          <p className="text-lg">No newsletters have been sent yet.</p>
        ) : (
          <ul className="max-w-3xl divide-y divide-line">
            {items.map((item) => {
              const open = canOpen(viewer, item).allowed;
              return (
                <li key={item.id} className="py-5">
                  <h2 className="text-xl font-semibold">
                    <Link href={`/newsletters/${item.slug}`}>{item.title}</Link>
                  </h2>
                  <p className="mt-1 flex flex-wrap items-center gap-3 text-sm text-muted">
                    {item.sentOn && <FormattedDate date={item.sentOn} />}
                    <AudienceBadge label={audienceLabel(item, tiers)} visibility={item.visibility} tiers={item.tiers} />
                    {!open && <span>{viewer ? "Not included in your membership" : "Sign in to read"}</span>}
                  </p>
                  {item.preheader && <p className="mt-2">{item.preheader}</p>}
                </li>
              );
            })}
          </ul>
        )}
      </Container>
    </>
  );
}

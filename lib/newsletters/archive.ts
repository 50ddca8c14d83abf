import "server-only";
import {
  type ArchivedNewsletterRow,
  getArchivedNewsletter,
  getArchivedNewsletterBody,
  listArchivedNewsletters,
} from "@/db/queries/newsletters/archive";
import { canOpen, type Decision, type Gate } from "@/lib/access";
import { getViewer, type SignedInViewer } from "@/lib/auth/viewer";
import { isGrantedOpen, looksLikeGrant } from "@/lib/serving/open-grant";
import { archiveGate } from "./audience";

/** An archived newsletter with the gate lib/access decides on (lib/serving/gated.ts reads it too). */
export interface ArchivedNewsletter extends Gate {
  id: string;
  slug: string;
  title: string;
  preheader: string;
  sentOn: Date | null;
}

function withGate(row: ArchivedNewsletterRow): ArchivedNewsletter {
  const gate = archiveGate(
    { kind: row.audience, tiers: row.audienceTiers, organisations: row.audienceOrganisations, topics: row.audienceTopics },
    row.organisationTiers ?? [],
  );
  return { id: row.id, slug: row.slug, title: row.subject, preheader: row.preheader, sentOn: row.sendAt, ...gate };
}

export async function archivedNewsletters(): Promise<ArchivedNewsletter[]> {
  return (await listArchivedNewsletters()).map(withGate);
}

export async function archivedNewsletterGate(slug: string): Promise<ArchivedNewsletter | null> {
  const row = await getArchivedNewsletter(slug);
  return row ? withGate(row) : null;
}

export interface NewsletterView {
  newsletter: ArchivedNewsletter;
  viewer: SignedInViewer | null;
  decision: Decision;
  /** Present only when lib/access allowed this viewer. */
  body: string | null;
}

/** A sent newsletter as this request's viewer may read it (or as a signed-out visitor, `viewer: null`). */
export async function viewNewsletter(slug: string, options: { viewer?: null } = {}): Promise<NewsletterView | null> {
  const [newsletter, viewer] = await Promise.all([archivedNewsletterGate(slug), options.viewer === null ? null : getViewer()]);
  if (!newsletter) return null;
  const decision = canOpen(viewer, newsletter);
  const body = decision.allowed ? await getArchivedNewsletterBody(newsletter.id) : null;
  return { newsletter, viewer, decision, body };
}

/** The cached open page's view: only under a grant the proxy made for this newsletter and its gate now. */
export async function viewGrantedNewsletter(slug: string, grant: string): Promise<NewsletterView | null> {
  if (!looksLikeGrant(grant)) return null;
  const newsletter = await archivedNewsletterGate(slug);
  if (!newsletter || !isGrantedOpen("newsletter", newsletter, grant)) return null;
  return { newsletter, viewer: null, decision: { allowed: true }, body: await getArchivedNewsletterBody(newsletter.id) };
}

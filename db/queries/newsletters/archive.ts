import "server-only";
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { db } from "@/db";
import { newsletters, organisations } from "@/db/schema";
import { isSlug } from "../shared";

/** Sent (or being sent) newsletters are in the archive; drafts and scheduled ones are not. */
export const inArchive = inArray(newsletters.status, ["sending", "sent"]);

/** The tiers the audience's organisations hold (their archive gate). */
export const audienceOrganisationTiers = sql<string[]>`(select coalesce(array_agg(distinct o.tier_slug), '{}'::text[]) from ${organisations} o
    where o.id = any(${newsletters.audienceOrganisations}))`;

const teaserColumns = {
  id: newsletters.id,
  slug: newsletters.slug,
  subject: newsletters.subject,
  preheader: newsletters.preheader,
  sendAt: newsletters.sendAt,
  audience: newsletters.audience,
  audienceTiers: newsletters.audienceTiers,
  audienceOrganisations: newsletters.audienceOrganisations,
  audienceTopics: newsletters.audienceTopics,
  organisationTiers: audienceOrganisationTiers,
};

export interface ArchivedNewsletterRow {
  id: string;
  slug: string;
  subject: string;
  preheader: string;
  sendAt: Date | null;
  audience: "all" | "tiers" | "organisations" | "topics";
  audienceTiers: string[];
  audienceOrganisations: string[];
  audienceTopics: string[];
  organisationTiers: string[];
};

/** The archive: every sent newsletter's title, date and gate (the body is not read). */
export async function listArchivedNewsletters(limit = 100): Promise<ArchivedNewsletterRow[]> {
  const rows = await db.select(teaserColumns).from(newsletters).where(inArchive).orderBy(desc(newsletters.sendAt)).limit(limit);
  return rows as ArchivedNewsletterRow[];
}

/** One archived newsletter's teaser and audience (what its gate is made from); null when none. */
export async function getArchivedNewsletter(slug: string): Promise<ArchivedNewsletterRow | null> {
  if (!isSlug(slug)) return null;
  const [row] = await db.select(teaserColumns).from(newsletters).where(and(eq(newsletters.slug, slug), inArchive)).limit(1);
  return (row as ArchivedNewsletterRow | undefined) ?? null;
}

/** The body, read only once lib/access has allowed the viewer. */
export async function getArchivedNewsletterBody(id: string): Promise<string | null> {
  const [row] = await db.select({ body: newsletters.body }).from(newsletters).where(and(eq(newsletters.id, id), inArchive));
  return row?.body ?? null;
}

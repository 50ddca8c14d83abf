import "server-only";
import { listOrganisationsForAudience, listTopicsForAudience } from "@/db/queries/newsletters";
import { listTiers } from "@/db/queries/taxonomy";

/** The choices for a newsletter's audience: tiers, organisations, topics. */
export async function audienceOptions() {
  const [tiers, organisations, topics] = await Promise.all([listTiers(), listOrganisationsForAudience(), listTopicsForAudience()]);
  return {
    tiers: tiers.map((t) => ({ value: t.slug, label: t.name })),
    organisations: organisations.map((o) => ({ value: o.id, label: o.name })),
    topics: topics.map((t) => ({ value: t.id, label: t.name })),
  };
}

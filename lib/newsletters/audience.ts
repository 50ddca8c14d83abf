import type { Gate } from "@/lib/access";

export type AudienceKind = "all" | "tiers" | "organisations" | "topics";

export interface Audience {
  kind: AudienceKind;
  tiers: readonly string[];
  organisations: readonly string[];
  topics: readonly string[];
}

/**
 * Who may read a sent newsletter in the archive, as a gate `lib/access` decides on (the one rule):
 * a newsletter sent to tiers opens to those tiers; one sent to organisations' members opens to the
 * tiers those organisations hold (`organisationTiers`), as their staff hold them; one sent to every
 * subscriber or to a topic's followers opens to any signed-in member. Staff open every one.
 */
export function archiveGate(audience: Audience, organisationTiers: readonly string[] = []): Gate {
  if (audience.kind === "tiers") return { visibility: "tiers", tiers: [...audience.tiers] };
  if (audience.kind === "organisations") return { visibility: "tiers", tiers: [...new Set(organisationTiers)] };
  return { visibility: "members", tiers: [] };
}

/** "Gold members", "Members of Oakfield Primary School", "Readers following Assessment", "All subscribers". */
export function describeAudience(
  audience: Audience,
  names: { tiers: ReadonlyMap<string, string>; organisations: ReadonlyMap<string, string>; topics: ReadonlyMap<string, string> },
): string {
  const list = (ids: readonly string[], map: ReadonlyMap<string, string>) => ids.map((id) => map.get(id) ?? id).join(", ");
  switch (audience.kind) {
    case "all":
      return "All subscribers";
    case "tiers":
      return `${list(audience.tiers, names.tiers)} members`;
    case "organisations":
      return `Members of ${list(audience.organisations, names.organisations)}`;
    case "topics":
      return `Subscribers interested in ${list(audience.topics, names.topics)}`;
  }
}

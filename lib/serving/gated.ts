import "server-only";
import { getLiveResourceGate } from "@/db/queries/resources";
import { archivedNewsletterGate } from "@/lib/newsletters/archive";
import type { GrantedGate } from "./open-grant";
import type { GatedKind } from "./routes";

/** A live gated item as the proxy decides on it: who may open it, and its title for a refusal. */
export interface GatedItem extends GrantedGate {
  title: string;
}

/**
 * Each gated content kind's gate: how the proxy finds, from a slug, whom `lib/access` lets open it.
 * A new kind is one entry here, its row(s) in the route table, and its views (components/gated).
 */
export const gates: Record<GatedKind, (slug: string) => Promise<GatedItem | null>> = {
  resource: getLiveResourceGate,
  newsletter: archivedNewsletterGate,
};

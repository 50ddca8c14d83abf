import "server-only";
import { and, eq } from "drizzle-orm";
import { db, getConnection } from "@/db";
import { processSlot } from "@/db/process-state";
import { resources, type Visibility } from "@/db/schema";
import { isLive, isSlug } from "../shared";
import { resourceTiersJson } from "./columns";

export type ResourceGate = { id: string; slug: string; title: string; visibility: Visibility; tiers: string[] };

/**
 * On the embedded database a live resource's gate is remembered for a few seconds. PGlite runs one
 * query at a time for the whole server, so under a burst of members opening a resource this
 * shortens the queue the proxy waits in. Sound there because one process owns the database, and
 * every staff change to a resource or a tier forgets all gates (`forgetResourceGates`) before
 * anyone is told it is saved; a read that was under way during the change is not remembered. Not
 * on PostgreSQL, where other processes write. Only a convenience: the pages and the download route
 * decide again from the database.
 */
const GATE_MEMO_MS = 10_000;
const GATE_MEMO_MAX = 5_000;
// A process slot, not a module variable: the proxy reads it and staff saves clear it from other bundles.
const gateMemo = processSlot("resource-gate-memo", () => ({ generation: 0, entries: new Map<string, { gate: ResourceGate; at: number }>() }));

export function forgetResourceGates(): void {
  gateMemo.generation++;
  gateMemo.entries.clear();
}

/** Just who may open a live resource (for the proxy's fast check); null when there is none. */
export async function getLiveResourceGate(slug: string): Promise<ResourceGate | null> {
  if (!isSlug(slug)) return null;
  const remember = getConnection().kind === "pglite";
  const known = remember ? gateMemo.entries.get(slug) : undefined;
  if (known && Date.now() - known.at < GATE_MEMO_MS) return known.gate;
  const generation = gateMemo.generation;
  const [row] = await db
    .select({ id: resources.id, slug: resources.slug, title: resources.title, visibility: resources.visibility, tiers: resourceTiersJson })
    .from(resources)
    .where(and(eq(resources.slug, slug), isLive(resources)))
    .limit(1);
  // Only live gates: a resource stops being live only by a staff change, which forgets them all.
  if (remember && row && generation === gateMemo.generation) {
    if (gateMemo.entries.size >= GATE_MEMO_MAX) gateMemo.entries.clear();
    gateMemo.entries.set(slug, { gate: row, at: Date.now() });
  }
  return row ?? null;
}

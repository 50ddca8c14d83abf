import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { searchSynonyms } from "@/db/schema";
import { recordAudit } from "../audit";

export interface SynonymRow {
  id: string;
  terms: string[];
}

/** Every group of the search vocabulary, in the order staff read them (by the form shown first). */
export async function listSynonymGroups(): Promise<SynonymRow[]> {
  return db
    .select({ id: searchSynonyms.id, terms: searchSynonyms.terms })
    .from(searchSynonyms)
    .orderBy(asc(sql`lower(${searchSynonyms.terms}[1])`), asc(searchSynonyms.id));
}

const describe = (terms: readonly string[]) => terms.join(" / ");

/** A new group, audited in the same transaction. */
export async function createSynonymGroup(actorId: string, terms: string[]): Promise<{ id: string }> {
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(searchSynonyms).values({ terms }).returning({ id: searchSynonyms.id });
    await recordAudit(tx, {
      actorId,
      action: "create",
      entityType: "synonym",
      entityId: row!.id,
      summary: `Added to the search vocabulary: ${describe(terms)}`,
      changes: { terms: { from: null, to: describe(terms) } },
    });
    return row!;
  });
}

/** Changes a group's terms; null when it no longer exists, `changed: false` when they are the same. */
export async function updateSynonymGroup(actorId: string, id: string, terms: string[]): Promise<{ changed: boolean } | null> {
  return db.transaction(async (tx) => {
    const [before] = await tx.select({ terms: searchSynonyms.terms }).from(searchSynonyms).where(eq(searchSynonyms.id, id)).for("update");
    if (!before) return null;
    if (describe(before.terms) === describe(terms)) return { changed: false };
    await tx.update(searchSynonyms).set({ terms, updatedAt: new Date() }).where(eq(searchSynonyms.id, id));
    await recordAudit(tx, {
      actorId,
      action: "update",
      entityType: "synonym",
      entityId: id,
      summary: `Edited the search vocabulary: ${describe(terms)}`,
      changes: { terms: { from: describe(before.terms), to: describe(terms) } },
    });
    return { changed: true };
  });
}

/** Removes a group; false when it was already gone. */
export async function deleteSynonymGroup(actorId: string, id: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [gone] = await tx.delete(searchSynonyms).where(eq(searchSynonyms.id, id)).returning({ terms: searchSynonyms.terms });
    if (!gone) return false;
    await recordAudit(tx, {
      actorId,
      action: "delete",
      entityType: "synonym",
      entityId: id,
      summary: `Removed from the search vocabulary: ${describe(gone.terms)}`,
      changes: { terms: { from: describe(gone.terms), to: null } },
    });
    return true;
  });
}

import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { tiers } from "@/db/schema";
import { diffChanges } from "@/lib/admin/diff";
import { recordAudit } from "./audit";

export interface TierFields {
  name: string;
  description: string;
  benefits: string[];
  priceText: string;
  position: number;
}

/** Edits what the public membership page says about a tier. Its slug (used in access rules) never changes. */
export async function updateTier(actorId: string, slug: string, fields: TierFields) {
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select({
        name: tiers.name,
        description: tiers.description,
        benefits: tiers.benefits,
        priceText: tiers.priceText,
        position: tiers.position,
      })
      .from(tiers)
      .where(eq(tiers.slug, slug))
      .for("update");
    if (!before) return null;
    // Benefits keep their order, so compare them as one text rather than as a set.
    const changes = diffChanges(
      { ...before, benefits: before.benefits.join("\n") },
      { ...fields, benefits: fields.benefits.join("\n") },
    );
    if (Object.keys(changes).length === 0) return { changed: false };
    await tx.update(tiers).set({ ...fields, updatedAt: new Date() }).where(eq(tiers.slug, slug));
    await recordAudit(tx, {
      actorId,
      action: "update",
      entityType: "tier",
      entityId: slug,
      summary: `Edited the ${fields.name} tier (${Object.keys(changes).join(", ")})`,
      changes,
    });
    return { changed: true };
  });
}

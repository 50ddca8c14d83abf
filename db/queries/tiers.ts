import "server-only";
import { asc, eq } from "drizzle-orm";
import { db, type Executor } from "@/db";
import { tiers } from "@/db/schema";
import { recordAudit } from "./audit";
import { diffChanges } from "./audit/changes";

/** Tiers: what the membership page and access badges show, and how staff edit it. */
export async function listTiers() {
  return db
    .select({
      slug: tiers.slug,
      name: tiers.name,
      description: tiers.description,
      benefits: tiers.benefits,
      annualPricePence: tiers.annualPricePence,
      vatTreatment: tiers.vatTreatment,
      position: tiers.position,
    })
    .from(tiers)
    .orderBy(asc(tiers.position));
}

export type TierSummary = Awaited<ReturnType<typeof listTiers>>[number];

export interface TierFields {
  name: string;
  description: string;
  benefits: string[];
  annualPricePence: number;
  vatTreatment: "exempt" | "standard";
  position: number;
}

/** Edits a tier: what the membership page says, its price and VAT. Its slug (used in access rules) never changes. */
export async function updateTier(actorId: string, slug: string, fields: TierFields) {
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select({
        name: tiers.name,
        description: tiers.description,
        benefits: tiers.benefits,
        annualPricePence: tiers.annualPricePence,
        vatTreatment: tiers.vatTreatment,
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
    const repriced = before.annualPricePence !== fields.annualPricePence || before.vatTreatment !== fields.vatTreatment;
    // A new price is a new Stripe Price (made on the next checkout); members already paying keep theirs.
    await tx
      .update(tiers)
      .set({ ...fields, ...(repriced ? { stripePriceId: null } : {}), updatedAt: new Date() })
      .where(eq(tiers.slug, slug));
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

/** Tier slugs and names in order, read inside the caller's transaction (a member import checks against them). */
export async function listTierNames(executor: Executor = db) {
  return executor.select({ slug: tiers.slug, name: tiers.name }).from(tiers).orderBy(asc(tiers.position));
}

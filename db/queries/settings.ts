import "server-only";
import { eq } from "drizzle-orm";
import { db, type Executor } from "@/db";
import { siteSettings } from "@/db/schema";
import { recordAudit } from "./audit";

/** Days a lapsed or unpaid membership keeps its access (with a banner): one month by default. */
export const DEFAULT_GRACE_DAYS = 30;

export async function getGraceDays(executor: Executor = db): Promise<number> {
  const [row] = await executor.select({ value: siteSettings.value }).from(siteSettings).where(eq(siteSettings.key, "grace-days"));
  return typeof row?.value === "number" ? row.value : DEFAULT_GRACE_DAYS;
}

/** Sets the grace period (audited); false when it was already that. */
export async function setGraceDays(actorId: string, days: number): Promise<boolean> {
  return db.transaction(async (tx) => {
    const before = await getGraceDays(tx);
    if (before === days) return false;
    await tx
      .insert(siteSettings)
      .values({ key: "grace-days", value: days })
      .onConflictDoUpdate({ target: siteSettings.key, set: { value: days, updatedAt: new Date() } });
    await recordAudit(tx, {
      actorId,
      action: "change-settings",
      entityType: "setting",
      entityId: "grace-days",
      summary: `Set the grace period to ${days} days (was ${before})`,
      changes: { graceDays: { from: before, to: days } },
    });
    return true;
  });
}

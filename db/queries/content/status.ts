import type { ContentStatus } from "@/db/schema";

/** What a person sees: live now, waiting for its time, or not published. */
export type DisplayStatus = "draft" | "published" | "scheduled";

/** Mirrors `isLive`: not a draft and its time has come. */
export function displayStatus(status: ContentStatus, publishedAt: Date | null, now = new Date()): DisplayStatus {
  if (status === "draft" || !publishedAt) return "draft";
  return publishedAt.getTime() <= now.getTime() ? "published" : "scheduled";
}

/**
 * The publication time to store. Scheduled: the time asked for. Published without a time: the
 * time it first went live if it has one in the past (republishing keeps its date), else now.
 * Draft: whatever was asked, else what it had (so unpublishing keeps the date).
 */
export function resolvePublishedAt(
  status: ContentStatus,
  requested: Date | null,
  existing: Date | null,
  now = new Date(),
): Date | null {
  if (requested) return requested;
  if (status === "published") return existing && existing.getTime() <= now.getTime() ? existing : now;
  return existing;
}

export const auditVerbs = { update: "Edited", publish: "Published", schedule: "Scheduled", unpublish: "Unpublished" } as const;

/** "publish", "schedule", "unpublish" when the item's public state changes; "update" otherwise. */
export function auditAction(
  before: DisplayStatus | null,
  after: DisplayStatus,
): keyof typeof auditVerbs {
  if (before === after) return "update";
  return after === "published" ? "publish" : after === "scheduled" ? "schedule" : before ? "unpublish" : "update";
}

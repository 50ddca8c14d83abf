import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { storeFile } from "@/db/file-store";
import { eventMaterials, events, files } from "@/db/schema";
import { recordAudit } from "../audit";
import type { AttachedFile } from "../resources/files";

/** Who may open a material besides staff: people booked on the event, and members of these tiers. */
export interface MaterialAudience {
  attendees: boolean;
  tiers: string[];
}

/**
 * Adds a checked file as the event's material, gated to its audience (`lib/access`: tiers, plus the
 * event's pass when `attendees`). The bytes, the row and the audit entry commit together.
 * Returns the event's slug, or null when the event is gone.
 */
export async function addEventMaterial(actorId: string, eventId: string, title: string, audience: MaterialAudience, file: AttachedFile): Promise<{ slug: string; id: string } | null> {
  return db.transaction(async (tx) => {
    const [event] = await tx.select({ title: events.title, slug: events.slug }).from(events).where(eq(events.id, eventId)).for("update");
    if (!event) return null;
    const fileId = await storeFile(tx, file);
    const [pos] = await tx.select({ n: sql<number>`coalesce(max(${eventMaterials.position}) + 1, 0)`.mapWith(Number) }).from(eventMaterials).where(eq(eventMaterials.eventId, eventId));
    const [row] = await tx
      .insert(eventMaterials)
      .values({ eventId, title, fileId, visibility: "tiers", tiers: audience.tiers, attendees: audience.attendees, position: pos?.n ?? 0 })
      .returning({ id: eventMaterials.id });
    await recordAudit(tx, {
      actorId,
      action: "attach-file",
      entityType: "event",
      entityId: eventId,
      summary: `Added “${title}” to event “${event.title}”: ${file.filename} (${file.sizeText})`,
      changes: { material: { title, file: file.filename, attendees: audience.attendees, tiers: audience.tiers } },
    });
    return { slug: event.slug, id: row!.id };
  });
}

/** Removes one of the event's materials and its file, audited. Null when it is not on this event. */
export async function removeEventMaterial(actorId: string, eventId: string, materialId: string): Promise<{ slug: string } | null> {
  return db.transaction(async (tx) => {
    const [material] = await tx
      .select({ title: eventMaterials.title, fileId: eventMaterials.fileId, filename: files.filename, eventTitle: events.title, slug: events.slug })
      .from(eventMaterials)
      .innerJoin(events, eq(events.id, eventMaterials.eventId))
      .innerJoin(files, eq(files.id, eventMaterials.fileId))
      .where(and(eq(eventMaterials.id, materialId), eq(eventMaterials.eventId, eventId)))
      .for("update", { of: eventMaterials });
    if (!material) return null;
    // The material row goes with its file (on delete cascade).
    await tx.delete(files).where(eq(files.id, material.fileId));
    await recordAudit(tx, {
      actorId,
      action: "remove-file",
      entityType: "event",
      entityId: eventId,
      summary: `Removed “${material.title}” (${material.filename}) from event “${material.eventTitle}”`,
      changes: { material: { title: material.title, file: material.filename } },
    });
    return { slug: material.slug };
  });
}

import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { storeFile, type NewFile } from "@/db/file-store";
import { files, resources } from "@/db/schema";
import { formatBytes } from "@/lib/format";
import { recordAudit } from "./audit";

/**
 * Attaches a checked file to a resource, replacing (and deleting) any earlier one: the bytes, the
 * link and the audit entry commit together. The form's version is not bumped, since the form
 * does not carry the file: an editor with the form open loses nothing.
 */
export async function attachResourceFile(actorId: string, resourceId: string, file: NewFile) {
  return db.transaction(async (tx) => {
    const [resource] = await tx
      .select({ title: resources.title, slug: resources.slug, fileId: resources.fileId, oldName: files.filename })
      .from(resources)
      .leftJoin(files, eq(files.id, resources.fileId))
      .where(eq(resources.id, resourceId))
      .for("update", { of: resources });
    if (!resource) return null;
    const fileId = await storeFile(tx, file);
    await tx.update(resources).set({ fileId, updatedAt: new Date(), updatedById: actorId }).where(eq(resources.id, resourceId));
    if (resource.fileId) await tx.delete(files).where(eq(files.id, resource.fileId));
    const replaced = Boolean(resource.fileId);
    await recordAudit(tx, {
      actorId,
      action: replaced ? "replace-file" : "attach-file",
      entityType: "resource",
      entityId: resourceId,
      summary: `${replaced ? "Replaced the file of" : "Attached a file to"} resource “${resource.title}”: ${file.filename} (${formatBytes(file.bytes.byteLength)})`,
      changes: { file: { from: resource.oldName ?? null, to: file.filename } },
    });
    return { slug: resource.slug, file: { filename: file.filename, contentType: file.contentType, size: file.bytes.byteLength } };
  });
}

export async function removeResourceFile(actorId: string, resourceId: string) {
  return db.transaction(async (tx) => {
    const [resource] = await tx
      .select({ title: resources.title, slug: resources.slug, fileId: resources.fileId, filename: files.filename })
      .from(resources)
      .leftJoin(files, eq(files.id, resources.fileId))
      .where(eq(resources.id, resourceId))
      .for("update", { of: resources });
    if (!resource) return null;
    if (!resource.fileId) return { slug: resource.slug, removed: false };
    await tx.update(resources).set({ fileId: null, updatedAt: new Date(), updatedById: actorId }).where(eq(resources.id, resourceId));
    await tx.delete(files).where(eq(files.id, resource.fileId));
    await recordAudit(tx, {
      actorId,
      action: "remove-file",
      entityType: "resource",
      entityId: resourceId,
      summary: `Removed the file ${resource.filename} from resource “${resource.title}”`,
      changes: { file: { from: resource.filename, to: null } },
    });
    return { slug: resource.slug, removed: true };
  });
}

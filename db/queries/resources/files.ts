import "server-only";
import { and, asc, eq, gte } from "drizzle-orm";
import { db, type Transaction } from "@/db";
import { storeFile, type NewFile } from "@/db/file-store";
import { fileChunks, files, resourceAlternatives, resources, type AlternativeKind } from "@/db/schema";

/** A file to attach, with its size as the audit log words it ("240 KB"). */
export type AttachedFile = NewFile & { sizeText: string };
import { recordAudit } from "../audit";

/**
 * Attaches a checked file to a resource, replacing (and deleting) any earlier one: the bytes, the
 * link and the audit entry commit together. The form's version is not bumped, since the form
 * does not carry the file: an editor with the form open loses nothing.
 */
export async function attachResourceFile(actorId: string, resourceId: string, file: AttachedFile) {
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
      summary: `${replaced ? "Replaced the file of" : "Attached a file to"} resource “${resource.title}”: ${file.filename} (${file.sizeText})`,
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

const alternativeNames: Record<AlternativeKind, string> = { "large-print": "large-print version", audio: "audio version" };

/** The resource (locked for this transaction) and its current file of this kind, if any. */
async function lockAlternative(tx: Transaction, resourceId: string, kind: AlternativeKind) {
  const [resource] = await tx
    .select({ title: resources.title, slug: resources.slug })
    .from(resources)
    .where(eq(resources.id, resourceId))
    .for("update");
  if (!resource) return null;
  const [old] = await tx
    .select({ fileId: resourceAlternatives.fileId, filename: files.filename })
    .from(resourceAlternatives)
    .innerJoin(files, eq(files.id, resourceAlternatives.fileId))
    .where(and(eq(resourceAlternatives.resourceId, resourceId), eq(resourceAlternatives.kind, kind)));
  return { resource, old };
}

/**
 * Attaches (or replaces) a resource's large-print or audio version: the bytes, the link and the
 * audit entry commit together, and a replaced file is deleted with them.
 */
export async function attachResourceAlternative(actorId: string, resourceId: string, kind: AlternativeKind, file: AttachedFile) {
  return db.transaction(async (tx) => {
    const found = await lockAlternative(tx, resourceId, kind);
    if (!found) return null;
    const { resource, old } = found;
    const fileId = await storeFile(tx, file);
    if (old) {
      await tx
        .update(resourceAlternatives)
        .set({ fileId })
        .where(and(eq(resourceAlternatives.resourceId, resourceId), eq(resourceAlternatives.kind, kind)));
      await tx.delete(files).where(eq(files.id, old.fileId));
    } else {
      await tx.insert(resourceAlternatives).values({ resourceId, kind, fileId });
    }
    await tx.update(resources).set({ updatedAt: new Date(), updatedById: actorId }).where(eq(resources.id, resourceId));
    const name = alternativeNames[kind];
    await recordAudit(tx, {
      actorId,
      action: old ? "replace-file" : "attach-file",
      entityType: "resource",
      entityId: resourceId,
      summary: `${old ? `Replaced the ${name} of` : `Attached ${kind === "audio" ? "an" : "a"} ${name} to`} resource “${resource.title}”: ${file.filename} (${file.sizeText})`,
      changes: { [kind]: { from: old?.filename ?? null, to: file.filename } },
    });
    return { slug: resource.slug, file: { filename: file.filename, contentType: file.contentType, size: file.bytes.byteLength } };
  });
}

export async function removeResourceAlternative(actorId: string, resourceId: string, kind: AlternativeKind) {
  return db.transaction(async (tx) => {
    const found = await lockAlternative(tx, resourceId, kind);
    if (!found) return null;
    const { resource, old } = found;
    if (!old) return { slug: resource.slug, removed: false };
    // Deleting the file removes the link too (the foreign key cascades).
    await tx.delete(files).where(eq(files.id, old.fileId));
    await tx.update(resources).set({ updatedAt: new Date(), updatedById: actorId }).where(eq(resources.id, resourceId));
    await recordAudit(tx, {
      actorId,
      action: "remove-file",
      entityType: "resource",
      entityId: resourceId,
      summary: `Removed the ${alternativeNames[kind]} ${old.filename} from resource “${resource.title}”`,
      changes: { [kind]: { from: old.filename, to: null } },
    });
    return { slug: resource.slug, removed: true };
  });
}

/**
 * Streams a file's bytes chunk by chunk, a few chunks per query, so a large file is never held
 * in memory whole.
 */
export function streamFile(id: string, chunksPerQuery = 4): ReadableStream<Uint8Array> {
  let next = 0;
  let done = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (done) return;
      const rows = await db
        .select({ seq: fileChunks.seq, data: fileChunks.data })
        .from(fileChunks)
        .where(and(eq(fileChunks.fileId, id), gte(fileChunks.seq, next)))
        .orderBy(asc(fileChunks.seq))
        .limit(chunksPerQuery);
      for (const row of rows) controller.enqueue(new Uint8Array(row.data));
      if (rows.length < chunksPerQuery) {
        done = true;
        controller.close();
      } else {
        next = rows[rows.length - 1]!.seq + 1;
      }
    },
  });
}

import "server-only";
import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { storeFile, type NewFile } from "@/db/file-store";
import { files, media } from "@/db/schema";
import { mediaPath, parseMediaPath } from "@/lib/uploads/media-path";

/** Uploaded images: stored once per distinct content, public, served at their content address. */

export interface StoredImage {
  path: string;
  /** False when the same bytes were uploaded before: their first name and address are kept. */
  created: boolean;
}

/** Stores a checked image (see lib/uploads/image-type), or finds the same bytes stored before. */
export async function storeImage(actorId: string, image: NewFile): Promise<StoredImage> {
  const sha256 = createHash("sha256").update(image.bytes).digest("hex");
  const existing = await getImageFile(sha256);
  if (existing) return { path: mediaPath(sha256, existing.filename), created: false };
  return db.transaction(async (tx) => {
    const fileId = await storeFile(tx, image);
    const [row] = await tx.insert(media).values({ sha256, fileId, uploadedById: actorId }).onConflictDoNothing().returning({ sha256: media.sha256 });
    if (row) return { path: mediaPath(sha256, image.filename), created: true };
    // Someone uploaded the same bytes a moment ago: theirs stands, this copy goes.
    await tx.delete(files).where(eq(files.id, fileId));
    const [first] = await tx
      .select({ filename: files.filename })
      .from(media)
      .innerJoin(files, eq(files.id, media.fileId))
      .where(eq(media.sha256, sha256));
    return { path: mediaPath(sha256, first!.filename), created: false };
  });
}

/** What serving an image needs, by its content hash. */
export async function getImageFile(sha256: string) {
  const [row] = await db
    .select({ fileId: files.id, filename: files.filename, contentType: files.contentType, size: files.size })
    .from(media)
    .innerJoin(files, eq(files.id, media.fileId))
    .where(eq(media.sha256, sha256))
    .limit(1);
  return row ?? null;
}

/** True when `path` is the address of an uploaded image, exactly as it is served. */
export async function isUploadedImage(path: string): Promise<boolean> {
  const parsed = parseMediaPath(path);
  if (!parsed) return false;
  const file = await getImageFile(parsed.sha256);
  return file?.filename === parsed.filename;
}

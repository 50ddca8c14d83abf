import "server-only";
import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { storeFile, type NewFile } from "@/db/file-store";
import { files, media } from "@/db/schema";

/** Uploaded images: stored once per distinct content, public, served at their content address. */

export interface StoredImage {
  sha256: string;
  /** The name it is served under: the first upload's, when the same bytes were uploaded before. */
  filename: string;
  created: boolean;
}

/** Stores a checked image (see lib/uploads/image-type), or finds the same bytes stored before. */
export async function storeImage(actorId: string, image: NewFile): Promise<StoredImage> {
  const sha256 = createHash("sha256").update(image.bytes).digest("hex");
  const existing = await getImageFile(sha256);
  if (existing) return { sha256, filename: existing.filename, created: false };
  return db.transaction(async (tx) => {
    const fileId = await storeFile(tx, image);
    const [row] = await tx.insert(media).values({ sha256, fileId, uploadedById: actorId }).onConflictDoNothing().returning({ sha256: media.sha256 });
    if (row) return { sha256, filename: image.filename, created: true };
    // Someone uploaded the same bytes a moment ago: theirs stands, this copy goes.
    await tx.delete(files).where(eq(files.id, fileId));
    const [first] = await tx
      .select({ filename: files.filename })
      .from(media)
      .innerJoin(files, eq(files.id, media.fileId))
      .where(eq(media.sha256, sha256));
    return { sha256, filename: first!.filename, created: false };
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

/** True when an image with these bytes is stored under exactly this name. */
export async function isStoredImage(sha256: string, filename: string): Promise<boolean> {
  return (await getImageFile(sha256))?.filename === filename;
}

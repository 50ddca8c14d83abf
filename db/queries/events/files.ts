import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { files } from "@/db/schema";

export async function getFileMeta(id: string) {
  const [row] = await db.select({ id: files.id, filename: files.filename, contentType: files.contentType, size: files.size }).from(files).where(eq(files.id, id));
  return row ?? null;
}

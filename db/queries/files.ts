import "server-only";
import { and, asc, eq, gte } from "drizzle-orm";
import { db } from "@/db";
import { fileChunks } from "@/db/schema";

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

import { createHash } from "node:crypto";
import type { Executor } from "./index";
import { fileChunks, files } from "./schema";

/** Files are stored in 256 KiB chunks so downloads can stream them a few chunks at a time. */
export const CHUNK_SIZE = 256 * 1024;

export interface NewFile {
  filename: string;
  contentType: string;
  bytes: Uint8Array;
}

/** Stores a file's metadata and bytes; call inside the transaction that attaches it. */
export async function storeFile(tx: Executor, file: NewFile): Promise<string> {
  const sha256 = createHash("sha256").update(file.bytes).digest("hex");
  const [row] = await tx
    .insert(files)
    .values({ filename: file.filename, contentType: file.contentType, size: file.bytes.byteLength, sha256 })
    .returning({ id: files.id });
  const id = row!.id;
  const chunks = [];
  for (let offset = 0, seq = 0; offset < file.bytes.byteLength || seq === 0; offset += CHUNK_SIZE, seq++) {
    chunks.push({ fileId: id, seq, data: file.bytes.subarray(offset, offset + CHUNK_SIZE) });
  }
  await tx.insert(fileChunks).values(chunks);
  return id;
}

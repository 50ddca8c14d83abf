import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { CHUNK_SIZE, storeFile } from "./file-store";
import { streamFile } from "./queries/files";

async function readAll(stream: ReadableStream<Uint8Array>) {
  const parts: Uint8Array[] = [];
  const reader = stream.getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) parts.push(r.value);
  return Buffer.concat(parts);
}

describe("file storage", () => {
  it.each([0, 1, CHUNK_SIZE, CHUNK_SIZE * 3 + 17])("stores and streams %i bytes intact", async (size) => {
    const bytes = new Uint8Array(size).map((_, i) => (i * 31 + 7) % 256);
    const id = await storeFile(db, { filename: "x.bin", contentType: "application/octet-stream", bytes });
    const back = await readAll(streamFile(id, 2));
    expect(back.byteLength).toBe(size);
    expect(createHash("sha256").update(back).digest("hex")).toBe(createHash("sha256").update(bytes).digest("hex"));
  });
});

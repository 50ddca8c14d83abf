import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { accounts, files } from "@/db/schema";
import { getImageFile, isUploadedImage, storeImage } from "./media";
import { listLiveNews, updateArticle, getArticleForEdit } from "./news";
import { streamFile } from "./resources/files";
import { parseMediaPath } from "@/lib/uploads/media-path";

const png = (marker: number) => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, marker, 1, 2, 3]);

async function editorId() {
  const [row] = await db.select({ id: accounts.id }).from(accounts).where(eq(accounts.email, "editor@example.org"));
  return row!.id;
}

async function readAll(stream: ReadableStream<Uint8Array>) {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

describe("uploaded images", () => {
  it("stores an image once per content, at an address made from its bytes, and gives the bytes back", async () => {
    const editor = await editorId();
    const bytes = png(1);
    const first = await storeImage(editor, { filename: "chart.png", contentType: "image/png", bytes });
    expect(first.created).toBe(true);
    expect(first.path).toMatch(/^\/media\/[0-9a-f]{64}\/chart\.png$/);
    const again = await storeImage(editor, { filename: "copy-of-chart.png", contentType: "image/png", bytes });
    expect(again).toEqual({ path: first.path, created: false });
    const stored = await getImageFile(parseMediaPath(first.path)!.sha256);
    expect(stored).toMatchObject({ filename: "chart.png", contentType: "image/png", size: bytes.byteLength });
    expect(await readAll(streamFile(stored!.fileId))).toEqual(bytes);
    expect(await db.$count(files, eq(files.filename, "copy-of-chart.png"))).toBe(0);
  });

  it("knows its own addresses exactly, and nothing else", async () => {
    const { path } = await storeImage(await editorId(), { filename: "pupils.png", contentType: "image/png", bytes: png(2) });
    expect(await isUploadedImage(path)).toBe(true);
    expect(await isUploadedImage(path.replace("pupils.png", "other.png"))).toBe(false);
    expect(await isUploadedImage(`/media/${"0".repeat(64)}/pupils.png`)).toBe(false);
    expect(await isUploadedImage("https://example.org/pupils.png")).toBe(false);
  });

  it("puts an article's feature image and its description on its card", async () => {
    const editor = await editorId();
    const { path } = await storeImage(editor, { filename: "reading.png", contentType: "image/png", bytes: png(3) });
    const [latest] = (await listLiveNews(1)).items;
    const article = (await getArticleForEdit(latest!.id))!;
    const saved = await updateArticle(editor, article.id, article.version, {
      ...article,
      featureImage: path,
      featureImageAlt: "Two pupils reading together",
    });
    expect(saved.ok).toBe(true);
    const [card] = (await listLiveNews(1)).items;
    expect(card).toMatchObject({ id: article.id, featureImage: path, featureImageAlt: "Two pupils reading together" });
  });
});

import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { accounts, files } from "@/db/schema";
import { getImageFile, isStoredImage, storeImage } from "./media";
import { getArticleForEdit, listLiveNews, updateArticle } from "./news";
import { streamFile } from "./resources/files";

const png = (marker: number) => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, marker, 1, 2, 3]);

async function editorId() {
  const [row] = await db.select({ id: accounts.id }).from(accounts).where(eq(accounts.email, "editor@example.org"));
  return row!.id;
}

async function readAll(stream: ReadableStream<Uint8Array>) {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

describe("uploaded images", () => {
  it("stores an image once per content, named by its SHA-256, and gives the bytes back", async () => {
    const editor = await editorId();
    const bytes = png(1);
    const first = await storeImage(editor, { filename: "chart.png", contentType: "image/png", bytes });
    expect(first).toMatchObject({ filename: "chart.png", created: true });
    expect(first.sha256).toMatch(/^[0-9a-f]{64}$/);
    const again = await storeImage(editor, { filename: "copy-of-chart.png", contentType: "image/png", bytes });
    expect(again).toEqual({ sha256: first.sha256, filename: "chart.png", created: false });
    const stored = await getImageFile(first.sha256);
    expect(stored).toMatchObject({ filename: "chart.png", contentType: "image/png", size: bytes.byteLength });
    expect(await readAll(streamFile(stored!.fileId))).toEqual(bytes);
    expect(await db.$count(files, eq(files.filename, "copy-of-chart.png"))).toBe(0);
  });

  it("knows an image only by its bytes and the name it was stored under", async () => {
    const { sha256 } = await storeImage(await editorId(), { filename: "pupils.png", contentType: "image/png", bytes: png(2) });
    expect(await isStoredImage(sha256, "pupils.png")).toBe(true);
    expect(await isStoredImage(sha256, "other.png")).toBe(false);
    expect(await isStoredImage("0".repeat(64), "pupils.png")).toBe(false);
  });

  it("puts an article's feature image and its description on its card", async () => {
    const editor = await editorId();
    const { sha256 } = await storeImage(editor, { filename: "reading.png", contentType: "image/png", bytes: png(3) });
    const path = `/media/${sha256}/reading.png`;
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

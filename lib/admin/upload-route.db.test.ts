import { describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { accounts, auditLog, resources } from "@/db/schema";
import type { SignedInViewer } from "@/lib/auth/viewer";
import { env } from "@/lib/env";

/* The attachment upload handler as staff: size cap, type check by content, storage and audit. */
const viewer = vi.hoisted(() => ({ current: null as SignedInViewer | null }));
vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => viewer.current }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

const { PUT } = await import("@/app/api/admin/resources/[id]/file/route");
const { getResourceForEdit } = await import("@/db/queries/resources/admin");
const { removeResourceAlternative } = await import("@/db/queries/resources/files");

async function setup() {
  const [editor] = await db.select().from(accounts).where(eq(accounts.email, "editor@example.org"));
  viewer.current = { ...editor!, organisation: null, sessionId: crypto.randomUUID(), secondFactor: false };
  const [resource] = await db.select({ id: resources.id }).from(resources).where(eq(resources.slug, "training-opportunities"));
  return resource!.id;
}

function put(id: string, body: BodyInit, headers: Record<string, string> = {}, query = "") {
  const request = new Request(`http://localhost/api/admin/resources/${id}/file${query}`, {
    method: "PUT",
    headers: { origin: "http://localhost", host: "localhost", "x-file-name": encodeURIComponent("Plan é.pdf"), ...headers },
    body,
    duplex: "half",
  } as RequestInit);
  return PUT(request as never, { params: Promise.resolve({ id }) });
}

describe("attachment upload", () => {
  it("refuses a file over the cap, whether or not it declares its size, with both sizes in the message", async () => {
    const id = await setup();
    const before = await db.$count(auditLog);
    const declared = await put(id, "%PDF-small", { "content-length": String(env.MAX_UPLOAD_BYTES + 1) });
    expect(declared.status).toBe(413);
    expect((await declared.json()).error).toMatch(/the largest file you can attach is 25\.0 MB/);

    const big = new Uint8Array(env.MAX_UPLOAD_BYTES + 1);
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < big.length; i += 1024 * 1024) controller.enqueue(big.subarray(i, i + 1024 * 1024));
        controller.close();
      },
    });
    const streamed = await put(id, stream);
    expect(streamed.status).toBe(413);
    expect(await db.$count(auditLog)).toBe(before);
  });

  it("refuses content that does not match the name, and another site's page", async () => {
    const id = await setup();
    const fake = await put(id, "MZ not a pdf");
    expect(fake.status).toBe(415);
    expect((await fake.json()).error).toMatch(/is not really a PDF file/);
    const crossSite = await put(id, "%PDF-1.4", { origin: "https://evil.example" });
    expect(crossSite.status).toBe(403);
  });

  it("stores a good file, replacing the old one, with an audit entry", async () => {
    const id = await setup();
    const response = await put(id, "%PDF-1.4 new plan");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ file: { filename: "Plan é.pdf", contentType: "application/pdf", size: 17 } });
    expect((await getResourceForEdit(id))?.file).toEqual({ filename: "Plan é.pdf", contentType: "application/pdf", size: 17 });
    const [entry] = await db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(entry).toMatchObject({ action: "replace-file", changes: { file: { from: "training-opportunities.pdf", to: "Plan é.pdf" } } });
  });

  it("sets, replaces and removes the large-print and audio versions, each audited, leaving the main file alone", async () => {
    const id = await setup();
    const before = await getResourceForEdit(id);
    const largePrint = await put(id, "%PDF-1.4 large print", { "x-file-name": "Plan large print.pdf" }, "?format=large-print");
    expect(largePrint.status).toBe(200);
    const mp3 = new Uint8Array([0x49, 0x44, 0x33, 0x04, 0x00, 0x00, 0x00, 0x00]);
    const audio = await put(id, mp3, { "x-file-name": "plan.mp3" }, "?format=audio");
    expect(audio.status).toBe(200);
    const after = await getResourceForEdit(id);
    expect(after?.largePrint).toEqual({ filename: "Plan large print.pdf", contentType: "application/pdf", size: 20 });
    expect(after?.audio).toEqual({ filename: "plan.mp3", contentType: "audio/mpeg", size: 8 });
    expect(after?.file).toEqual(before?.file);

    // A PDF is not audio, and a renamed PDF is not an MP3: both refused, nothing changed.
    expect((await put(id, "%PDF-1.4", { "x-file-name": "talk.pdf" }, "?format=audio")).status).toBe(415);
    expect((await put(id, "%PDF-1.4", { "x-file-name": "talk.mp3" }, "?format=audio")).status).toBe(415);
    expect((await put(id, "%PDF-1.4", {}, "?format=braille")).status).toBe(400);
    expect((await getResourceForEdit(id))?.audio?.filename).toBe("plan.mp3");

    const ogg = new Uint8Array([0x4f, 0x67, 0x67, 0x53, 0x00, 0x02]);
    expect((await put(id, ogg, { "x-file-name": "plan.ogg" }, "?format=audio")).status).toBe(200);
    expect((await getResourceForEdit(id))?.audio).toEqual({ filename: "plan.ogg", contentType: "audio/ogg", size: 6 });
    const editor = viewer.current!.id;
    expect(await removeResourceAlternative(editor, id, "audio")).toEqual({ slug: "training-opportunities", removed: true });
    expect((await getResourceForEdit(id))?.audio).toBeNull();

    const entries = await db.select().from(auditLog).where(eq(auditLog.entityId, id)).orderBy(auditLog.id);
    expect(entries.slice(-4).map((e) => e.summary)).toEqual([
      "Attached a large-print version to resource “Training opportunities”: Plan large print.pdf (20 bytes)",
      "Attached an audio version to resource “Training opportunities”: plan.mp3 (8 bytes)",
      "Replaced the audio version of resource “Training opportunities”: plan.ogg (6 bytes)",
      "Removed the audio version plan.ogg from resource “Training opportunities”",
    ]);
    expect(entries.at(-1)).toMatchObject({ actorId: editor, action: "remove-file", changes: { audio: { from: "plan.ogg", to: null } } });
  });
});

import { describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { accounts, auditLog, resources } from "@/db/schema";
import type { SignedInViewer } from "@/lib/auth/viewer";
import { env } from "@/lib/env";

/* The attachment upload handler as staff: size cap, type check by content, storage and audit. */
const viewer = vi.hoisted(() => ({ current: null as SignedInViewer | null }));
vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => viewer.current }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const { PUT } = await import("@/app/api/admin/resources/[id]/file/route");
const { getResourceForEdit } = await import("@/db/queries/admin-resources");

async function setup() {
  const [editor] = await db.select().from(accounts).where(eq(accounts.email, "editor@example.org"));
  viewer.current = { ...editor!, organisation: null };
  const [resource] = await db.select({ id: resources.id }).from(resources).where(eq(resources.slug, "training-opportunities"));
  return resource!.id;
}

function put(id: string, body: BodyInit, headers: Record<string, string> = {}) {
  const request = new Request(`http://localhost/api/admin/resources/${id}/file`, {
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
});

import { describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { accounts } from "@/db/schema";
import type { SignedInViewer } from "@/lib/auth/viewer";

/* The image upload handler (staff only, type by content) and the public address that serves the image. */
const viewer = vi.hoisted(() => ({ current: null as SignedInViewer | null }));
vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => viewer.current }));

const { POST } = await import("@/app/api/admin/media/route");
const { GET } = await import("@/app/(public)/media/[hash]/[name]/route");

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 7, 7]);

async function signInAs(email: string) {
  const [account] = await db.select().from(accounts).where(eq(accounts.email, email));
  viewer.current = { ...account!, organisation: null, sessionId: crypto.randomUUID(), secondFactor: true };
}

function upload(body: BodyInit, name = "Reading Corner.png", headers: Record<string, string> = {}) {
  const request = new Request("http://localhost/api/admin/media", {
    method: "POST",
    headers: { origin: "http://localhost", host: "localhost", "x-file-name": encodeURIComponent(name), ...headers },
    body,
  });
  return POST(request as never);
}

function fetchImage(path: string, headers: Record<string, string> = {}) {
  const [, , hash, name] = path.split("/");
  return GET(new Request(`http://localhost${path}`, { headers }), { params: Promise.resolve({ hash: hash!, name: name! }) });
}

describe("image upload and serving", () => {
  it("takes an image from staff and serves it publicly at its content address, cached for good", async () => {
    await signInAs("editor@example.org");
    const response = await upload(png);
    expect(response.status).toBe(201);
    const { path } = await response.json();
    expect(path).toMatch(/^\/media\/[0-9a-f]{64}\/reading-corner\.png$/);

    const served = await fetchImage(path);
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("image/png");
    expect(served.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(served.headers.get("x-content-type-options")).toBe("nosniff");
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(png);
    expect((await fetchImage(path, { "if-none-match": served.headers.get("etag")! })).status).toBe(304);
    expect((await fetchImage(path.replace("reading-corner", "other"))).status).toBe(404);
    expect((await fetchImage(`/media/${"f".repeat(64)}/x.png`)).status).toBe(404);
    expect((await fetchImage("/media/not-a-hash/x.png")).status).toBe(404);
  });

  it("refuses members, files that are not images whatever their name, and other sites' pages", async () => {
    await signInAs("gold@example.org");
    const member = await upload(png);
    expect(member.status).toBe(403);
    expect((await member.json()).error).toBe("Only staff can do this.");

    await signInAs("editor@example.org");
    const disguised = await upload("<html><script>alert(1)</script></html>", "photo.png");
    expect(disguised.status).toBe(415);
    expect((await disguised.json()).error).toMatch(/^“photo.png” is not an image we can show/);
    const svg = await upload("<svg onload='alert(1)'/>", "logo.svg");
    expect((await svg.json()).error).toMatch(/SVG drawing, which can carry scripts/);
    expect((await upload(png, "x.png", { "content-length": String(9 * 1024 * 1024) })).status).toBe(413);
    expect((await upload(png, "x.png", { origin: "https://evil.example" })).status).toBe(403);
  });
});

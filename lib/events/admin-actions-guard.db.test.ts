import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { accounts, auditLog, eventMaterials, events, outbox } from "@/db/schema";
import type { SignedInViewer } from "@/lib/auth/viewer";

/* The events dashboard's message and materials actions, called directly by a member or signed-out visitor: each refuses and writes nothing. */
const viewer = vi.hoisted(() => ({ current: null as SignedInViewer | null }));
vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => viewer.current }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock("next/navigation", () => ({
  redirect: vi.fn(() => {
    throw new Error("redirected: the action went ahead");
  }),
}));

const actions = await import("@/app/admin/events/actions");
const idle = { status: "idle" as const };

async function viewerFor(email: string): Promise<SignedInViewer> {
  const [row] = await db.select().from(accounts).where(eq(accounts.email, email));
  return { ...row!, organisation: null, sessionId: crypto.randomUUID(), secondFactor: true };
}

describe("events dashboard actions called by someone not staff", () => {
  it("refuse to message attendees or add or remove materials, and write nothing", async () => {
    const [webinar] = await db.select({ id: events.id }).from(events).where(eq(events.slug, "send-funding-explained-webinar"));
    const [material] = await db.select({ id: eventMaterials.id, eventId: eventMaterials.eventId }).from(eventMaterials).limit(1);
    const message = new FormData();
    message.set("subject", "Hacked");
    message.set("message", "Spam");
    const upload = new FormData();
    upload.set("title", "Hacked");
    upload.set("attendees", "on");
    upload.set("file", new File([new TextEncoder().encode("%PDF-1.4\n%%EOF\n")], "x.pdf", { type: "application/pdf" }));
    const counts = async () => ({ outbox: await db.$count(outbox), audit: await db.$count(auditLog), materials: await db.$count(eventMaterials) });
    const before = await counts();
    for (const who of [null, await viewerFor("member@example.org"), await viewerFor("gold@example.org")]) {
      viewer.current = who;
      for (const call of [
        () => actions.messageAttendeesAction(webinar!.id, idle, message),
        () => actions.addMaterialAction(webinar!.id, idle, upload),
        () => actions.removeMaterialAction(material!.eventId, material!.id, idle, new FormData()),
      ]) {
        expect(await call()).toMatchObject({ status: "error" });
      }
    }
    expect(await counts()).toEqual(before);
  });
});

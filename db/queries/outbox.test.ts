import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { db } from "@/db";
import { accounts, auditLog } from "@/db/schema";
import { addToOutbox, viewOutboxMessage } from "./outbox";

const views = (id: number) => db.$count(auditLog, and(eq(auditLog.entityType, "email"), eq(auditLog.entityId, String(id))));

describe("opening an outbox email with its links", () => {
  it("records who opened which email, each time, before returning its text", async () => {
    const [admin] = await db.select({ id: accounts.id }).from(accounts).where(eq(accounts.email, "admin@example.org"));
    const text = "Choose a password: http://localhost:3000/reset-password?token=abc123def456";
    const id = await addToOutbox({ to: "editor@example.org", subject: "Reset your password", text });
    expect((await viewOutboxMessage(admin!.id, id))?.text).toBe(text);
    await viewOutboxMessage(admin!.id, id);
    expect(await views(id)).toBe(2);
    const [entry] = await db.select().from(auditLog).where(and(eq(auditLog.entityType, "email"), eq(auditLog.entityId, String(id))));
    expect(entry).toMatchObject({ actorId: admin!.id, action: "view-links", summary: 'Viewed the links in "Reset your password" to editor@example.org' });
  });

  it("returns nothing, and records nothing, for an email that does not exist or a view that cannot be recorded", async () => {
    const [admin] = await db.select({ id: accounts.id }).from(accounts).where(eq(accounts.email, "admin@example.org"));
    expect(await viewOutboxMessage(admin!.id, 2_000_000_000)).toBeNull();
    expect(await views(2_000_000_000)).toBe(0);
    const id = await addToOutbox({ to: "gold@example.org", subject: "Confirm", text: "http://x/verify-email?token=t0k3n" });
    // An actor that does not exist breaks the audit row's foreign key: the text is not returned.
    await expect(viewOutboxMessage(randomUUID(), id)).rejects.toThrow();
    expect(await views(id)).toBe(0);
  });
});

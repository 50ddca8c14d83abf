import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { db } from "@/db";
import { accountTokens, accounts, auditLog, outbox } from "@/db/schema";
import { sendPasswordResetByStaff } from "./emails";

async function account(email: string) {
  const [row] = await db.select({ id: accounts.id, email: accounts.email, name: accounts.name }).from(accounts).where(eq(accounts.email, email));
  return row!;
}

const resetTokens = (accountId: string) =>
  db.$count(accountTokens, and(eq(accountTokens.accountId, accountId), eq(accountTokens.purpose, "reset-password")));
const auditRows = (accountId: string) =>
  db.$count(auditLog, and(eq(auditLog.entityId, accountId), eq(auditLog.action, "send-password-reset")));
const emailsTo = (address: string) => db.$count(outbox, eq(outbox.to, address));

describe("an admin sending a member a password-reset link", () => {
  it("stores the token, logs who sent it, and emails the link", async () => {
    const admin = await account("admin@example.org");
    const silver = await account("silver@example.org");
    await sendPasswordResetByStaff(admin.id, silver);
    expect(await resetTokens(silver.id)).toBe(1);
    const [entry] = await db.select().from(auditLog).where(and(eq(auditLog.entityId, silver.id), eq(auditLog.action, "send-password-reset")));
    expect(entry).toMatchObject({ actorId: admin.id, summary: "Sent a password-reset email to silver@example.org" });
    const [email] = await db.select().from(outbox).where(eq(outbox.to, silver.email));
    expect(email?.text).toMatch(/\/reset-password\?token=[\w-]{20,}/);
  });

  it("writes neither the token nor the email when the audit row cannot be written", async () => {
    const silver = await account("silver@example.org");
    const [tokens, audits, emails] = [await resetTokens(silver.id), await auditRows(silver.id), await emailsTo(silver.email)];
    // An actor that does not exist breaks the audit row's foreign key, inside the transaction.
    await expect(sendPasswordResetByStaff(randomUUID(), silver)).rejects.toThrow();
    expect([await resetTokens(silver.id), await auditRows(silver.id), await emailsTo(silver.email)]).toEqual([tokens, audits, emails]);
  });
});

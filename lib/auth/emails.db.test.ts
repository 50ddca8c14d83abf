import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { db } from "@/db";
import { accountTokens, accounts, auditLog, outbox } from "@/db/schema";
import { createAccount } from "@/db/queries/accounts";
import { isTokenUsable } from "@/db/queries/tokens";
import { ACCOUNT_EMAILS_PER_HOUR } from "@/lib/email";
import { sendConfirmation, sendPasswordReset, sendPasswordResetByStaff } from "./emails";
import { hashToken } from "./tokens";

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

/** The tokens of the links in the emails sent to `address`, oldest first. */
async function linksTo(address: string, path: string) {
  const rows = await db.select({ text: outbox.text }).from(outbox).where(eq(outbox.to, address)).orderBy(outbox.id);
  return rows.map((row) => row.text.match(new RegExp(`${path}\\?token=([\\w-]+)`))?.[1]).filter((t): t is string => Boolean(t));
}

describe("links emailed to people who asked for them", () => {
  it("a reset link keeps working when a stranger goes on asking past the throttle: nothing is made or sent", async () => {
    const gold = await account("gold@example.org");
    const before = await emailsTo(gold.email);
    for (let i = before; i < ACCOUNT_EMAILS_PER_HOUR; i++) await sendPasswordReset(gold.email);
    const sent = await linksTo(gold.email, "/reset-password");
    expect(sent.length).toBeGreaterThan(0);
    const tokens = await resetTokens(gold.id);

    for (let i = 0; i < 3; i++) await sendPasswordReset(gold.email);
    expect(await emailsTo(gold.email)).toBe(ACCOUNT_EMAILS_PER_HOUR);
    expect(await resetTokens(gold.id)).toBe(tokens);
    // Every link that went out still works, the last one in the inbox above all.
    for (const token of sent) expect(await isTokenUsable(hashToken(token), "reset-password")).toBe(true);
  });

  it("a second confirmation email does not spoil the link in the first", async () => {
    const email = `confirm-twice-${randomUUID().slice(0, 8)}@example.org`;
    expect(await createAccount({ email, name: "Twice", passwordHash: "x" })).toBeTruthy();
    await sendConfirmation(email);
    await sendConfirmation(email);
    const links = await linksTo(email, "/verify-email");
    expect(links).toHaveLength(2);
    for (const token of links) expect(await isTokenUsable(hashToken(token), "verify-email")).toBe(true);
  });
});

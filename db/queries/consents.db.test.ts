import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { accounts } from "@/db/schema";
import { consentHistory, hasConsent, recordConsent } from "./consents";

async function newAccount(email: string) {
  const [row] = await db.insert(accounts).values({ email, name: "Consent Tester", passwordHash: "x" }).returning({ id: accounts.id });
  return row!.id;
}

describe("consents", () => {
  it("is no consent until given, and the latest answer wins", async () => {
    const id = await newAccount("consent-history@example.org");
    expect(await hasConsent(id, "newsletter")).toBe(false);
    await recordConsent(db, { accountId: id, purpose: "newsletter", given: true, wording: "Send me the newsletter", source: "registration" });
    expect(await hasConsent(id, "newsletter")).toBe(true);
    await recordConsent(db, { accountId: id, purpose: "newsletter", given: false, wording: "Unsubscribed", source: "unsubscribe-link" });
    expect(await hasConsent(id, "newsletter")).toBe(false);
    const history = await consentHistory(id);
    expect(history.map((row) => [row.given, row.wording])).toEqual([
      [false, "Unsubscribed"],
      [true, "Send me the newsletter"],
    ]);
  });
});

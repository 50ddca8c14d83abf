import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { accounts } from "@/db/schema";
import { consentHistory } from "../consents";
import { getNewsletterPreferences, saveNewsletterPreferences, unsubscribeFromNewsletter } from "./preferences";

async function newAccount(email: string) {
  const [row] = await db.insert(accounts).values({ email, name: "Reader", passwordHash: "x" }).returning({ id: accounts.id });
  return row!.id;
}

describe("newsletter preferences", () => {
  it("keep each change of answer in consents with its words and source, and topics as chosen", async () => {
    const id = await newAccount("prefs-reader@example.org");
    expect(await getNewsletterPreferences(id)).toMatchObject({ subscribed: false, topicSlugs: [] });
    expect(await saveNewsletterPreferences(id, { subscribed: true, topicSlugs: ["autism", "funding", "no-such-topic"], wording: "Send it", source: "account" })).toBe(true);
    // Saving topics again with the same answer adds no consent row.
    expect(await saveNewsletterPreferences(id, { subscribed: true, topicSlugs: ["funding"], wording: "Send it", source: "account" })).toBe(false);
    expect(await getNewsletterPreferences(id)).toMatchObject({ subscribed: true, topicSlugs: ["funding"] });
    expect((await consentHistory(id)).map((c) => [c.given, c.wording, c.source])).toEqual([[true, "Send it", "account"]]);
  });

  it("record an unsubscribe link's withdrawal once, however often it is clicked", async () => {
    const id = await newAccount("prefs-leaver@example.org");
    await saveNewsletterPreferences(id, { subscribed: true, topicSlugs: [], wording: "Send it", source: "registration" });
    const clicks = await Promise.all([unsubscribeFromNewsletter(id, "Stop"), unsubscribeFromNewsletter(id, "Stop")]);
    expect(clicks.sort()).toEqual([false, true]);
    expect((await consentHistory(id)).map((c) => [c.given, c.source])).toEqual([
      [false, "unsubscribe-link"],
      [true, "registration"],
    ]);
    expect((await getNewsletterPreferences(id)).subscribed).toBe(false);
  });
});

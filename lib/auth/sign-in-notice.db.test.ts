import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { outbox } from "@/db/schema";
import { NEW_SIGN_IN_NOTICES_PER_HOUR, newSignInNoticeAllowed } from "./sign-in-notice";
import { securityNoticeSubjects } from "./security-notices";

/* New-browser notices: the owner is told of each new browser, but a run of them is capped an hour. */
describe("new sign-in notices", () => {
  it("stop for an hour after the hourly number to one account, counting only those notices", async () => {
    const to = `notice-${Date.now()}@example.org`;
    const notice = { to, subject: securityNoticeSubjects.newSignIn, text: "A new browser." };
    await db.insert(outbox).values({ to, subject: "Reset your password", text: "Another kind of email." });
    await db.insert(outbox).values(Array.from({ length: NEW_SIGN_IN_NOTICES_PER_HOUR - 1 }, () => notice));
    expect(await newSignInNoticeAllowed(to)).toBe(true);
    await db.insert(outbox).values(notice);
    expect(await newSignInNoticeAllowed(to)).toBe(false);
    // An hour on, the earlier notices no longer count.
    await db.insert(outbox).values(Array.from({ length: NEW_SIGN_IN_NOTICES_PER_HOUR }, () => ({ ...notice, to: `old-${to}`, createdAt: new Date(Date.now() - 61 * 60_000) })));
    expect(await newSignInNoticeAllowed(`old-${to}`)).toBe(true);
  });
});

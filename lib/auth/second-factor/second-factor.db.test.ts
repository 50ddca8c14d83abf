import { generateSync } from "otplib";
import { and, desc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import {
  createAccountSession,
  completeSecondFactor,
  endAccountSession,
  listAccountSessions,
  rememberBrowser,
} from "@/db/queries/account-sessions";
import { getSecondFactorStatus, hasSecondFactor, removeTotp } from "@/db/queries/second-factor";
import { DEMO_ADMIN_TOTP_KEY } from "@/db/seed";
import { accounts, auditLog, totpFactors } from "@/db/schema";
import { MAX_FAILURES, recordSecondFactorFailure, secondFactorLockout } from "@/lib/auth/credentials";
import { viewerFromSession } from "@/lib/auth/viewer";
import { ACCOUNT_EMAILS_PER_HOUR, sendAccountEmail, sendEmail } from "@/lib/email";
import { securityNoticeSubjects } from "../security-notices";
import { beginTotpEnrolment, checkSignInCode, confirmTotp, pendingTotpEnrolment, renewRecoveryCodes } from "./codes";

async function accountId(email: string) {
  const [row] = await db.select({ id: accounts.id, sv: accounts.sessionVersion }).from(accounts).where(eq(accounts.email, email));
  return row!;
}

const now = () => Math.floor(Date.now() / 1000);
/** The app's code for a moment `offset` seconds from now. */
const codeAt = (secret: string, offset = 0) => generateSync({ secret, epoch: now() + offset });

async function signIn(email: string, pending: boolean) {
  const { id, sv } = await accountId(email);
  const sid = crypto.randomUUID();
  await createAccountSession({ id: sid, accountId: id, pendingSecondFactor: pending, sessionVersion: sv, userAgent: "Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0", address: "203.0.113.9" });
  return { sid, claims: { user: { id }, sid, sessionVersion: sv } };
}

describe("setting up an authenticator app", () => {
  it("needs a first right code before it counts, then gives ten recovery codes, audited", async () => {
    const { id } = await accountId("member@example.org");
    expect(await beginTotpEnrolment(id)).toBe(true);
    const enrolment = (await pendingTotpEnrolment(id, "member@example.org"))!;
    expect(enrolment.qrDataUrl).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(await hasSecondFactor(id)).toBe(false);

    const right = codeAt(enrolment.secret);
    const wrong = String((Number(right) + 7) % 1_000_000).padStart(6, "0");
    expect(await confirmTotp(id, wrong)).toBeNull();
    expect(await hasSecondFactor(id)).toBe(false);

    const codes = await confirmTotp(id, right);
    expect(codes).toHaveLength(10);
    expect(await hasSecondFactor(id)).toBe(true);
    expect((await getSecondFactorStatus(id)).recoveryCodesLeft).toBe(10);
    // The secret is stored sealed, never as the key the app was given.
    const [stored] = await db.select().from(totpFactors).where(eq(totpFactors.accountId, id));
    expect(stored!.secretSealed).not.toContain(enrolment.secret);
    const [audit] = await db.select().from(auditLog).where(eq(auditLog.actorId, id)).orderBy(desc(auditLog.id)).limit(1);
    expect(audit).toMatchObject({ action: "add-second-factor", entityId: id });
    // Once active, a new enrolment cannot quietly replace it.
    expect(await beginTotpEnrolment(id)).toBe(false);

    // The code that confirmed it cannot be used again to sign in; the next one can, once.
    expect(await checkSignInCode(id, right)).toBeNull();
    const next = codeAt(enrolment.secret, 30);
    expect(await checkSignInCode(id, next)).toBe("totp");
    expect(await checkSignInCode(id, next)).toBeNull();
  });
});

describe("signing in with a code", () => {
  it("the seeded admin's published key makes codes that sign in; a wrong code does not", async () => {
    const { id } = await accountId("admin@example.org");
    expect(await hasSecondFactor(id)).toBe(true);
    const code = codeAt(DEMO_ADMIN_TOTP_KEY);
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, "0");
    expect(await checkSignInCode(id, wrong)).toBeNull();
    expect(await checkSignInCode(id, code)).toBe("totp");
    expect(await checkSignInCode(id, code)).toBeNull();
    // Someone else's key makes no codes for this account.
    expect(await checkSignInCode(id, codeAt("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", 30))).toBeNull();
  });

  it("each recovery code works once, and new ones replace the old", async () => {
    const { id } = await accountId("admin@example.org");
    const codes = await renewRecoveryCodes(id);
    expect(await checkSignInCode(id, codes[0]!)).toBe("recovery");
    expect(await checkSignInCode(id, codes[0]!)).toBeNull();
    expect(await checkSignInCode(id, codes[1]!.toUpperCase())).toBe("recovery");
    expect((await getSecondFactorStatus(id)).recoveryCodesLeft).toBe(8);
    const fresh = await renewRecoveryCodes(id);
    expect(await checkSignInCode(id, codes[2]!)).toBeNull();
    expect(await checkSignInCode(id, fresh[2]!)).toBe("recovery");
    // Not another account's.
    const other = await accountId("editor@example.org");
    expect(await checkSignInCode(other.id, fresh[3]!)).toBeNull();
  });

  it("wrong codes count towards the sign-in rate limit", async () => {
    const { id } = await accountId("silver@example.org");
    expect(await secondFactorLockout(id, "198.51.100.4")).toBe(0);
    for (let i = 0; i < MAX_FAILURES; i++) await recordSecondFactorFailure(id, `198.51.100.${i}`);
    expect(await secondFactorLockout(id, "198.51.100.99")).toBeGreaterThan(60_000);
  });
});

describe("sessions", () => {
  it("a session waiting for its second factor opens nothing until the factor is given", async () => {
    const { sid, claims } = await signIn("admin@example.org", true);
    expect(await viewerFromSession(claims)).toBeNull();
    expect(await listAccountSessions(claims.user.id).then((rows) => rows.map((r) => r.id))).not.toContain(sid);
    expect(await completeSecondFactor(sid, claims.user.id)).toBe(true);
    expect(await viewerFromSession(claims)).toMatchObject({ email: "admin@example.org", role: "admin", secondFactor: true, sessionId: sid });
    // A cookie naming a session the table does not know opens nothing either.
    expect(await viewerFromSession({ ...claims, sid: crypto.randomUUID() })).toBeNull();
  });

  it("signing out another session refuses its next request and leaves this one signed in", async () => {
    const mine = await signIn("gold@example.org", false);
    const other = await signIn("gold@example.org", false);
    const listed = await listAccountSessions(mine.claims.user.id);
    expect(listed.map((r) => r.id)).toEqual(expect.arrayContaining([mine.sid, other.sid]));
    expect(listed.find((r) => r.id === other.sid)).toMatchObject({ address: "203.0.113.9" });

    // Not someone else's session.
    const stranger = await accountId("silver@example.org");
    expect(await endAccountSession(stranger.id, other.sid)).toBe(false);
    expect(await viewerFromSession(other.claims)).not.toBeNull();

    expect(await endAccountSession(mine.claims.user.id, other.sid)).toBe(true);
    expect(await viewerFromSession(other.claims)).toBeNull();
    expect(await viewerFromSession(mine.claims)).not.toBeNull();
    expect((await listAccountSessions(mine.claims.user.id)).map((r) => r.id)).not.toContain(other.sid);
  });

  it("an admin whose second factor is removed is marked as having none", async () => {
    const { id } = await accountId("admin@example.org");
    const { claims } = await signIn("admin@example.org", false);
    expect(await removeTotp(id)).toBe(true);
    expect(await viewerFromSession(claims)).toMatchObject({ role: "admin", secondFactor: false });
    const [audit] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorId, id), eq(auditLog.action, "remove-second-factor")));
    expect(audit).toBeTruthy();
  });
});

describe("browsers an account has signed in from", () => {
  it("a new browser is news once; the first browser ever and known ones are not", async () => {
    const { id } = await accountId("expired@example.org");
    expect(await rememberBrowser(id, "browser-a")).toBe(false);
    expect(await rememberBrowser(id, "browser-a")).toBe(false);
    expect(await rememberBrowser(id, "browser-b")).toBe(true);
    expect(await rememberBrowser(id, "browser-b")).toBe(false);
    expect(await rememberBrowser(id, "browser-c")).toBe(true);
  });
});

describe("security notices", () => {
  it("do not use up the hourly allowance of account emails (a reset link still goes out)", async () => {
    const to = "notices-only@example.org";
    for (let i = 0; i < ACCOUNT_EMAILS_PER_HOUR; i++) await sendEmail({ to, subject: securityNoticeSubjects.newSignIn, text: "A sign-in" });
    expect(await sendAccountEmail(to, () => ({ subject: "Reset your password", text: "A link" }))).toBe(true);
    for (let i = 1; i < ACCOUNT_EMAILS_PER_HOUR; i++) await sendEmail({ to, subject: "Reset your password", text: "A link" });
    expect(await sendAccountEmail(to, () => ({ subject: "Reset your password", text: "A link" }))).toBe(false);
  });
});

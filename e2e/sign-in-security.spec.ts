import type { Page } from "@playwright/test";
import { freshCode } from "../tests/demo-admin";
import { anonymousPage, createMember, openMember, signedInPage } from "./admin-helpers";
import {
  enrolAuthenticator,
  expect,
  expectAccessible,
  readOutbox,
  readOutboxAll,
  registerAccount,
  signIn,
  test,
  uniqueAddress,
} from "./fixtures";

/** Password only: the step before /login/verify. */
async function enterPassword(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/login\/verify/);
}

async function enterCode(page: Page, code: string) {
  await page.getByLabel("Code").fill(code);
  await page.getByRole("button", { name: "Continue" }).click();
}

async function signOut(page: Page) {
  await page.getByRole("banner").getByRole("button", { name: "Sign out" }).click();
  // Signing out ends on the home page; leaving before then would cancel the sign-out itself.
  await expect(page).toHaveURL(/:\d+\/$/);
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
}

test.describe("second factor", () => {
  test("a member sets up an authenticator app; sign-in then needs a right code, and each recovery code works once", async ({ browser, baseURL }) => {
    // A code is accepted once: the sign-in after enrolment waits for the app's next one (up to 30 s).
    test.setTimeout(180_000);
    const account = await registerAccount(browser, baseURL!, "totp");
    const page = await anonymousPage(browser);
    await signIn(page, account.email, account.password);
    await page.goto("/account/security");
    await expectAccessible(page);
    await page.getByRole("button", { name: "Set up an authenticator app" }).click();
    await expect(page.getByRole("img", { name: "QR code to scan with your authenticator app" })).toBeVisible();
    await expectAccessible(page);
    const secret = (await page.getByTestId("totp-key").textContent())!.trim();

    // A wrong first code turns nothing on.
    await page.getByLabel("Code from the app").fill("000000");
    await page.getByRole("button", { name: "Confirm and turn on" }).click();
    await expect(page.getByText("That code is not right")).toBeVisible();
    await page.getByLabel("Code from the app").fill(await freshCode(secret, baseURL!));
    await page.getByRole("button", { name: "Confirm and turn on" }).click();
    const shown = page.getByTestId("recovery-codes").getByRole("listitem");
    await expect(shown).toHaveCount(10);
    const codes = await shown.allTextContents();
    await expect(page.getByText(/^On since/)).toBeVisible();
    expect(await readOutbox(baseURL!, account.email, /A second factor was added/)).toContain("An authenticator app was added");

    // The password alone now opens nothing: a wrong code is refused, a right one lets them in.
    await signOut(page);
    await enterPassword(page, account.email, account.password);
    await expectAccessible(page);
    await enterCode(page, "123456");
    await expect(page.getByText("That code is not right")).toBeVisible();
    await page.goto("/account");
    await expect(page).toHaveURL(/\/login/);
    await page.goto("/login/verify");
    await enterCode(page, await freshCode(secret, baseURL!));
    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();

    // A recovery code instead of the app: once each.
    await signOut(page);
    await enterPassword(page, account.email, account.password);
    await enterCode(page, codes[0]!);
    await expect(page).toHaveURL(/\/account$/);
    await signOut(page);
    await enterPassword(page, account.email, account.password);
    await enterCode(page, codes[0]!);
    await expect(page.getByText("That code is not right, or has been used already")).toBeVisible();
    await enterCode(page, codes[1]!.toUpperCase());
    await expect(page).toHaveURL(/\/account$/);
    await page.goto("/account/security");
    await expect(page.getByText("You have 8 unused recovery codes.")).toBeVisible();
    await page.context().close();
  });

  test("a passkey registered on /account/security signs in at /login/verify", async ({ browser, baseURL }) => {
    const account = await registerAccount(browser, baseURL!, "passkey");
    const page = await anonymousPage(browser);
    // Chromium's virtual authenticator stands in for a phone or security key.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("WebAuthn.enable");
    await cdp.send("WebAuthn.addVirtualAuthenticator", {
      options: { protocol: "ctap2", transport: "internal", hasResidentKey: true, hasUserVerification: true, isUserVerified: true },
    });
    await signIn(page, account.email, account.password);
    await page.goto("/account/security");
    await page.getByLabel("Name for a new passkey").fill("Work laptop");
    await page.getByRole("button", { name: "Add a passkey" }).click();
    await expect(page.getByText('Your passkey "Work laptop" has been added.')).toBeVisible();
    await expect(page.getByTestId("recovery-codes").getByRole("listitem")).toHaveCount(10);
    await expect(page.getByRole("list", { name: "Your passkeys" })).toContainText("Work laptop");
    expect(await readOutbox(baseURL!, account.email, /A second factor was added/)).toContain('A passkey ("Work laptop") was added');

    await signOut(page);
    await enterPassword(page, account.email, account.password);
    await page.getByRole("button", { name: "Use a passkey" }).click();
    await expect(page).toHaveURL(/\/account$/);
    await page.goto("/account/security");
    await expect(page.getByRole("list", { name: "Your passkeys" })).toContainText("last used");
    await page.context().close();
  });

  test("a half-signed-in session opens nothing: not the account, gated resources, downloads or the dashboard", async ({ browser }) => {
    const page = await anonymousPage(browser);
    await enterPassword(page, "admin@example.org", "demo-password");
    for (const path of ["/account", "/account/security", "/admin", "/admin/members"]) {
      await page.goto(path);
      await expect(page, path).toHaveURL(/\/login\?callbackUrl=/);
    }
    await page.goto("/resources/national-send-update");
    await expect(page.getByText("Sign in to open this resource")).toBeVisible();
    const download = await page.request.get("/resources/national-send-update/download", { maxRedirects: 0 });
    expect(download.status()).toBe(303);
    const exported = await page.request.get("/admin/members/export", { maxRedirects: 0 });
    expect([303, 307]).toContain(exported.status());
    expect(await exported.text()).not.toContain("@example.org");
    expect(await (await page.request.get("/api/me")).json()).toBeNull();
    await page.context().close();
  });

  test("an admin without a second factor is sent to set one up, and the dashboard opens only then", async ({ browser, baseURL }) => {
    const admin = await signedInPage(browser, "admin@example.org");
    const newcomer = await createMember(browser, baseURL!, admin, "free");
    await openMember(admin, newcomer.email);
    await admin.getByLabel("Role").selectOption("admin");
    await admin.getByRole("button", { name: "Save changes" }).click();
    await expect(admin.getByText("The changes have been saved.")).toBeVisible();

    const page = newcomer.page;
    await signIn(page, newcomer.email, newcomer.password);
    await expect(page).toHaveURL(/\/account\/security\?required=admin/);
    await expect(page.getByText("Administrators must set up a second factor")).toBeVisible();
    for (const path of ["/admin", "/admin/members", "/admin/tiers"]) {
      await page.goto(path);
      await expect(page, path).toHaveURL(/\/account\/security\?required=admin/);
    }
    const exported = await page.request.get("/admin/members/export", { maxRedirects: 0 });
    expect(exported.status()).not.toBe(200);
    expect(await exported.text()).not.toContain("gold@example.org");
    const upload = await page.request.post("/api/admin/media", { headers: { origin: baseURL!, "x-file-name": "a.png" }, data: Buffer.from("x") });
    expect(upload.status()).toBe(403);
    expect(await upload.text()).toContain("second factor");

    await enrolAuthenticator(page);
    await page.goto("/admin/members");
    await expect(page.getByRole("heading", { level: 1, name: "Members" })).toBeVisible();
    await Promise.all([admin.context().close(), page.context().close()]);
  });
});

test.describe("sessions and browsers", () => {
  test("the security page lists where the account is signed in, and signs out another browser", async ({ browser, baseURL }) => {
    const account = await registerAccount(browser, baseURL!, "sessions");
    const laptop = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "203.0.113.41" } });
    const phone = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "203.0.113.77" } });
    const [mine, other] = [await laptop.newPage(), await phone.newPage()];
    await signIn(mine, account.email, account.password);
    await signIn(other, account.email, account.password);

    await mine.goto("/account/security");
    const sessions = mine.getByTestId("session");
    await expect(sessions).toHaveCount(2);
    const here = sessions.filter({ hasText: "This browser" });
    await expect(here).toContainText("203.0.113.41");
    await expect(here).toContainText("Chrome on");
    const there = sessions.filter({ hasText: "203.0.113.77" });
    await expect(there).not.toContainText("This browser");
    await there.getByRole("button", { name: /Sign out/ }).click();
    await expect(mine.getByText("That session has been signed out.")).toBeVisible();
    await expect(mine.getByTestId("session")).toHaveCount(1);

    await other.goto("/account");
    await expect(other).toHaveURL(/\/login/);
    await mine.goto("/account");
    await expect(mine.getByRole("heading", { name: "Your account" })).toBeVisible();
    await Promise.all([laptop.close(), phone.close()]);
  });

  test("a sign-in from a browser new to the account emails its owner, once per browser", async ({ browser, baseURL }) => {
    const account = await registerAccount(browser, baseURL!, "newbrowser");
    const notices = async () => (await readOutboxAll(baseURL!, account.email, /New sign-in/)).length;
    const first = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": uniqueAddress() } });
    await signIn(await first.newPage(), account.email, account.password);
    // The first browser ever is the one the account was made on: nothing to tell.
    expect(await notices()).toBe(0);

    const second = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "198.51.100.23" } });
    const page = await second.newPage();
    await signIn(page, account.email, account.password);
    expect(await notices()).toBe(1);
    const mail = (await readOutboxAll(baseURL!, account.email, /New sign-in/))[0]!;
    expect(mail).toMatch(/When: \d\d:\d\d on /);
    expect(mail).toContain("Browser: Chrome on");
    expect(mail).toContain("Address: 198.51.100.23");

    // The same browser again: known now.
    await signOut(page);
    await signIn(page, account.email, account.password);
    expect(await notices()).toBe(1);
    const third = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": uniqueAddress() } });
    await signIn(await third.newPage(), account.email, account.password);
    expect(await notices()).toBe(2);
    await Promise.all([first.close(), second.close(), third.close()]);
  });
});

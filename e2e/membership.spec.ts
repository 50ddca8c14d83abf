import { reference } from "./fixtures";
import {
  DEMO_PASSWORD,
  expect,
  expectAccessible,
  linkIn,
  readOutbox,
  registerAccount,
  signIn,
  test,
  uniqueAddress,
  uniqueEmail,
} from "./fixtures";


test.beforeEach(async ({ page }) => {
  await page.setExtraHTTPHeaders({ "x-forwarded-for": uniqueAddress() });
});

test.describe("signing in", () => {
  test("the login form has labelled fields and returns the member to the page they came from", async ({ page }) => {
    await page.goto("/resources/national-send-update");
    await page.getByTestId("access-panel").getByRole("link", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fresources%2Fnational-send-update/);
    await expectAccessible(page);
    await page.getByLabel("Email").fill("gold@example.org");
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/resources\/national-send-update$/);
    await expect(page.getByText("gold-only insight")).toBeVisible();
    await expect(page.getByRole("link", { name: /Download/ })).toBeVisible();
  });

  test("a wrong password gets a clear message and no session", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("Email").fill("gold@example.org");
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("status")).toContainText("The email or password is not right");
    await expect(page.getByLabel("Email")).toHaveValue("gold@example.org");
    await expect(page.getByLabel("Password")).toHaveValue("");
    await page.goto("/account");
    await expect(page).toHaveURL(/\/login/);
  });

  test("empty fields are named, not a server error", async ({ page }) => {
    await page.goto("/login");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("Enter your email address.")).toBeVisible();
    await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  });

  test("an external callbackUrl is refused: the member lands on their account", async ({ page }) => {
    for (const evil of ["https://evil.example/phish", "//evil.example", "/\\evil.example"]) {
      await page.goto("about:blank"); // no request of the last page left in flight (see below)
      await page.context().clearCookies();
      await page.goto(`/login?callbackUrl=${encodeURIComponent(evil)}`);
      await page.getByLabel("Email").fill("silver@example.org");
      await page.getByLabel("Password").fill(DEMO_PASSWORD);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/account$/);
    }
  });

  test("after 10 failures from one address, even the right password is refused with a wait time", async ({ page }) => {
    for (let i = 0; i < 10; i++) {
      await page.goto("/login");
      await page.getByLabel("Email").fill(uniqueEmail("nobody"));
      await page.getByLabel("Password").fill("wrong-password");
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByRole("status")).toContainText("not right");
    }
    await page.goto("/login");
    await page.getByLabel("Email").fill("gold@example.org");
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("status")).toContainText(/Too many attempts to sign in\. Try again in 1[45] minutes/);
    // Another address is not affected.
    await page.setExtraHTTPHeaders({ "x-forwarded-for": uniqueAddress() });
    await signIn(page, "gold@example.org");
  });

  test("after 10 failures for one account, it is locked from every address", async ({ page, browser, baseURL }) => {
    const account = await registerAccount(browser, baseURL!, "locked");
    for (let i = 0; i < 10; i++) {
      await page.setExtraHTTPHeaders({ "x-forwarded-for": uniqueAddress() });
      await page.goto("/login");
      await page.getByLabel("Email").fill(account.email);
      await page.getByLabel("Password").fill(`wrong-${i}`);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByRole("status")).toContainText("not right");
    }
    await page.setExtraHTTPHeaders({ "x-forwarded-for": uniqueAddress() });
    await page.goto("/login");
    await page.getByLabel("Email").fill(account.email);
    await page.getByLabel("Password").fill(account.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("status")).toContainText("Too many attempts");
    await page.goto("/account");
    await expect(page).toHaveURL(/\/login/);
  });

  test("signing out ends the session", async ({ page }) => {
    await signIn(page, "member@example.org");
    await page.goto("/account");
    await page.getByRole("banner").getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/:\d+\/$/);
    await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
    await page.goto("/account");
    await expect(page).toHaveURL(/\/login/);
  });
});

test.describe("registering", () => {
  test("register, confirm the email from the outbox, sign in as a free member", async ({ page, browser, baseURL }) => {
    const account = await registerAccount(browser, baseURL!, "newcomer");
    await signIn(page, account.email, account.password);
    await page.goto("/account");
    await expect(page.getByTestId("current-tier")).toHaveText("Free");
    // A free account opens members' resources but not tiered ones.
    await page.goto(`/resources/${reference.related[1]!.slug}`);
    await expect(page.getByTestId("access-panel")).toContainText("This resource is for Gold members. Your membership: Free.");
    // The e2e server takes payments (Stripe emulator): Upgrade goes to the checkout of the tier that opens it.
    await expect(page.getByTestId("access-panel").getByRole("link", { name: "Upgrade to Gold" })).toHaveAttribute("href", "/join/gold");
  });

  test("an unconfirmed account cannot sign in yet", async ({ page }) => {
    const email = uniqueEmail("unconfirmed");
    await page.goto("/register");
    await page.getByLabel("Full name").fill("Pat Pending");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("a perfectly long passphrase");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
    await page.goto("/login");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("a perfectly long passphrase");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("status")).toContainText("Please confirm your email address first");
  });

  test("a duplicate email gets the same answer, and the owner is told by email", async ({ page, baseURL }) => {
    await page.goto("/register");
    await page.getByLabel("Full name").fill("Someone Else");
    await page.getByLabel("Email").fill("GOLD@example.org");
    await page.getByLabel("Password").fill("another long passphrase");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
    const mail = await readOutbox(baseURL!, "gold@example.org", /already have/);
    expect(mail).toContain("/forgot-password");
    // And the real owner's password still works.
    await page.setExtraHTTPHeaders({ "x-forwarded-for": uniqueAddress() });
    await signIn(page, "gold@example.org");
  });

  test("the password rules are stated and enforced", async ({ page }) => {
    await page.goto("/register");
    await expect(page.getByText(/At least 10 characters/)).toBeVisible();
    await page.getByLabel("Full name").fill("Short Pass");
    await page.getByLabel("Email").fill(uniqueEmail("short"));
    await page.getByLabel("Password").fill("short");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByLabel("Password")).toHaveAccessibleDescription(/Error: Your password must be at least 10 characters\./);
    await expect(page.getByLabel("Full name")).toHaveValue("Short Pass");
    await expectAccessible(page);
  });

  test("the register form's error summary lists and links each field in error, one message per field", async ({ page }) => {
    await page.goto("/register");
    await page.getByLabel("Password").fill("aaaa");
    await page.getByRole("button", { name: "Create account" }).click();
    const summary = page.getByTestId("error-summary");
    await expect(summary).toBeFocused();
    await expect(summary.getByRole("link")).toHaveText([
      "Full name: Enter your name.",
      "Email: Enter your email address.",
      "Password: Your password must be at least 10 characters.",
    ]);
    // One message beside each field too: "aaaa" breaks two rules, and only the first is named.
    await expect(page.getByText("Choose a password that is not one character repeated.")).toHaveCount(0);
    await summary.getByRole("link", { name: /^Email:/ }).click();
    await expect(page.getByLabel("Email")).toBeFocused();
    await expectAccessible(page);
  });
});

test.describe("passwords", () => {
  test("reset a forgotten password through the emailed link, once", async ({ page, browser, baseURL }) => {
    const account = await registerAccount(browser, baseURL!, "forgetful");
    await page.goto("/forgot-password");
    await page.getByLabel("Email").fill(account.email);
    await page.getByRole("button", { name: "Send reset link" }).click();
    await expect(page.getByRole("status")).toContainText(`If there is an account for ${account.email}`);

    const mail = await readOutbox(baseURL!, account.email, /Reset your/);
    const link = linkIn(mail, "/reset-password?token=");
    await page.goto(link);
    await page.getByLabel("New password", { exact: true }).fill("a brand new passphrase");
    await page.getByLabel("Confirm new password").fill("a brand new passphrase");
    await page.getByRole("button", { name: "Save new password" }).click();
    await expect(page).toHaveURL(/\/login\?reset=1/);
    await expect(page.getByText("Your password has been changed")).toBeVisible();

    await signIn(page, account.email, "a brand new passphrase");
    await page.goto(link);
    await expect(page.getByRole("heading", { name: "This link has expired" })).toBeVisible();
  });

  test("an unknown address gets the same reset answer and no email", async ({ page, browser, baseURL }) => {
    const known = await registerAccount(browser, baseURL!, "known");
    const email = uniqueEmail("ghost");
    for (const address of [email, known.email]) {
      await page.goto("/forgot-password");
      await page.getByLabel("Email").fill(address);
      await page.getByRole("button", { name: "Send reset link" }).click();
      await expect(page.getByRole("status")).toContainText(`If there is an account for ${address}`);
    }
    // The known account's email, asked for second, has arrived (polled): the first request's work
    // after its response is done too, and it sent nothing.
    expect(await readOutbox(baseURL!, known.email, /Reset your/)).toContain("/reset-password?token=");
    await expect(readOutbox(baseURL!, email, /Reset/, 1)).rejects.toThrow(/No email/);
  });

  test("changing the password signs out the member's other sessions", async ({ browser, baseURL }) => {
    const account = await registerAccount(browser, baseURL!, "changer");
    const laptop = await browser.newPage();
    const phone = await browser.newPage();
    for (const page of [laptop, phone]) {
      await page.setExtraHTTPHeaders({ "x-forwarded-for": uniqueAddress() });
      await signIn(page, account.email, account.password);
    }
    await laptop.goto("/account");
    await laptop.getByLabel("Current password").fill(account.password);
    await laptop.getByLabel("New password", { exact: true }).fill("the replacement passphrase");
    await laptop.getByLabel("Confirm new password").fill("the replacement passphrase");
    await laptop.getByRole("button", { name: "Change password" }).click();
    await expect(laptop.getByText("Your password has been changed")).toBeVisible();

    await laptop.goto("/account");
    await expect(laptop.getByRole("heading", { name: "Your account" })).toBeVisible();
    await phone.goto("/account");
    await expect(phone).toHaveURL(/\/login/);
  });

  test("a member changes their name: saved, kept after signing in again, seen by staff; an empty name is refused", async ({ page, browser, baseURL }) => {
    const account = await registerAccount(browser, baseURL!, "renamed");
    await signIn(page, account.email, account.password);
    await page.goto("/account");
    const field = page.getByLabel("Full name");
    await expect(field).toHaveValue("Test renamed");

    await field.fill("");
    await page.getByRole("button", { name: "Save name" }).click();
    await expect(page.getByText("Enter your name.").first()).toBeVisible();
    await page.reload();
    await expect(page.getByLabel("Full name")).toHaveValue("Test renamed");

    const name = `Renamed ${Date.now().toString(36)}`;
    await page.getByLabel("Full name").fill(name);
    await page.getByRole("button", { name: "Save name" }).click();
    await expect(page.getByText("Your name has been saved.")).toBeVisible();

    await page.getByRole("banner").getByRole("button", { name: "Sign out" }).click();
    // Signing out ends on the home page; going to /login before then cancels it, and /login sends a
    // signed-in member on to their account.
    await expect(page).toHaveURL(/:\d+\/$/);
    await signIn(page, account.email, account.password);
    await page.goto("/account");
    await expect(page.getByLabel("Full name")).toHaveValue(name);

    const admin = await browser.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": uniqueAddress() } });
    const adminPage = await admin.newPage();
    await signIn(adminPage, "admin@example.org");
    await adminPage.goto(`/admin/members?q=${encodeURIComponent(account.email)}`);
    await expect(adminPage.locator("main table")).toContainText(name);
    await admin.close();
  });

  test("a wrong current password changes nothing", async ({ page }) => {
    await signIn(page, "member@example.org");
    await page.goto("/account");
    await page.getByLabel("Current password").fill("definitely wrong");
    await page.getByLabel("New password", { exact: true }).fill("whatever long enough");
    await page.getByLabel("Confirm new password").fill("whatever long enough");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByText("Your current password is not right.")).toBeVisible();
    await page.goto("about:blank"); // no request of the last page left in flight (see below)
    await page.context().clearCookies();
    await signIn(page, "member@example.org");
  });
});

test.describe("membership states", () => {
  test("an expired member is treated as free and told the membership has expired", async ({ page }) => {
    await signIn(page, "expired@example.org");
    await page.goto("/resources/national-send-update");
    const panel = page.getByTestId("access-panel");
    await expect(panel).toContainText("This resource is for Gold members. Your membership: Free.");
    await expect(panel).toContainText("Your membership has expired");
    await page.goto("/account");
    await expect(page.getByRole("alert").filter({ hasText: "expired" })).toContainText("Your Gold membership has expired.");
  });

  test("a silver member is shown which tiers include a gold resource", async ({ page }) => {
    await signIn(page, "silver@example.org");
    await page.goto("/resources/national-send-update");
    await expect(page.getByTestId("access-panel")).toContainText("This resource is for Gold members. Your membership: Silver.");
    await page.goto("/resources/what-is-dme");
    await expect(page.getByTestId("access-panel")).toHaveCount(0);
  });
});

test.describe("route guards", () => {
  test("signed-out visitors are sent to sign in from account, dashboard and downloads", async ({ request }) => {
    for (const path of ["/account", "/admin", "/admin/outbox", "/resources/what-is-dme/download"]) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(303);
      expect(response.headers().location).toContain(`/login?callbackUrl=${encodeURIComponent(path)}`);
    }
  });

  test("members get a 403 page at the dashboard; staff get in", async ({ page }) => {
    await signIn(page, "gold@example.org");
    const refused = await page.goto("/admin/outbox");
    expect(refused?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("You don't have access to this page");
    await expect(page.locator("main")).not.toContainText("Outbox");

    // Leave the page first: a request it still has in flight (a link prefetch of /account, say)
    // could otherwise answer after the cookies are cleared with the renewed session cookie.
    await page.goto("about:blank");
    await page.context().clearCookies();
    await signIn(page, "editor@example.org");
    const allowed = await page.goto("/admin");
    expect(allowed?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  });

  test("a forged x-middleware-subrequest header skips nothing (CVE-2025-29927)", async ({ request }) => {
    const variants = [
      "proxy:proxy:proxy:proxy:proxy",
      "middleware:middleware:middleware:middleware:middleware",
      "src/middleware:src/middleware:src/middleware:src/middleware:src/middleware",
      "pages/_middleware",
      "proxy",
      "middleware",
    ];
    for (const header of variants) {
      for (const path of ["/account", "/admin/outbox", "/resources/national-send-update/download"]) {
        const response = await request.get(path, { headers: { "x-middleware-subrequest": header }, maxRedirects: 0 });
        expect([303, 307, 403, 404], `${path} with ${header}`).toContain(response.status());
        const text = await response.text();
        expect(text).not.toContain("%PDF");
        expect(text).not.toContain("Outbox");
      }
      const page = await request.get("/resources/national-send-update", { headers: { "x-middleware-subrequest": header } });
      expect(await page.text()).not.toContain("gold-only insight");
    }
  });
});

test.describe("hardening", () => {
  test("signing out revokes the session: a copy of its cookie is refused", async ({ browser, page }) => {
    await signIn(page, "silver@example.org");
    const copy = await browser.newContext();
    await copy.addCookies(await page.context().cookies());
    const thief = await copy.newPage();
    await thief.goto("/account");
    await expect(thief.getByRole("heading", { name: "Your account" })).toBeVisible();

    await page.getByRole("banner").getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/:\d+\/$/);
    await thief.goto("/account");
    await expect(thief).toHaveURL(/\/login/);
    await copy.close();
  });

  test("a signed-in visitor is not redirected off-site by a normalising callbackUrl", async ({ page }) => {
    await signIn(page, "member@example.org");
    for (const evil of ["/.//evil.example", "/a/..//evil.example", "/%2e//evil.example"]) {
      await page.goto(`/login?callbackUrl=${encodeURIComponent(evil)}`);
      await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/account$/);
    }
  });

  test("the outbox, which holds reset links, is for admins only", async ({ page }) => {
    await signIn(page, "editor@example.org");
    const response = await page.goto("/admin/outbox");
    expect(response?.status()).toBe(403);
    await expect(page.locator("main")).not.toContainText("reset-password?token=");
  });

  test("guessing the current password on the account page is rate limited", async ({ page, browser, baseURL }) => {
    test.setTimeout(120_000);
    const account = await registerAccount(browser, baseURL!, "guessed");
    await signIn(page, account.email, account.password);
    await page.goto("/account");
    for (let i = 0; i < 10; i++) {
      await page.getByLabel("Current password").fill(`wrong guess ${i}`);
      await page.getByLabel("New password", { exact: true }).fill("a new long passphrase");
      await page.getByLabel("Confirm new password").fill("a new long passphrase");
      await page.getByRole("button", { name: "Change password" }).click();
      await expect(page.getByText("Your current password is not right.")).toBeVisible();
      await expect(page.getByLabel("Current password")).toHaveValue("");
    }
    await page.getByLabel("Current password").fill(account.password);
    await page.getByLabel("New password", { exact: true }).fill("a new long passphrase");
    await page.getByLabel("Confirm new password").fill("a new long passphrase");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByText(/Too many wrong passwords\. Try again in 1[45] minutes/)).toBeVisible();
  });

  test("a broken percent-escape is a 400 'not valid' page, a NUL in a slug a 404, never a server error", async ({ request }) => {
    for (const path of ["/resources/%ff/download", "/resources/%/download"]) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(400);
      expect(await response.text(), path).toContain("That address is not valid");
    }
    for (const path of ["/resources/x%00/download", "/resources/x%00", "/news/x%00"]) {
      expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(404);
    }
  });

  test("security headers forbid framing and sniffing", async ({ request }) => {
    const headers = (await request.get("/")).headers();
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  });
});

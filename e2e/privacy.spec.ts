import { anonymousPage, client, createMember, openMember, signedInPage } from "./admin-helpers";
import { expect, expectAccessible, test } from "./fixtures";

/* Privacy rights: a member's own export, consents and erasure at /account/privacy; staff export and erasure; /privacy. */

// Each journey first makes a member the way an admin does (import, emailed link, password): on a
// loaded machine that alone can take most of the default 90 s.
test.describe.configure({ timeout: 180_000 });

test.describe("/account/privacy", () => {
  test("a member downloads their data, asks for erasure with their password, sees the banner, and cancels", async ({ browser, baseURL }) => {
    const admin = await signedInPage(browser, "admin@example.org");
    const member = await createMember(browser, baseURL!, admin, "free");
    const page = member.page;

    await page.goto("/account/privacy");
    await expect(page.getByRole("heading", { level: 1, name: "Your data and privacy" })).toBeVisible();
    await expectAccessible(page);

    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download your data (JSON)" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^send-network-my-data-\d{4}-\d{2}-\d{2}\.json$/);
    const data = JSON.parse(await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8")));
    expect(data.sections.accounts.rows[0]).toMatchObject({ email: member.email, name: member.name });
    expect(data.sections.outbox.rows.length).toBeGreaterThan(0);
    expect(JSON.stringify(data)).not.toContain("admin@example.org");

    await page.getByRole("link", { name: "Read a summary you can print" }).click();
    await expect(page.getByRole("heading", { level: 1, name: /Your data held by/ })).toBeVisible();
    await expect(page.getByText(`For ${member.name} (${member.email})`)).toBeVisible();
    await expect(page.getByRole("heading", { name: "Payments" })).toBeVisible();
    await expectAccessible(page);

    await page.goto("/account/privacy");
    await expect(page.getByText(/HMRC requires businesses to keep records of payments/)).toBeVisible();
    await page.getByLabel("Your password").fill("not my password");
    await page.getByRole("button", { name: "Erase my account" }).click();
    await expect(page.getByText("That is not your password.")).toBeVisible();
    await expect(page.getByRole("region", { name: /Your account will be erased/ })).toHaveCount(0);

    await page.getByLabel("Your password").fill(member.password);
    await page.getByRole("button", { name: "Erase my account" }).click();
    const banner = page.getByRole("region", { name: /Your account will be erased on/ });
    await expect(banner).toBeVisible();
    await expect(page.getByText("Your request has been received.")).toBeVisible();
    await expectAccessible(page);
    // Every account page shows it, so signing in is enough to find the way to cancel.
    await page.goto("/account");
    await expect(banner).toBeVisible();
    await banner.getByRole("button", { name: "Cancel the erasure" }).click();
    await expect(page).toHaveURL(/\/account\/privacy\?erasure=cancelled/);
    await expect(page.getByText("The erasure has been cancelled.")).toBeVisible();
    await expect(banner).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Erase my account" })).toBeVisible();
  });

  test("signed out, the page and the download send you to sign in", async ({ browser }) => {
    const page = await anonymousPage(browser);
    await page.goto("/account/privacy");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Faccount%2Fprivacy/);
    const response = await page.request.get("/account/privacy/export", { maxRedirects: 0 });
    expect(response.status()).not.toBe(200);
  });
});

test.describe("staff and a request received by post", () => {
  test("an admin downloads a member's data and erases the account at once; it is audited and the member cannot sign in", async ({ browser, baseURL }) => {
    const admin = await signedInPage(browser, "admin@example.org");
    const member = await createMember(browser, baseURL!, admin, "silver", "2031-12-31");
    await openMember(admin, member.email);
    const memberUrl = admin.url();
    const id = memberUrl.split("/").pop()!;

    const downloading = admin.waitForEvent("download");
    await admin.getByRole("link", { name: "Download their data (JSON)" }).click();
    const data = JSON.parse(Buffer.concat(await (await (await downloading).createReadStream()).toArray()).toString("utf8"));
    expect(data.sections.accounts.rows[0]).toMatchObject({ id, email: member.email });

    await admin.getByRole("button", { name: "Erase this account" }).click();
    await expect(admin.getByRole("link", { name: /How the request arrived: Say how the request arrived/ })).toBeVisible();
    await admin.getByLabel("How the request arrived").fill("Letter dated 1 December 2026");
    await admin.getByRole("radio", { name: "Now (the request asked for it)" }).check();
    await admin.getByRole("checkbox", { name: /I have checked that the request comes from the account holder/ }).check();
    await admin.getByRole("button", { name: "Erase this account" }).click();
    await expect(admin.getByText("The account has been erased.")).toBeVisible();
    await expect(admin.getByRole("heading", { level: 1, name: "Erased member" })).toBeVisible();
    await expect(admin.getByTestId("erasure-status")).toContainText("Erased on");
    await expect(admin.getByText("This account has been erased: it cannot sign in")).toBeVisible();
    await expect(admin.getByRole("button", { name: "Send a password-reset email" })).toHaveCount(0);
    await expect(admin.getByText(member.email)).toHaveCount(0);

    await admin.goto(`/admin/audit?entityType=account&entityId=${id}`);
    await expect(admin.getByText("Letter dated 1 December 2026")).toBeVisible();
    await expect(admin.getByText(/Account erased \(request entered by staff\)/)).toBeVisible();
    await expect(admin.getByText(member.email)).toHaveCount(0);

    // Signed out everywhere, and the old email and password open nothing.
    await member.page.goto("/account");
    await expect(member.page).toHaveURL(/\/login/);
    await member.page.getByLabel("Email").fill(member.email);
    await member.page.getByLabel("Password").fill(member.password);
    await member.page.getByRole("button", { name: "Sign in" }).click();
    await expect(member.page.getByText("The email or password is not right.")).toBeVisible();
  });

  test("editors and members are refused the export and the erasure", async ({ baseURL }) => {
    const target = await client(baseURL!, "admin@example.org");
    const membersPage = await (await target.get("/admin/members?q=gold%40example.org")).text();
    const id = membersPage.match(/\/admin\/members\/([0-9a-f-]{36})/)![1]!;
    await target.dispose();
    for (const who of ["editor@example.org", "silver@example.org"]) {
      const context = await client(baseURL!, who);
      const exported = await context.get(`/admin/members/${id}/export`, { maxRedirects: 0 });
      expect(exported.status(), `${who} downloading another member's data`).toBe(403);
      expect(await exported.text()).not.toContain("gold@example.org");
      const page = await context.get(`/admin/members/${id}`, { maxRedirects: 0 });
      expect(page.status(), `${who} opening the member page`).toBe(403);
      await context.dispose();
    }
  });
});

test.describe("/privacy", () => {
  test("says what is kept, why and for how long, the rights and how to complain; linked from the footer and registration", async ({ page }) => {
    await page.goto("/register");
    await page.getByRole("link", { name: "how we use your data" }).click();
    await expect(page).toHaveURL(/\/privacy$/);
    await expect(page.getByRole("heading", { level: 1, name: "Privacy" })).toBeVisible();
    await expect(page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Payments" }) })).toContainText("HMRC");
    await expect(page.getByRole("heading", { name: "Your rights" })).toBeVisible();
    await expect(page.getByRole("link", { name: /ico\.org\.uk/ })).toHaveAttribute("href", "https://ico.org.uk/make-a-complaint/");
    await expectAccessible(page);
    await page.goto("/");
    await page.getByRole("contentinfo").getByRole("link", { name: "Privacy" }).click();
    await expect(page).toHaveURL(/\/privacy$/);
  });
});

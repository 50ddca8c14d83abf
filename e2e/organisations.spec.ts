import { expect, expectAccessible, linkIn, readOutbox, registerAccount, signIn, test, uniqueEmail } from "./fixtures";
import { createOrganisation, dateFromToday } from "./organisation-helpers";

/* Organisation memberships in the browser: the SENCO's page (seats, invitations, transfer, invoices) and the staff dashboard's organisations. */
const GOLD_RESOURCE = "/resources/national-send-update";

test.describe("an organisation admin's page", () => {
  test("the SENCO invites a colleague who joins and opens Gold, then gives the seat to someone else and the leaver loses Gold at once", async ({ page, browser, baseURL }) => {
    test.setTimeout(180_000);
    await signIn(page, "senco@oakfield.example.org");
    await page.goto("/account");
    await page.getByRole("link", { name: "Your organisation: seats, people and invoices" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Oakfield Primary School" })).toBeVisible();
    await expect(page.getByTestId("organisation-tier")).toHaveText("Gold");
    await expect(page.getByTestId("organisation-status")).toHaveText("Current");
    await expect(page.getByTestId("organisation-seats")).toContainText("of 10");
    await expect(page.getByText("teacher@oakfield.example.org")).toBeVisible();
    await expect(page.getByTestId("invoice-row")).toHaveCount(2);
    await expectAccessible(page);

    const invitee = uniqueEmail("invitee");
    await page.getByLabel("Email address").fill(invitee);
    await page.getByRole("button", { name: "Send invitation" }).click();
    await expect(page.getByText(`An invitation has been sent to ${invitee}.`)).toBeVisible();
    await expect(page.getByTestId("open-invite").filter({ hasText: invitee })).toBeVisible();

    const account = await registerAccount(browser, baseURL!, "invitee", { email: invitee });
    const mail = await readOutbox(baseURL!, invitee, /invited you to Oakfield Primary School/);
    const colleague = await (await browser.newContext()).newPage();
    await signIn(colleague, account.email, account.password);
    expect((await colleague.request.get(`${GOLD_RESOURCE}/download`, { maxRedirects: 0 })).status()).toBe(403);
    await colleague.goto(linkIn(mail, "/account/organisation/accept?token="));
    await expectAccessible(colleague);
    await colleague.getByRole("button", { name: "Join Oakfield Primary School" }).click();
    await expect(colleague.getByText("You now have a seat on Oakfield Primary School's membership.")).toBeVisible();
    await expect(colleague.getByTestId("current-tier")).toHaveText("Gold");
    expect((await colleague.request.get(`${GOLD_RESOURCE}/download`, { maxRedirects: 0 })).status()).toBe(200);

    // The same link does not work twice.
    await colleague.goto(linkIn(mail, "/account/organisation/accept?token="));
    await expect(colleague.getByRole("heading", { name: "This invitation has expired" })).toBeVisible();

    // The colleague leaves: the SENCO gives the seat to a new teacher, who is invited.
    const newcomer = uniqueEmail("newcomer");
    await page.reload();
    const row = page.getByTestId("seat-holder").filter({ hasText: account.email });
    await row.getByText("Transfer or remove").click();
    await row.getByLabel("Colleague's email").fill(newcomer);
    await row.getByRole("button", { name: "Transfer seat" }).click();
    await expect(page.getByText("The seat is free and your colleague has been invited by email to take it.")).toBeVisible();
    await expect(page.getByText(account.email)).toHaveCount(0);
    await expect(page.getByTestId("open-invite").filter({ hasText: newcomer })).toBeVisible();
    expect(await readOutbox(baseURL!, newcomer, /invited you/)).toContain("/account/organisation/accept?token=");

    // On the leaver's very next request the Gold library is closed; their own account stays.
    expect((await colleague.request.get(`${GOLD_RESOURCE}/download`, { maxRedirects: 0 })).status()).toBe(403);
    await colleague.goto("/account");
    await expect(colleague.getByTestId("current-tier")).toHaveText("Free");
    await colleague.context().close();
  });

  test("the SENCO downloads an invoice as a PDF, and asks for a renewal invoice with a purchase order number", async ({ page }) => {
    await signIn(page, "senco@oakfield.example.org");
    await page.goto("/account/organisation");
    const link = page.getByRole("link", { name: "Download INV-000001 (PDF)" });
    const response = await page.request.get((await link.getAttribute("href"))!);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/pdf");
    expect((await response.body()).subarray(0, 5).toString()).toBe("%PDF-");

    await page.getByLabel("Purchase order number (optional)").first().fill("PO-E2E-77");
    await page.getByRole("button", { name: "Issue invoice", exact: true }).click();
    await expect(page.getByText(/Invoice INV-\d{6} has been issued and emailed/)).toBeVisible();
    await expect(page.getByTestId("invoice-row").filter({ hasText: "PO-E2E-77" })).toBeVisible();

    await page.getByLabel("Seats to add").fill("0");
    await page.getByRole("button", { name: "Issue invoice for seats" }).click();
    await expect(page.getByText("Enter at least 1 seat.").first()).toBeVisible();
  });

  test("an organisation admin pays an open invoice by card on Stripe's page, and the invoice shows as paid", async ({ page, browser }) => {
    test.setTimeout(120_000);
    const staff = await (await browser.newContext()).newPage();
    await signIn(staff, "admin@example.org");
    const tag = Date.now().toString(36);
    const orgUrl = await createOrganisation(staff, { name: `Card Primary ${tag}`, seats: 3, startsOn: dateFromToday(-30), endsOn: dateFromToday(335), admins: ["silver@example.org"] });
    await staff.getByLabel("For").selectOption("seats");
    await staff.getByLabel("Seats", { exact: true }).last().fill("2");
    await staff.getByRole("button", { name: "Issue invoice" }).click();
    await expect(staff.getByText(/Invoice INV-\d{6} has been issued/)).toBeVisible();
    await staff.context().close();

    await signIn(page, "silver@example.org");
    await page.goto(`/account/organisation?org=${orgUrl.split("/").pop()}`);
    const row = page.getByTestId("invoice-row");
    await row.getByRole("button", { name: /^Pay £[\d.,]+ by card$/ }).click();
    await page.getByRole("button", { name: "Pay", exact: true }).click();
    await expect(page.getByText("Thank you: your card payment went through.")).toBeVisible();
    await expect(async () => {
      await page.reload();
      await expect(page.getByTestId("invoice-status")).toContainText("Paid", { timeout: 1000 });
    }).toPass({ timeout: 20_000 });
    await expect(page.getByTestId("organisation-seats")).toHaveText("0 of 5");
  });

  test("a teacher with a seat, and anyone else who is not an organisation admin, is refused the page", async ({ page }) => {
    await signIn(page, "teacher@oakfield.example.org");
    const response = await page.goto("/account/organisation");
    expect(response!.status()).toBe(403);
    const invoices = await page.request.get("/account/organisation/invoices/00000000-0000-4000-8000-000000000000");
    expect(invoices.status()).toBe(404);
  });
});

test.describe("a SENCO buying for their school", () => {
  test("buys Gold for ten staff on a purchase order, invites a colleague, and both open Gold once staff mark the invoice paid", async ({ page, browser, baseURL }) => {
    test.setTimeout(180_000);
    const senco = await registerAccount(browser, baseURL!, "senco");
    await signIn(page, senco.email, senco.password);
    await page.goto("/membership");
    await page.getByRole("link", { name: "Set up your organisation's membership" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Membership for your organisation" })).toBeVisible();
    await expectAccessible(page);

    // Bad input: the form says what to correct, and nothing is set up.
    await page.getByRole("button", { name: "Set up and email the invoice" }).click();
    await expect(page.getByText("Enter your organisation's name.").first()).toBeVisible();
    await expect(page.getByText("Enter the address the invoice goes to.").first()).toBeVisible();

    const name = `Hillside Academy ${Date.now().toString(36)}`;
    await page.getByLabel("Organisation name").fill(name);
    await page.getByLabel("Invoice address").fill("Hillside Academy\n2 Hill Road\nTesttown TT2 2TT");
    await page.getByLabel("Membership tier").selectOption("gold");
    await page.getByLabel("Seats").fill("10");
    await page.getByLabel("Purchase order number (optional)").fill("PO-HILL-7");
    await page.getByRole("button", { name: "Set up and email the invoice" }).click();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(page.getByText("Your organisation is set up and its invoice has been emailed to you")).toBeVisible();
    await expect(page.getByTestId("organisation-status")).toHaveText("Not started (waiting for payment)");
    await expect(page.getByTestId("organisation-seats")).toHaveText("1 of 10");
    await expect(page.getByTestId("invoice-row").filter({ hasText: "PO-HILL-7" })).toContainText("10 seats for a year: £1,200");
    expect(await readOutbox(baseURL!, senco.email, new RegExp(`Invoice INV-\\d{6} for ${name}`))).toContain("/account/organisation/invoices/");
    await expectAccessible(page);

    // One organisation waiting for its first payment at a time.
    await page.goto("/account/organisation/new");
    await page.getByLabel("Organisation name").fill(`${name} again`);
    await page.getByLabel("Invoice address").fill("2 Hill Road\nTesttown");
    await page.getByRole("button", { name: "Set up and email the invoice" }).click();
    await expect(page.getByText(`${name} is still waiting for its first payment.`)).toBeVisible();

    // A colleague is invited before the invoice is paid; their seat opens nothing yet.
    await page.goto("/account/organisation");
    const invitee = uniqueEmail("hillside");
    await page.getByLabel("Email address").fill(invitee);
    await page.getByRole("button", { name: "Send invitation" }).click();
    await expect(page.getByText(`An invitation has been sent to ${invitee}.`)).toBeVisible();
    const account = await registerAccount(browser, baseURL!, "hillside", { email: invitee });
    const colleague = await (await browser.newContext()).newPage();
    await signIn(colleague, account.email, account.password);
    await colleague.goto(linkIn(await readOutbox(baseURL!, invitee, /invited you to Hillside Academy/), "/account/organisation/accept?token="));
    await colleague.getByRole("button", { name: `Join ${name}` }).click();
    await expect(colleague.getByText(`You now have a seat on ${name}'s membership.`)).toBeVisible();
    for (const person of [page, colleague]) expect((await person.request.get(`${GOLD_RESOURCE}/download`, { maxRedirects: 0 })).status()).toBe(403);

    // Staff mark the invoice paid: the only step that needs them.
    const staff = await (await browser.newContext()).newPage();
    await signIn(staff, "admin@example.org");
    await staff.goto("/admin/organisations");
    await staff.getByRole("link", { name }).click();
    await staff.getByTestId("invoice-row").filter({ hasText: "PO-HILL-7" }).getByRole("button", { name: /Mark INV-\d{6} paid/ }).click();
    await expect(staff.getByText(/Invoice INV-\d{6} is paid\. The membership has started/)).toBeVisible();

    for (const person of [page, colleague]) expect((await person.request.get(`${GOLD_RESOURCE}/download`, { maxRedirects: 0 })).status()).toBe(200);
    await page.reload();
    await expect(page.getByTestId("organisation-status")).toHaveText("Current");
    await expect(page.getByTestId("organisation-seats")).toHaveText("2 of 10");
  });
});

test.describe("staff organisations", () => {
  test("staff create an organisation, verify its domain, make its admin, invoice it and mark the invoice paid; every change is in the audit log", async ({ page }) => {
    test.setTimeout(120_000);
    await signIn(page, "admin@example.org");
    await page.goto("/admin");
    await page.getByRole("navigation", { name: "Dashboard" }).getByRole("link", { name: "Organisations" }).click();
    const oakfield = page.getByRole("row").filter({ hasText: "Oakfield Primary School" });
    await expect(oakfield).toContainText("Gold");
    await expect(oakfield).toContainText("of 10");
    await expectAccessible(page);

    const name = `Birch Lane College ${Date.now().toString(36)}`;
    const domain = `birch-${Date.now().toString(36)}.example.org`;
    await createOrganisation(page, { name, seats: 4, domain, admins: ["member@example.org"] });
    await expect(page.getByTestId("organisation-status")).toHaveText("Not started (waiting for payment)");
    await expectAccessible(page);

    await page.getByLabel("Seats", { exact: true }).last().fill("6");
    await page.getByLabel("Purchase order number (optional)").fill("PO-BIRCH-1");
    await page.getByRole("button", { name: "Issue invoice" }).click();
    await expect(page.getByText(/Invoice INV-\d{6} has been issued/)).toBeVisible();
    const row = page.getByTestId("invoice-row").filter({ hasText: "PO-BIRCH-1" });
    await expect(row).toContainText("6 seats for a year: £720");
    await row.getByRole("button", { name: /Mark INV-\d{6} paid/ }).click();
    await expect(page.getByText(/Invoice INV-\d{6} is paid\. The membership has started/)).toBeVisible();
    await page.reload();
    await expect(page.getByTestId("organisation-status")).toHaveText("Current");
    await expect(page.getByTestId("organisation-seats")).toHaveText("0 of 6");
    await expect(page.getByTestId("invoice-row").filter({ hasText: "PO-BIRCH-1" }).getByTestId("invoice-status")).toContainText("Paid");

    // Bad input: nothing changes, and the form says why.
    await page.getByLabel("End date").fill("");
    await page.getByRole("button", { name: "Save organisation" }).click();
    await expect(page.getByText("Enter both dates, or neither (not started).").first()).toBeVisible();

    await page.goto("/admin/audit");
    await expect(page.getByText(/Invoice \d+ paid \(bank-transfer\); gold for 6 seats until/)).toBeVisible();
    await expect(page.getByText(/Issued invoice \d+: 6 gold seat\(s\), total £720.00, PO PO-BIRCH-1/)).toBeVisible();
    await expect(page.getByText(`Verified the domain ${domain}`)).toBeVisible();
  });

  test("screens fit a phone and a desktop @presentation", async ({ page, browser }, testInfo) => {
    await signIn(page, "senco@oakfield.example.org");
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto("/account/organisation");
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.screenshot({ path: testInfo.outputPath(`account-organisation-${width}.png`), fullPage: true });
      await page.goto("/account/organisation/new");
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.screenshot({ path: testInfo.outputPath(`account-organisation-new-${width}.png`), fullPage: true });
    }
    const staff = await (await browser.newContext()).newPage();
    await signIn(staff, "admin@example.org");
    await staff.goto("/admin/organisations");
    await staff.getByRole("link", { name: "Oakfield Primary School" }).click();
    await expect(staff.getByRole("heading", { level: 1, name: "Oakfield Primary School" })).toBeVisible();
    for (const width of [390, 1280]) {
      await staff.setViewportSize({ width, height: 900 });
      await staff.reload();
      expect(await staff.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await staff.screenshot({ path: testInfo.outputPath(`admin-organisation-${width}.png`), fullPage: true });
    }
    await staff.context().close();
  });
});

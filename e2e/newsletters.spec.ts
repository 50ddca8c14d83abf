import type { Browser, Page } from "@playwright/test";
import { SmtpSink, type ReceivedMail } from "../tests/smtp-sink";
import { anonymousPage, createMember, signedInPage } from "./admin-helpers";
import { expect, expectAccessible, linkIn, readOutbox, signIn, test, uniqueEmail } from "./fixtures";

/*
 * Newsletters end to end: mail leaves the server for a real SMTP server this spec starts (the e2e
 * server sends newsletters to E2E_SMTP_PORT) and is checked as received.
 */
const sink = new SmtpSink();
const MONTHLY = "Monthly members' update";

test.describe.configure({ mode: "serial" });
test.beforeAll(async () => {
  await sink.start(Number(process.env.E2E_SMTP_PORT ?? 2525));
});
test.afterAll(() => sink.stop());

async function waitForMail(to: string, subject: string | RegExp): Promise<ReceivedMail> {
  await expect.poll(() => sink.to(to).filter((m) => matches(m, subject)).length, { timeout: 45_000 }).toBeGreaterThan(0);
  return sink.to(to).find((m) => matches(m, subject))!;
}
const matches = (m: ReceivedMail, subject: string | RegExp) => (typeof subject === "string" ? m.parsed.subject === subject : subject.test(m.parsed.subject ?? ""));
const header = (m: ReceivedMail, name: string) => m.parsed.headerLines.find((h) => h.key === name)?.line.replace(/\r?\n\s+/g, " ") ?? "";
const unsubscribeUrl = (m: ReceivedMail) => /<(https?:\/\/[^>]+)>/.exec(header(m, "list-unsubscribe"))![1]!;

async function subscribeOnAccountPage(page: Page) {
  await page.goto("/account");
  await page.getByLabel("Send me the newsletter").check();
  await page.getByRole("button", { name: "Save newsletter preferences" }).click();
  await expect(page.getByText("Saved: we will send you the newsletter.")).toBeVisible();
}

async function registerWithNewsletter(browser: Browser, baseURL: string, tick: boolean) {
  const email = uniqueEmail(tick ? "nl-yes" : "nl-no");
  const page = await anonymousPage(browser);
  await page.goto("/register");
  await page.getByLabel("Full name").fill("Newsletter Reader");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("correct horse battery staple");
  const box = page.getByRole("checkbox", { name: "Send me the newsletter" });
  await expect(box).not.toBeChecked();
  if (tick) await box.check();
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await page.goto(linkIn(await readOutbox(baseURL, email, /Confirm your email/), "/verify-email?token="));
  await expect(page).toHaveURL(/\/login\?confirmed=1/);
  await signIn(page, email, "correct horse battery staple");
  await page.goto("/account");
  return page;
}

test("the newsletter box at registration starts unticked, and a tick is the person's consent on their account", async ({ browser, baseURL }) => {
  const yes = await registerWithNewsletter(browser, baseURL!, true);
  await expect(yes.getByText("You receive the newsletter.")).toBeVisible();
  await expect(yes.getByLabel("Send me the newsletter")).toBeChecked();
  await expectAccessible(yes);
  const no = await registerWithNewsletter(browser, baseURL!, false);
  await expect(no.getByText("You do not receive the newsletter.")).toBeVisible();
  await expect(no.getByLabel("Send me the newsletter")).not.toBeChecked();
});

test("staff send the monthly members' update to consenting Gold members and see it delivered", async ({ browser, baseURL }) => {
  test.setTimeout(360_000);
  const admin = await signedInPage(browser, "admin@example.org");
  const consenting = await createMember(browser, baseURL!, admin, "gold");
  await subscribeOnAccountPage(consenting.page);
  const silent = await createMember(browser, baseURL!, admin, "gold");

  await admin.goto("/admin/newsletters");
  await expectAccessible(admin);
  await admin.getByRole("link", { name: MONTHLY }).click();
  await expect(admin.getByRole("heading", { level: 1, name: MONTHLY })).toBeVisible();
  await expect(admin.getByText("2 people in this audience have agreed to receive the newsletter")).toBeVisible();
  await expect(admin.frameLocator('iframe[title^="Email preview"]').getByRole("heading", { name: MONTHLY })).toBeVisible();
  await expectAccessible(admin);

  // A test to the staff member alone, marked as one.
  await admin.getByRole("button", { name: "Send a test to me" }).click();
  await expect(admin.getByText("A test of the saved version was sent to admin@example.org.")).toBeVisible();
  await waitForMail("admin@example.org", `[Test] ${MONTHLY}`);

  await admin.getByRole("button", { name: "Send to 2 people" }).click();
  await expect(admin.getByText("Sending has started.")).toBeVisible();
  await expect(admin.getByText(/^Status: Sent, finished at/)).toBeVisible({ timeout: 45_000 });
  const counts = admin.getByTestId("recipient-counts");
  await expect(counts.getByText("Sent", { exact: true }).locator("xpath=following-sibling::dd")).toHaveText("2");
  await expect(counts.getByText("Queued", { exact: true }).locator("xpath=following-sibling::dd")).toHaveText("0");
  await expect(counts.getByText("Failed", { exact: true }).locator("xpath=following-sibling::dd")).toHaveText("0");
  await admin.goto("/admin/newsletters");
  const row = admin.getByRole("row", { name: new RegExp(MONTHLY) });
  await expect(row.getByRole("cell").nth(1)).toContainText("Sent");
  await expect(row.getByRole("cell").nth(3)).toHaveText("2");

  // Received: once each by the consenting Gold members, by nobody else.
  const mail = await waitForMail(consenting.email, MONTHLY);
  await waitForMail("gold@example.org", MONTHLY);
  const got = sink.messages.filter((m) => m.parsed.subject === MONTHLY).flatMap((m) => m.to);
  expect(got.sort()).toEqual(["gold@example.org", consenting.email.toLowerCase()].sort());
  expect(got).not.toContain(silent.email.toLowerCase());
  // silver@example.org subscribes too, but the update is for Gold members.
  expect(got).not.toContain("silver@example.org");

  expect(header(mail, "list-unsubscribe-post")).toBe("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
  expect(unsubscribeUrl(mail)).toMatch(new RegExp(`^${baseURL}/newsletters/unsubscribe/one-click\\?token=`));
  expect(mail.parsed.messageId).toMatch(/^<newsletter\.[0-9a-f-]+@localhost>$/);
  expect(mail.parsed.text).toContain("Welcome to this month's update for Gold members.");
  expect(mail.parsed.text).toContain(`National SEND update (${baseURL}/resources/national-send-update)`);
  expect(String(mail.parsed.html)).toContain("Welcome to this month's update for Gold members.");

  // The links work: the resource and the web version open for the member who got it.
  const hrefs = [...String(mail.parsed.html).matchAll(/href="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, "&"));
  const member = consenting.page;
  await member.goto(hrefs.find((h) => h.endsWith("/resources/national-send-update"))!);
  await expect(member.getByRole("heading", { level: 1, name: "National SEND update" })).toBeVisible();
  await member.goto(hrefs.find((h) => h.endsWith("/newsletters/monthly-members-update"))!);
  await expect(member.getByText("Welcome to this month's update for Gold members.")).toBeVisible();
  await expectAccessible(member);
});

test("the archive lists sent newsletters and opens each only to its audience", async ({ browser }) => {
  const visitor = await anonymousPage(browser);
  await visitor.goto("/newsletters");
  await expect(visitor.getByRole("link", { name: MONTHLY })).toBeVisible();
  await expect(visitor.getByText("Gold members").first()).toBeVisible();
  await expectAccessible(visitor);
  await visitor.goto("/newsletters/monthly-members-update");
  await expect(visitor.getByRole("heading", { name: "Sign in to read this newsletter" })).toBeVisible();
  await expect(visitor.getByText("Welcome to this month's update")).toHaveCount(0);
  await expectAccessible(visitor);

  const silver = await signedInPage(browser, "silver@example.org");
  await silver.goto("/newsletters/monthly-members-update");
  await expect(silver.getByRole("heading", { name: "This newsletter was sent to other members" })).toBeVisible();
  await expect(silver.getByText("It was written for Gold members.")).toBeVisible();
  await expect(silver.getByText("Welcome to this month's update")).toHaveCount(0);

  const gold = await signedInPage(browser, "gold@example.org");
  await gold.goto("/newsletters/monthly-members-update");
  await expect(gold.getByText("Welcome to this month's update for Gold members.")).toBeVisible();
  const editor = await signedInPage(browser, "editor@example.org");
  await editor.goto("/newsletters/monthly-members-update");
  await expect(editor.getByText("Welcome to this month's update for Gold members.")).toBeVisible();
  // Drafts are not in the archive.
  expect((await visitor.request.get("/newsletters/no-such-newsletter")).status()).toBe(404);
});

/** Staff send a newsletter to everyone who subscribes; returns the message each of `emails` got. */
async function sendToAll(browser: Browser, subject: string, emails: string[]): Promise<ReceivedMail[]> {
  const admin = await signedInPage(browser, "admin@example.org");
  await admin.goto("/admin/newsletters/new");
  await admin.getByLabel("Title", { exact: true }).fill(subject);
  await admin.getByLabel("Newsletter", { exact: true }).fill("News for everyone who subscribes.");
  await admin.getByRole("radio", { name: "Everyone who subscribes" }).check();
  await admin.getByRole("button", { name: "Create draft" }).click();
  await expect(admin.getByText("The draft was created.")).toBeVisible();
  await admin.getByRole("button", { name: /^Send to \d+ people$/ }).click();
  await expect(admin.getByText(/^Status: Sent, finished at/)).toBeVisible({ timeout: 45_000 });
  return Promise.all(emails.map((email) => waitForMail(email, subject)));
}

test("unsubscribing needs no sign-in: without JavaScript, with it, and by the one-click POST; nobody unsubscribed is sent the next one", async ({ browser, baseURL, request }) => {
  test.setTimeout(360_000);
  const readers = await Promise.all([0, 1, 2].map(() => registerWithNewsletter(browser, baseURL!, true)));
  const emails = await Promise.all(readers.map(async (page) => (await page.getByText(/^Signed in as /).textContent())!.replace("Signed in as ", "")));
  const first = await sendToAll(browser, `For everyone ${Date.now()}`, emails);

  // Without JavaScript: the link opens a page whose button is a plain form.
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noScript.newPage();
  const link = /Unsubscribe: (\S+)/.exec(first[0]!.parsed.text ?? "")![1]!;
  await plain.goto(link);
  await expect(plain.getByRole("heading", { name: "Unsubscribe from the newsletter" })).toBeVisible();
  await plain.getByRole("button", { name: "Unsubscribe" }).click();
  await expect(plain.getByRole("heading", { name: "You are unsubscribed" })).toBeVisible();

  // With JavaScript, from the HTML part's link.
  const scripted = await anonymousPage(browser);
  const htmlLink = /href="([^"]*\/newsletters\/unsubscribe\?token=[^"]+)"/.exec(String(first[1]!.parsed.html))![1]!.replace(/&amp;/g, "&");
  await scripted.goto(htmlLink);
  await expectAccessible(scripted);
  await scripted.getByRole("button", { name: "Unsubscribe" }).click();
  await expect(scripted.getByRole("heading", { name: "You are unsubscribed" })).toBeVisible();
  await expectAccessible(scripted);

  // A mail client's RFC 8058 one-click POST to the List-Unsubscribe address: done at once, 200.
  const oneClick = unsubscribeUrl(first[2]!);
  const response = await request.post(oneClick, {
    form: { "List-Unsubscribe": "One-Click" },
  });
  expect(response.status()).toBe(200);
  // A forged token changes nothing.
  expect((await request.post("/newsletters/unsubscribe/one-click?token=nonsense", { form: { "List-Unsubscribe": "One-Click" } })).status()).toBe(400);

  for (const page of readers) {
    await page.goto("/account");
    await expect(page.getByText("You do not receive the newsletter.")).toBeVisible();
  }
  const next = `For everyone again ${Date.now()}`;
  await sendToAll(browser, next, ["gold@example.org"]);
  for (const email of emails) expect(sink.to(email).filter((m) => m.parsed.subject === next)).toHaveLength(0);
  await noScript.close();
});

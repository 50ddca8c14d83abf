/**
 * The paid members' main journey, checked against a server however it was started: gold opens and
 * downloads a gold resource, silver is refused and told why, a member is refused the dashboard,
 * and a filtered list renders. Each step is its own test, so a report names what broke.
 */
import type { Browser, BrowserContextOptions, Page } from "@playwright/test";
import { seedResources } from "../../db/seed-data/content";
import { DEMO_ADMIN, freshAdminCode } from "../../tests/demo-admin";
import { DEMO_PASSWORD, expect } from "../fixtures";

const gold = seedResources.find((r) => r.slug === "national-send-update")!;
/** A sentence of the gold resource's body, as a reader sees it (no markdown). */
export const goldSentence = gold.body.split("\n").find((line) => line.startsWith("These notes"))!.split(". ")[0]!;
const live = seedResources.filter((r) => !r.status || r.status === "published");

/**
 * A GET from inside the page (its cookies, its host resolution), redirects not followed: status,
 * Content-Disposition, and the body as text and its first five bytes.
 */
async function fetchInPage(page: Page, path: string) {
  return page.evaluate(async (url) => {
    const response = await fetch(url, { redirect: "manual" });
    const bytes = new Uint8Array(await response.arrayBuffer());
    return {
      status: response.status,
      disposition: response.headers.get("content-disposition") ?? "",
      text: new TextDecoder().decode(bytes),
      head: String.fromCharCode(...bytes.subarray(0, 5)),
    };
  }, path);
}

export async function signedIn(browser: Browser, baseURL: string, email: string, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ baseURL, ...options });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  // The demo admin's second factor: a code from its published key (tests/demo-admin.ts).
  if (email === DEMO_ADMIN) {
    await expect(page).toHaveURL(/\/login\/verify/, { timeout: 30_000 });
    await page.getByLabel("Code").fill(await freshAdminCode(baseURL));
    await page.getByRole("button", { name: "Continue" }).click();
  }
  // A fresh server hashes its first password and warms its caches: slower than later sign-ins.
  // Admins land on the dashboard, everyone else on their account.
  const landing = email.startsWith("admin@") ? /\/admin$/ : /\/account$/;
  await expect(page, `${email} signed in at ${baseURL}`).toHaveURL(landing, { timeout: 30_000 });
  return page;
}

export async function goldOpensAndDownloads(page: Page) {
  expect(gold.visibility).toEqual({ tiers: ["gold"] });
  const response = await page.goto(`/resources/${gold.slug}`);
  expect(response?.status(), "status of the gold resource page for gold").toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: gold.title })).toBeVisible();
  await expect(page.getByText(goldSentence)).toBeVisible();
  await expect(page.getByTestId("access-panel")).toHaveCount(0);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /^Download/ }).click()]);
  expect(download.suggestedFilename()).toBe(gold.file!.filename);
  const file = await fetchInPage(page, `/resources/${gold.slug}/download`);
  expect(file.status).toBe(200);
  expect(file.disposition).toMatch(new RegExp(`^attachment; filename="${gold.file!.filename}"`));
  expect(file.head).toBe("%PDF-");
}

export async function silverIsRefused(page: Page) {
  const response = await page.goto(`/resources/${gold.slug}`);
  expect(response?.status(), "status of the gold resource page for silver").toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: gold.title })).toBeVisible();
  const panel = page.getByTestId("access-panel");
  await expect(panel).toContainText("This resource is for Gold members.");
  await expect(panel).toContainText("Your membership: Silver");
  await expect(page.getByText(goldSentence)).toHaveCount(0);

  const file = await fetchInPage(page, `/resources/${gold.slug}/download`);
  expect(file.status, "status of the gold download for silver").toBe(403);
  expect(file.text).toContain("Gold");
  expect(file.text).not.toContain(goldSentence);
}

export async function memberRefusedDashboard(page: Page) {
  const response = await page.goto("/admin");
  expect(response?.status(), "status of /admin for a member").toBe(403);
  await expect(page.getByRole("heading", { level: 1, name: "Members" })).toHaveCount(0);
}

export async function filteredListRenders(page: Page) {
  const information = live.filter((r) => r.type === "Information");
  expect(information.length).toBeGreaterThan(1);
  const response = await page.goto("/resources?type=Information&page=1");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Resource library" })).toBeVisible();
  await expect(page.getByRole("heading", { name: `${information.length} resources` })).toBeVisible();
  const cards = page.locator("main ul li article");
  await expect(cards.first()).toBeVisible();
  const texts = await cards.allTextContents();
  expect(texts.length).toBe(Math.min(information.length, 12));
  for (const text of texts) expect(text).toContain("Information");
  const other = live.find((r) => r.type !== "Information")!;
  await expect(page.locator("main")).not.toContainText(other.title);
}

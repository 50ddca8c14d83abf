import { request as playwrightRequest, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { toLondonDateTime } from "../lib/dates";
import { adminRequest, DEMO_ADMIN, DEMO_PASSWORD, expect, linkIn, readOutbox, signIn, signInRequest, uniqueAddress, uniqueEmail } from "./fixtures";

/** Something no other test (or run) uses. */
export const unique = (label: string) => `${label} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** A fresh browser context (its own client address) signed in as `email`. */
export async function signedInPage(browser: Browser, email: string, password = DEMO_PASSWORD): Promise<Page> {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": uniqueAddress() } });
  const page = await context.newPage();
  await signIn(page, email, password);
  return page;
}

/** A browserless client (cheap), signed in as `email` or anonymous. */
export async function client(baseURL: string, email?: string): Promise<APIRequestContext> {
  if (email === DEMO_ADMIN) return adminRequest(baseURL);
  const context = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": uniqueAddress() } });
  if (email) await signInRequest(context, email);
  return context;
}

/** A page's HTML with the entities a test compares against decoded. */
export async function html(context: APIRequestContext, path: string): Promise<string> {
  const text = await (await context.get(path)).text();
  return text.replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
}

export async function anonymousPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": uniqueAddress() } });
  return context.newPage();
}

/** The value a `datetime-local` field takes for an instant, in UK time (as staff type it). */
export const ukDateTime = (date: Date) => toLondonDateTime(date);

export interface NewResource {
  title: string;
  summary?: string;
  body?: string;
  visibility?: "public" | "members" | { tiers: Array<"Silver" | "Gold"> };
  status?: "Draft" | "Published" | "Scheduled";
  publishAt?: Date;
  /** A gated resource going live with no file: answer the question the form asks first. */
  publishWithoutFile?: boolean;
}

/** Fills the new-resource form as an editor would and creates it; returns its edit page URL and slug. */
export async function createResource(page: Page, resource: NewResource) {
  await page.goto("/admin/resources/new");
  await page.getByLabel("Title", { exact: true }).fill(resource.title);
  await page.getByLabel("Summary", { exact: true }).fill(resource.summary ?? `About ${resource.title}.`);
  await page.getByLabel("Body", { exact: true }).fill(resource.body ?? `Body of ${resource.title}.`);
  const visibility = resource.visibility ?? "public";
  if (visibility === "public") await page.getByRole("radio", { name: "Everyone, signed in or not" }).check();
  else if (visibility === "members") await page.getByRole("radio", { name: /Any signed-in member/ }).check();
  else for (const tier of visibility.tiers) await page.getByRole("checkbox", { name: tier, exact: true }).check();
  await setStatus(page, resource.status ?? "Draft", resource.publishAt);
  const slug = await page.getByLabel("Web address").inputValue();
  await page.getByRole("button", { name: "Create resource" }).click();
  if (resource.publishWithoutFile) {
    await page.getByRole("checkbox", { name: "Publish without a file" }).check();
    await page.getByRole("button", { name: "Create resource" }).click();
  }
  await expect(page.getByText("The resource has been created.")).toBeVisible();
  return { url: page.url(), slug };
}

export async function setStatus(page: Page, status: "Draft" | "Published" | "Scheduled", publishAt?: Date) {
  await page.getByRole("radio", { name: new RegExp(`^${status}`) }).check();
  if (publishAt) await page.getByLabel("Publication date and time").fill(ukDateTime(publishAt));
}

/** Pastes a CSV into the import page and checks it. */
export async function checkImport(page: Page, csv: string) {
  await page.goto("/admin/members/import");
  await page.getByText("Or paste the CSV text").click();
  await page.getByLabel("CSV text").fill(csv);
  await page.getByRole("button", { name: "Check the file" }).click();
}

/**
 * A brand-new member, made the way an admin would: imported from a one-row CSV, then the
 * invitation email's link used to choose a password. Returns a page signed in as them.
 */
export async function createMember(browser: Browser, baseURL: string, admin: Page, tier: string, expiry = "") {
  const email = uniqueEmail(`e2e-${tier}`);
  const name = unique("Member");
  await checkImport(admin, `email,name,tier,expiry\n${email},${name},${tier},${expiry}\n`);
  await admin.getByRole("button", { name: /^Import: create 1/ }).click();
  await expect(admin.getByText("Import complete: 1 accounts created")).toBeVisible();

  const mail = await readOutbox(baseURL, email, /choose a password/);
  const page = await anonymousPage(browser);
  await page.goto(linkIn(mail, "/reset-password?token="));
  const password = "a long and memorable passphrase";
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByLabel("Confirm password").fill(password);
  await page.getByRole("button", { name: "Save password" }).click();
  await expect(page).toHaveURL(/\/login\?reset=1/);
  await signIn(page, email, password);
  return { email, name, password, page };
}

/** Opens an account's page in the members admin. */
export async function openMember(admin: Page, email: string) {
  await admin.goto(`/admin/members?q=${encodeURIComponent(email)}`);
  await admin.locator('table a[href^="/admin/members/"]').first().click();
  await expect(admin.getByText(`${email} · joined`)).toBeVisible();
}

/** A tiny but real-looking PDF (the server checks the %PDF- signature). */
export const pdfBytes = (text: string) =>
  Buffer.from(`%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${text}\ntrailer << /Root 1 0 R >>\n%%EOF\n`);

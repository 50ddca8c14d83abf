import type { Browser, Page } from "@playwright/test";
import { checkImport } from "./admin-helpers";
import { axeViolations, DEMO_ADMIN, expect, linkIn, readOutbox, reference, sharedAdminCookies, signInRequest, test, uniqueAddress, uniqueEmail } from "./fixtures";

/*
 * axe (WCAG 2.2 A/AA, violations of any impact) on every route in every reading theme. One test per
 * group of routes, visiting them in turn in one page (one sign-in). On each page the whole of axe
 * runs in the standard theme; then the page is switched to each other theme the way the head
 * script does it from the cookie (the data-theme attribute; CSS does the rest) and axe's colour
 * rules run again: a theme changes colours only, so every other rule has the same answer in every
 * theme. That the cookie applies the theme before first paint is tested in reading-preferences.
 */
const themes = ["default", "contrast", "dark", "cream"] as const;
const colourRules = ["color-contrast", "link-in-text-block"];

async function newPage(browser: Browser, baseURL: string, email?: string): Promise<Page> {
  const context = await browser.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": uniqueAddress() } });
  // The demo admin's session is the worker's shared one (a fresh sign-in needs a fresh code).
  if (email === DEMO_ADMIN) await context.addCookies(await sharedAdminCookies());
  else if (email) await signInRequest(context.request, email);
  return context.newPage();
}

/** Checks the page as it is now, in every theme (a soft check, so every page is reported). */
async function audit(page: Page, label = new URL(page.url()).pathname + new URL(page.url()).search) {
  for (const theme of themes) {
    await page.evaluate((t) => {
      if (t === "default") document.documentElement.removeAttribute("data-theme");
      else document.documentElement.setAttribute("data-theme", t);
    }, theme);
    // Let colour transitions finish, so axe reads the theme's colours, not ones in between.
    await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
    const violations = await axeViolations(page, theme === "default" ? undefined : colourRules);
    expect.soft(violations, `axe violations on ${label} in the ${theme} theme`).toEqual([]);
  }
  await page.evaluate(() => document.documentElement.removeAttribute("data-theme"));
}

async function visit(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBeLessThan(path.includes("no-such-page") || path === "/access-denied" ? 500 : 400);
  return audit(page);
}

/** Opens the first item of a dashboard table and checks its edit page. */
async function openFromList(page: Page, list: string, link: string) {
  await page.goto(list);
  await page.locator(`main table a[href^="${link}"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`${link}[0-9a-f-]{36}$`));
  await audit(page, `${link}[id]`);
}

// @presentation: axe judges the markup and colours of pages whose structure is the same whichever
// database filled them (the seed is the same); access, sign-in and sessions on these pages are
// checked on both databases by the other specs.
test.describe("axe in every theme", { tag: "@presentation" }, () => {
  // Each test visits a dozen pages, four themes each; on a loaded machine that can pass 90 s.
  test.describe.configure({ timeout: 240_000 });
    test(`axe: public pages`, async ({ browser, baseURL }) => {
      const page = await newPage(browser, baseURL!);
      for (const path of [
        "/",
        "/news",
        `/news/${reference.article.slug}`,
        "/resources?type=Information&access=gold",
        "/resources/national-send-update",
        "/membership",
        "/topics",
        "/topics/funding",
        "/search?q=funding",
        "/search?q=zzqxv",
        "/search?q=ehcp+anual+reveiw",
        "/preferences",
        "/no-such-page",
        "/access-denied",
      ]) {
        await visit(page, path);
      }
      await page.context().close();
    });

    test(`axe: sign-in, registration, password reset and member pages`, async ({ browser, baseURL }) => {
      const page = await newPage(browser, baseURL!);
      await page.goto("/login");
      await page.getByLabel("Email").fill(uniqueEmail("nobody"));
      await page.getByLabel("Password").fill("not the password");
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByRole("alert")).toBeVisible();
      await audit(page, "/login with an error");
      await visit(page, "/register");

      await page.goto("/forgot-password");
      await page.getByLabel("Email").fill("member@example.org");
      await page.getByRole("button", { name: "Send reset link" }).click();
      await expect(page.getByRole("status")).toContainText("If there is an account");
      await audit(page, "/forgot-password, sent");
      const mail = await readOutbox(baseURL!, "member@example.org", /Reset your/);
      await page.goto(linkIn(mail, "/reset-password?token="));
      await expect(page.getByLabel("New password", { exact: true })).toBeVisible();
      await audit(page, "/reset-password");

      const member = await newPage(browser, baseURL!, "gold@example.org");
      for (const path of ["/resources/national-send-update", "/resources/what-is-dme", "/account"]) {
        await visit(member, path);
      }
      await Promise.all([page.context().close(), member.context().close()]);
    });

    test(`axe: dashboard content pages`, async ({ browser, baseURL }) => {
      const page = await newPage(browser, baseURL!, "admin@example.org");
      for (const path of ["/admin", "/admin/news", "/admin/resources", "/admin/resources/new", "/admin/vocabulary"]) await visit(page, path);
      await openFromList(page, "/admin/news", "/admin/news/");
      await openFromList(page, "/admin/resources?q=DME", "/admin/resources/");
      await page.context().close();
    });

    test(`axe: dashboard member and admin pages`, async ({ browser, baseURL }) => {
      const page = await newPage(browser, baseURL!, "admin@example.org");
      for (const path of ["/admin/members", "/admin/tiers", "/admin/audit", "/admin/outbox"]) await visit(page, path);
      await openFromList(page, "/admin/members?q=gold%40example.org", "/admin/members/");
      await checkImport(page, `email,name,tier,expiry\n${uniqueEmail("a11y")},Axe Check,silver,\n`);
      await expect(page.getByRole("button", { name: /^Import: create 1/ })).toBeVisible();
      await audit(page, "/admin/members/import preview");
      await page.context().close();
    });
});

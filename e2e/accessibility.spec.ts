import type { Browser, Page } from "@playwright/test";
import { checkImport } from "./admin-helpers";
import { axeViolations, expect, linkIn, readOutbox, reference, signInRequest, test, uniqueAddress, uniqueEmail } from "./fixtures";

/*
 * axe (WCAG 2.2 A/AA, violations of any impact) on every route in every reading theme. One test
 * per theme and group of routes, visiting them in turn in one page (cheap: one sign-in, one
 * theme cookie), and reporting every page's violations together.
 */
const themes = ["default", "contrast", "dark", "cream"] as const;
type Theme = (typeof themes)[number];

/** A demo account per theme whose reset link the auth group asks for (one email each per run). */
const resetFor: Record<Theme, string> = {
  default: "member@example.org",
  contrast: "silver@example.org",
  dark: "gold@example.org",
  cream: "expired@example.org",
};

async function themedPage(browser: Browser, baseURL: string, theme: Theme, email?: string): Promise<Page> {
  const context = await browser.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": uniqueAddress() } });
  if (email) await signInRequest(context.request, email);
  if (theme !== "default") await context.addCookies([{ name: "reading", value: `theme%3D${theme}`, url: baseURL }]);
  return context.newPage();
}

/** Checks the page as it is now: no violations (a soft check, so every page is reported). */
async function audit(page: Page, theme: Theme, label = new URL(page.url()).pathname + new URL(page.url()).search) {
  // The theme really is applied (so a contrast failure in it cannot go unnoticed).
  expect(await page.locator("html").getAttribute("data-theme"), label).toBe(theme === "default" ? null : theme);
  expect.soft(await axeViolations(page), `axe violations on ${label} in the ${theme} theme`).toEqual([]);
}

async function visit(page: Page, theme: Theme, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBeLessThan(path.includes("no-such-page") || path === "/access-denied" ? 500 : 400);
  return audit(page, theme);
}

/** Opens the first item of a dashboard table and checks its edit page. */
async function openFromList(page: Page, theme: Theme, list: string, link: string) {
  await page.goto(list);
  await page.locator(`main table a[href^="${link}"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`${link}[0-9a-f-]{36}$`));
  await audit(page, theme, `${link}[id]`);
}

for (const theme of themes) {
  test.describe(`${theme} theme`, () => {
    // Each test visits a dozen pages; on a loaded machine that can pass the default 90 s.
    test.describe.configure({ timeout: 240_000 });
    test(`axe: public pages in the ${theme} theme`, async ({ browser, baseURL }) => {
      const page = await themedPage(browser, baseURL!, theme);
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
        "/preferences",
        "/no-such-page",
        "/access-denied",
      ]) {
        await visit(page, theme, path);
      }
      await page.context().close();
    });

    test(`axe: sign-in, registration, password reset and member pages in the ${theme} theme`, async ({ browser, baseURL }) => {
      const page = await themedPage(browser, baseURL!, theme);
      await page.goto("/login");
      await page.getByLabel("Email").fill(uniqueEmail("nobody"));
      await page.getByLabel("Password").fill("not the password");
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByRole("alert")).toBeVisible();
      await audit(page, theme, "/login with an error");
      await visit(page, theme, "/register");

      await page.goto("/forgot-password");
      await page.getByLabel("Email").fill(resetFor[theme]);
      await page.getByRole("button", { name: "Send reset link" }).click();
      await expect(page.getByRole("status")).toContainText("If there is an account");
      await audit(page, theme, "/forgot-password, sent");
      const mail = await readOutbox(baseURL!, resetFor[theme], /Reset your/);
      await page.goto(linkIn(mail, "/reset-password?token="));
      await expect(page.getByLabel("New password", { exact: true })).toBeVisible();
      await audit(page, theme, "/reset-password");

      const member = await themedPage(browser, baseURL!, theme, "gold@example.org");
      for (const path of ["/resources/national-send-update", "/resources/what-is-dme", "/account"]) {
        await visit(member, theme, path);
      }
      await Promise.all([page.context().close(), member.context().close()]);
    });

    test(`axe: dashboard content pages in the ${theme} theme`, async ({ browser, baseURL }) => {
      const page = await themedPage(browser, baseURL!, theme, "admin@example.org");
      for (const path of ["/admin", "/admin/news", "/admin/resources", "/admin/resources/new"]) await visit(page, theme, path);
      await openFromList(page, theme, "/admin/news", "/admin/news/");
      await openFromList(page, theme, "/admin/resources?q=DME", "/admin/resources/");
      await page.context().close();
    });

    test(`axe: dashboard member and admin pages in the ${theme} theme`, async ({ browser, baseURL }) => {
      const page = await themedPage(browser, baseURL!, theme, "admin@example.org");
      for (const path of ["/admin/members", "/admin/tiers", "/admin/audit", "/admin/outbox"]) await visit(page, theme, path);
      await openFromList(page, theme, "/admin/members?q=gold%40example.org", "/admin/members/");
      await checkImport(page, `email,name,tier,expiry\n${uniqueEmail("a11y")},Axe Check,silver,\n`);
      await expect(page.getByRole("button", { name: /^Import: create 1/ })).toBeVisible();
      await audit(page, theme, "/admin/members/import preview");
      await page.context().close();
    });
  });
}

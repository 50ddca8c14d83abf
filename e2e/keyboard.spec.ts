import type { Page } from "@playwright/test";
import { DEMO_PASSWORD, expect, test, uniqueAddress } from "./fixtures";

/** Presses Tab until the focused element's accessible text matches; each stop must show a focus ring. */
async function tabTo(page: Page, name: RegExp, limit = 80) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const label = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null;
      return {
        text: (el.getAttribute("aria-label") ?? label ?? el.textContent ?? "").replace(/\s+/g, " ").trim(),
        ring: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2,
      };
    });
    if (!focused) continue;
    expect(focused.ring, `visible focus on "${focused.text}"`).toBe(true);
    if (name.test(focused.text)) return;
  }
  throw new Error(`Tabbed ${limit} times without reaching ${name}`);
}

test("keyboard only: sign in, filter the library, download a resource, change a reading preference", async ({ page }) => {
  await page.setExtraHTTPHeaders({ "x-forwarded-for": uniqueAddress() });
  await page.goto("/");

  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to main content" })).toBeFocused();

  await tabTo(page, /^Sign in$/);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/login/);
  await tabTo(page, /^Email$/);
  await page.keyboard.type("gold@example.org");
  await page.keyboard.press("Tab");
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/account$/);

  await tabTo(page, /^Resources$/);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/resources$/);
  await tabTo(page, /^Type$/);
  await page.keyboard.type("Information");
  await tabTo(page, /^Who can open it$/);
  await page.keyboard.type("Gold");
  await tabTo(page, /^Apply filters$/);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/type=Information/);
  await expect(page).toHaveURL(/access=gold/);

  await tabTo(page, /^National SEND update$/);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/resources\/national-send-update$/);
  await tabTo(page, /^Download/);
  const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);

  await tabTo(page, /^Reading preferences$/, 200);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Reading preferences", level: 2 }).first()).toBeFocused();
  await tabTo(page, /^Standard$/); // the font group's checked option
  await page.keyboard.press("ArrowDown");
  await expect(page.locator("html")).toHaveAttribute("data-font", "legible");
  await page.keyboard.press("Escape");
  await expect(page.getByRole("banner").getByRole("button", { name: "Reading preferences" })).toBeFocused();
});

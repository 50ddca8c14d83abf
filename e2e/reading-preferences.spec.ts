import { expect, registerAccount, signIn, test, uniqueAddress } from "./fixtures";

test.beforeEach(async ({ page }) => {
  await page.setExtraHTTPHeaders({ "x-forwarded-for": uniqueAddress() });
});

const article = "/news/nasen-response-to-naht-empty-promises-report";

async function openPanel(page: import("@playwright/test").Page) {
  await page.getByRole("banner").getByRole("button", { name: "Reading preferences" }).click();
  return page.getByRole("banner").getByRole("region", { name: "Reading preferences" });
}

// @presentation: the panel stores preferences in a cookie for a signed-out visitor and CSS applies
// them; no database is read or written.
test("each reading preference is a real change to how the page looks", { tag: "@presentation" }, async ({ page }) => {
  await page.goto(article);
  const style = (selector: string, property: string) =>
    page.locator(selector).first().evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), property);
  const before = {
    font: await style("body", "font-family"),
    size: await style("html", "font-size"),
    spacing: await style("body", "letter-spacing"),
    width: await style(".prose", "max-width"),
    background: await style("html", "background-color"),
  };
  const panel = await openPanel(page);
  await panel.getByLabel("Dyslexia-friendly (OpenDyslexic)").check();
  await panel.getByLabel("Largest").check();
  await panel.getByLabel("Wide line and letter spacing").check();
  await panel.getByLabel("Short lines").check();
  await panel.getByLabel("Dark").check();
  await expect(panel.getByRole("status")).toHaveText("Saved on this device.");

  expect(await style("body", "font-family")).toContain("OpenDyslexic");
  expect(before.font).not.toContain("OpenDyslexic");
  expect(parseFloat(await style("html", "font-size"))).toBeCloseTo(parseFloat(before.size) * 1.5, 0);
  expect(await style("body", "letter-spacing")).not.toBe(before.spacing);
  expect(await style(".prose", "max-width")).not.toBe(before.width);
  expect(await style("html", "background-color")).not.toBe(before.background);
  // The font file is really there (self-hosted), not a silent fallback.
  expect(await page.evaluate(() => document.fonts.check('16px "OpenDyslexic"'))).toBe(true);

  await panel.getByLabel("Highly legible (Atkinson Hyperlegible)").check();
  expect(await style("body", "font-family")).toContain("Atkinson Hyperlegible");
  await panel.getByLabel("High contrast").check();
  expect(await style("body", "color")).toBe("rgb(0, 0, 0)");
  await panel.getByLabel("Cream (low glare)").check();
  expect(await style("html", "background-color")).toBe("rgb(251, 245, 230)");

  // Escape closes the panel and returns focus to its button.
  await page.keyboard.press("Escape");
  await expect(panel).toHaveCount(0);
  await expect(page.getByRole("banner").getByRole("button", { name: "Reading preferences" })).toBeFocused();
});

// @presentation: the cookie is read by the head script before paint; no account is involved.
test("preferences apply before first paint, with no layout shift", { tag: "@presentation" }, async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: "reading", value: encodeURIComponent("theme=dark&size=125"), url: baseURL! }]);
  // Record <html>'s attributes at the moment <body> first appears, before anything can paint.
  await page.addInitScript(() => {
    const w = window as unknown as { atBody?: string | null; shifts: number };
    w.shifts = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.shifts += (entry as unknown as { value: number }).value;
    }).observe({ type: "layout-shift", buffered: true });
    new MutationObserver((_m, observer) => {
      if (document.body) {
        w.atBody = `${document.documentElement.getAttribute("data-theme")} ${document.documentElement.getAttribute("data-size")}`;
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(article);
  await page.waitForLoadState("load");
  expect(await page.evaluate(() => (window as unknown as { atBody?: string }).atBody)).toBe("dark 125");
  // Late shifts come from web fonts swapping in: wait for them, then for two frames to be laid out.
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
  expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBeLessThan(0.01);
});

test("preferences follow the account across sign-out and a new device", async ({ page, browser, baseURL }) => {
  const account = await registerAccount(browser, baseURL!, "reader");
  await signIn(page, account.email, account.password);
  const panel = await openPanel(page);
  await panel.getByLabel("Cream (low glare)").check();
  await panel.getByLabel("Larger").check();
  await expect(panel.getByRole("status")).toHaveText("Saved to your account and this device.");
  await page.keyboard.press("Escape");
  await page.getByRole("banner").getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/:\d+\/$/);

  const device = await browser.newContext({ baseURL });
  const other = await device.newPage();
  await other.setExtraHTTPHeaders({ "x-forwarded-for": uniqueAddress() });
  await other.goto("/");
  expect(await other.locator("html").getAttribute("data-theme")).toBeNull();
  await signIn(other, account.email, account.password);
  await other.goto(article);
  await expect(other.locator("html")).toHaveAttribute("data-theme", "cream");
  await expect(other.locator("html")).toHaveAttribute("data-size", "125");
  await device.close();
});

// @presentation: a signed-out visitor's form post sets a cookie; nothing is saved to the database.
test("the preferences page works without JavaScript", { tag: "@presentation" }, async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/preferences");
  await page.getByLabel("High contrast").check();
  await page.getByRole("button", { name: "Save preferences" }).click();
  await expect(page.getByText("Your reading preferences have been saved.")).toBeVisible();
  const cookie = (await context.cookies()).find((c) => c.name === "reading");
  expect(decodeURIComponent(cookie!.value)).toBe("theme=contrast");
  await context.close();
});

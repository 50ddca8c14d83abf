import { expect, reference, signIn, test } from "./fixtures";

/** Console errors a page logged while it loaded and hydrated (a hydration mismatch is one). */
function collectErrors(page: import("@playwright/test").Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

// @presentation: how the header is laid out and operated at phone width, the same for every visitor.
test.describe("the header on a phone", { tag: "@presentation" }, () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("is one short row: sections and account behind a Menu button, search one tap away", async ({ page }) => {
    await page.goto("/news");
    const header = page.getByRole("banner");
    expect((await header.boundingBox())!.height).toBeLessThanOrEqual(120);
    const nav = page.getByRole("navigation", { name: "Main" });
    const menu = header.getByRole("button", { name: "Menu" });
    await expect(nav).toBeHidden();
    await expect(header.getByRole("link", { name: "Sign in" })).toBeHidden();
    await expect(menu).toHaveAttribute("aria-expanded", "false");

    await menu.click();
    await expect(menu).toHaveAttribute("aria-expanded", "true");
    await expect(nav.getByRole("link", { name: "News" })).toHaveAttribute("aria-current", "page");
    await expect(header.getByRole("link", { name: "Sign in" })).toBeVisible();
    await nav.getByRole("link", { name: "Resources" }).click();
    await expect(page).toHaveURL(/\/resources$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Resource");
    // The menu closes once its link has been followed.
    await expect(nav).toBeHidden();
    await expect(menu).toHaveAttribute("aria-expanded", "false");

    await header.getByRole("link", { name: "Search" }).click();
    await expect(page).toHaveURL(/\/search/);
    await expect(page.getByRole("searchbox").first()).toBeVisible();
  });

  test("stays short at the largest text size", async ({ page, context, baseURL }) => {
    await context.addCookies([{ name: "reading", value: "size=150", url: baseURL! }]);
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("data-size", "150");
    expect((await page.getByRole("banner").boundingBox())!.height).toBeLessThanOrEqual(120);
  });
});

test.describe("where you are and what the page offers you", () => {
  test("the main navigation marks the current section, on list pages the proxy rewrites too", async ({ page }) => {
    const errors = collectErrors(page);
    const nav = page.getByRole("navigation", { name: "Main" });
    for (const [path, section] of [
      ["/news?page=2", "News"],
      [`/news/${reference.article.slug}`, "News"],
      ["/resources?type=Information", "Resources"],
      ["/membership", "Membership"],
    ] as const) {
      await page.goto(path);
      await expect(nav.locator('[aria-current="page"]'), path).toHaveText(section);
      await expect(nav.locator('[aria-current="page"]'), path).toHaveCSS("font-weight", "600");
    }
    await page.goto("/");
    await expect(nav.locator("[aria-current]")).toHaveCount(0);
    expect(errors.filter((e) => /hydrat/i.test(e))).toEqual([]);
  });

  test("the footer offers joining and signing in only to those signed out", async ({ page }) => {
    const footer = page.getByRole("contentinfo");
    await page.goto("/");
    await expect(footer.getByRole("link", { name: "Join free" })).toBeVisible();
    await expect(footer.getByRole("link", { name: "Sign in" })).toBeVisible();
    await expect(footer.getByRole("link", { name: "Your account" })).toBeHidden();

    await signIn(page, "member@example.org");
    await page.goto("/news");
    await expect(footer.getByRole("link", { name: "Your account" })).toBeVisible();
    await expect(footer.getByRole("link", { name: "Join free" })).toBeHidden();
    await expect(footer.getByRole("link", { name: "Sign in" })).toBeHidden();
  });

  test("the free tier's card says what it costs, not its name twice", async ({ page }) => {
    await page.goto("/membership");
    const free = page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 2, name: "Free", exact: true }) });
    await expect(free.getByText("No charge", { exact: true })).toBeVisible();
    await expect(free.getByText("Free", { exact: true })).toHaveCount(1);
  });

  test("the account page's cards line up in rows at desktop width", async ({ page }) => {
    await signIn(page, "member@example.org");
    await page.goto("/account");
    const box = async (name: string) => (await page.getByRole("region", { name, exact: true }).boundingBox())!;
    const [profile, password] = [await box("Profile"), await box("Change password")];
    expect(Math.abs(profile.y - password.y)).toBeLessThan(1);
    expect(Math.abs(profile.height - password.height)).toBeLessThan(1);
    expect(password.x).toBeGreaterThan(profile.x + profile.width);
  });

  test("a dashboard page's shaded area meets the footer, with no white strip between", async ({ page }) => {
    await signIn(page, "admin@example.org");
    await page.goto("/admin/news");
    const gap = await page.evaluate(() => {
      const last = document.querySelector("main")!.lastElementChild!.getBoundingClientRect();
      return document.querySelector("footer")!.getBoundingClientRect().top - last.bottom;
    });
    expect(Math.abs(gap)).toBeLessThan(1);
  });
});

test.describe("pages the proxy answers itself are in the site's layout", () => {
  test("an internal address is the site's 404 page", async ({ page }) => {
    const response = await page.goto("/internal/lists/news/all");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "We can't find that page" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
    await expect(page.getByRole("contentinfo")).toBeVisible();
  });

  test("a malformed address is refused with a 400 in the site's layout", async ({ page }) => {
    const response = await page.goto("/news/%E0%A4%A");
    expect(response?.status()).toBe(400);
    await expect(page.getByRole("heading", { level: 1, name: "That address is not valid" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
    expect((await page.goto("/internal/invalid-address"))?.status(), "its page, asked for directly").toBe(404);
  });

  test("a refused download is the resource's page saying why, with a 403", async ({ page }) => {
    await signIn(page, "silver@example.org");
    const response = await page.goto("/resources/national-send-update/download");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1, name: "National SEND update" })).toBeVisible();
    await expect(page.getByText("Your membership does not include this resource")).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  });
});

test.describe("the article page", () => {
  test("has a byline, a reading time and links to the articles either side", async ({ page }) => {
    await page.goto(`/news/${reference.article.slug}`);
    const byline = page.getByTestId("byline");
    await expect(byline).toContainText("By Tom Okafor");
    await expect(byline).toContainText("5 September 2018");
    await expect(byline).toContainText(/\b\d+ min read\b/);
    const more = page.getByRole("navigation", { name: "More news" });
    await expect(more.getByRole("link", { name: /Older article|Newer article/ }).first()).toBeVisible();

    // The newer article links back to this one as its older neighbour.
    const newer = more.getByRole("link", { name: /Newer article/ });
    await newer.click();
    await expect(page.getByRole("navigation", { name: "More news" }).getByRole("link", { name: /Older article/ })).toContainText(
      reference.article.title,
    );
  });

  test("uses the width at 1280 px: related resources beside the text", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`/news/${reference.article.slug}`);
    const text = (await page.locator("main .prose").boundingBox())!;
    const related = (await page.getByRole("region", { name: "Related resources" }).boundingBox())!;
    expect(related.x).toBeGreaterThanOrEqual(text.x + text.width);
    expect(related.y).toBeLessThan(text.y + text.height);
  });

  test("news cards name the article's topic, as its page does", async ({ page }) => {
    await page.goto(`/news/${reference.article.slug}`);
    const section = (await page.locator("main header p").nth(0).textContent())!.trim();
    expect(section).not.toBe("News");
    const card = page.locator("main article").filter({ has: page.getByRole("link", { name: reference.article.title }) });
    for (let n = 1; n <= 5 && (await card.count()) === 0; n++) await page.goto(`/news?page=${n}`);
    await expect(card.locator("p").first()).toContainText(section);
    // Cards of articles on different topics say so: not one word on every card.
    const labels = await page.locator("main article > p:first-child > span:first-child").allTextContents();
    expect(new Set(labels).size).toBeGreaterThan(1);
  });
});

// @presentation: which requests the browser makes for links depends on the page's markup and the
// router, not on the database.
test.describe("links", { tag: "@presentation" }, () => {
  test("a page view fetches no other page until the reader reaches for a link, then that one", async ({ page }) => {
    const fetched: string[] = [];
    page.on("request", (request) => {
      if (request.headers()["next-router-prefetch"]) fetched.push(new URL(request.url()).pathname);
    });
    await page.goto("/");
    await page.waitForLoadState("networkidle");
    expect(fetched, "pages fetched before any link was reached for").toEqual([]);

    const resources = page.getByRole("banner").getByRole("link", { name: "Resources", exact: true });
    await resources.hover();
    await expect.poll(() => fetched).toContain("/resources");
    await resources.click();
    await expect(page.getByRole("heading", { level: 1, name: "Resource library" })).toBeVisible();
  });
});

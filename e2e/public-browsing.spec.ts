import { seedArticles, seedResources } from "../db/seed-data/content";
import { expect, reference, test } from "./fixtures";

test.describe("a visitor browsing the public site", () => {
  test("home → news → the reference article → a related resource → why they can't see it", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Latest news" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Featured resources" })).toBeVisible();

    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "News" }).click();
    await expect(page).toHaveURL(/\/news$/);
    await expect(page.getByRole("heading", { level: 1, name: "News" })).toBeVisible();

    await page.goto("/news?page=2");
    await page.getByRole("link", { name: reference.article.title }).click();
    await expect(page.getByRole("heading", { level: 1, name: reference.article.title })).toBeVisible();
    await expect(page.getByText("5 September 2018").first()).toBeVisible();

    const related = page.getByRole("region", { name: "Related resources" });
    const items = related.getByRole("listitem");
    await expect(items).toHaveCount(3);
    for (const [index, resource] of reference.related.entries()) {
      const item = items.nth(index);
      await expect(item.getByRole("link", { name: resource.title })).toBeVisible();
      await expect(item).toContainText("Information");
      await expect(item).toContainText(resource.date);
      await expect(item).toContainText(resource.badge);
    }

    await related.getByRole("link", { name: "National SEND update" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "National SEND update" })).toBeVisible();
    await expect(page.getByText("A useful presentation that will look at current SEND policy and statistics.")).toBeVisible();
    const panel = page.getByTestId("access-panel");
    await expect(panel).toContainText("This resource is for Gold members.");
    await expect(panel.getByRole("link", { name: "Sign in" })).toHaveAttribute(
      "href",
      "/login?callbackUrl=%2Fresources%2Fnational-send-update",
    );
    // The gated body is nowhere in the page, nor is a download link.
    await expect(page.locator("body")).not.toContainText("gold-only insight");
    await expect(page.getByRole("link", { name: /download/i })).toHaveCount(0);
  });

  test("the gated body is not in the HTML or the React payload", async ({ request }) => {
    for (const resource of reference.related) {
      const response = await request.get(`/resources/${resource.slug}`);
      expect(response.status()).toBe(200);
      const html = await response.text();
      expect(html).toContain(resource.title.replace("'", "&#x27;"));
      expect(html).not.toContain("gold-only insight");
    }
    const rsc = await request.get("/resources/national-send-update", { headers: { RSC: "1" } });
    expect(await rsc.text()).not.toContain("gold-only insight");
  });

  test("news is newest first and paginated", async ({ page }) => {
    await page.goto("/news");
    const dates = await page.locator("main article time").evaluateAll((els) => els.map((e) => e.getAttribute("datetime")!));
    expect(dates.length).toBe(12);
    expect([...dates].sort().reverse()).toEqual(dates);
    const pages = page.getByRole("navigation", { name: "News pages" });
    await pages.getByRole("link", { name: "Next page" }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(page.getByText("Page 2 of 2")).toBeVisible();
  });

  test("drafts and scheduled items are nowhere public", async ({ page, request }) => {
    const hidden = [
      ...seedArticles.filter((a) => a.status && a.status !== "published").map((a) => ({ ...a, path: `/news/${a.slug}` })),
      ...seedResources.filter((r) => r.status && r.status !== "published").map((r) => ({ ...r, path: `/resources/${r.slug}` })),
    ];
    expect(hidden.length).toBeGreaterThanOrEqual(4);
    for (const item of hidden) {
      expect((await request.get(item.path)).status(), item.path).toBe(404);
    }
    const listings = ["/", "/news", "/news?page=2", "/resources", "/resources?page=2", "/resources?page=3"];
    for (const url of listings) {
      await page.goto(url);
      const text = await page.locator("main").textContent();
      for (const item of hidden) expect(text, `${item.title} on ${url}`).not.toContain(item.title);
    }
  });

  test("resource filters narrow the library and survive pagination", async ({ page }) => {
    await page.goto("/resources");
    await expect(page.getByRole("heading", { level: 1, name: "Resource library" })).toBeVisible();
    const total = Number((await page.getByRole("heading", { name: /\d+ resources?/ }).textContent())!.match(/\d+/)![0]);
    expect(total).toBeGreaterThan(12);

    await page.getByLabel("Type").selectOption("Guide");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/type=Guide/);
    const cards = page.locator("main ul li article");
    const guides = seedResources.filter((r) => (!r.status || r.status === "published") && r.type === "Guide");
    expect(guides.length).toBeGreaterThan(1);
    await expect(page.getByRole("heading", { name: `${guides.length} resources` })).toBeVisible();
    await expect(cards).toHaveCount(Math.min(guides.length, 12));
    for (const text of await cards.allTextContents()) expect(text).toContain("Guide");

    await page.getByLabel("Who can open it").selectOption("gold");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/access=gold/);
    await expect(page.getByLabel("Who can open it")).toHaveValue("gold");
    const gold = await cards.allTextContents();
    expect(gold.length, "the gold filter finds the seeded gold guides").toBeGreaterThan(0);
    for (const text of gold) expect(text).toMatch(/Gold members/);
    for (const text of gold) expect(text).toContain("Guide");

    await page.getByRole("link", { name: "Clear filters" }).click();
    await expect(page).toHaveURL(/\/resources$/);
  });

  test("bad page numbers and filter values are ignored, never an error", async ({ request }) => {
    for (const url of [
      "/news?page=-1",
      "/news?page=abc",
      "/news?page=99999",
      "/resources?type=Nope&topic=%27%3B--&access=platinum&page=0",
      "/resources?page=1e9",
    ]) {
      const response = await request.get(url);
      expect(response.status(), url).toBe(200);
    }
  });

  test("an unknown page shows the 404 page", async ({ page }) => {
    const response = await page.goto("/no-such-page");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "We can't find that page" })).toBeVisible();
    const missing = await page.goto("/resources/no-such-resource");
    expect(missing?.status()).toBe(404);
  });

  test("the membership page lists every tier", async ({ page }) => {
    await page.goto("/membership");
    for (const tier of ["Free", "Silver", "Gold"]) {
      await expect(page.getByRole("heading", { level: 2, name: tier, exact: true })).toBeVisible();
    }
  });

  test("health check reports the database", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });
});

import { XMLParser, XMLValidator } from "fast-xml-parser";
import { seedArticles, seedResources } from "../db/seed-data/content";
import { expect, reference, signIn, signInRequest, test, uniqueAddress } from "./fixtures";

const GOLD_ONLY = "gold-only insight";
const hidden = [...seedArticles, ...seedResources].filter((i) => i.status === "draft" || i.status === "scheduled");
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", parseTagValue: false });
const RFC822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const asList = <T,>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

test.beforeEach(async ({ page }) => {
  await page.setExtraHTTPHeaders({ "x-forwarded-for": uniqueAddress() });
});

test.describe("search", () => {
  test("a visitor searches from the header and finds gated resources by title, never by body", async ({ page }) => {
    await page.goto("/");
    const box = page.getByRole("search", { name: "Site search" });
    await box.getByRole("combobox", { name: "Search the site" }).fill("funding");
    await box.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/\/search\?q=funding/);
    await expect(page.getByRole("heading", { level: 1, name: "Search" })).toBeVisible();
    const count = page.getByRole("heading", { level: 2, name: /\d+ results? for “funding”/ });
    await expect(count).toBeVisible();
    await expect(count).toHaveAttribute("aria-live", "polite");
    await expect(page.getByTestId("search-result").first().locator("mark").first()).toBeVisible();

    await page.goto(`/search?q=${encodeURIComponent("National SEND update")}`);
    const result = page.getByTestId("search-result").filter({ has: page.getByRole("link", { name: "National SEND update" }) });
    await expect(result).toContainText("Gold members");
    await expect(result).toContainText("A useful presentation");

    for (const q of [GOLD_ONLY, `"${GOLD_ONLY}"`, "insight"]) {
      await page.goto(`/search?q=${encodeURIComponent(q)}`);
      await expect(page.getByRole("heading", { level: 2, name: /^No results for/ })).toBeVisible();
      await expect(page.getByTestId("search-result")).toHaveCount(0);
    }
  });

  test("gold finds the gold resource by its body, with a highlighted snippet from it", async ({ page }) => {
    await signIn(page, "gold@example.org");
    await page.goto(`/search?q=${encodeURIComponent(GOLD_ONLY)}`);
    const result = page.getByTestId("search-result").filter({ has: page.getByRole("link", { name: "National SEND update" }) });
    await expect(result).toBeVisible();
    await expect(result.getByTestId("search-snippet").locator("mark", { hasText: "insight" })).toBeVisible();
  });

  test("silver and signed-out responses carry nothing of the gold body", async ({ playwright, baseURL }) => {
    // Sentences of the gold body other than the searched words (which the page repeats back).
    const bodyOnly = ["faster decisions about provision", "across the schools we work with most closely"];
    for (const who of ["silver@example.org", null]) {
      const context = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": uniqueAddress() } });
      if (who) await signInRequest(context, who);
      for (const q of [GOLD_ONLY, "insight", "faster decisions", "National SEND update"]) {
        for (const headers of [{}, { RSC: "1" }] as Record<string, string>[]) {
          const response = await context.get(`/search?q=${encodeURIComponent(q)}`, { headers });
          expect(response.status()).toBe(200);
          const text = await response.text();
          for (const sentence of bodyOnly) expect(text, `${who ?? "signed out"}: ${q}`).not.toContain(sentence);
          if (q !== "National SEND update") expect(text).not.toContain('href="/resources/national-send-update"');
        }
      }
      await context.dispose();
    }
  });

  test("filters, sorting and pages are links that keep the search", async ({ page }) => {
    await page.goto("/search?q=SEND");
    await page.getByRole("navigation", { name: "Search result pages" }).getByRole("link", { name: "Next page" }).click();
    await expect(page).toHaveURL(/q=SEND&page=2/);
    await expect(page.getByText(/^Page 2 of \d+$/)).toBeVisible();
    await page.getByRole("navigation", { name: "Kind of result" }).getByRole("link", { name: /^Resources/ }).click();
    await expect(page).toHaveURL(/kind=resource/);
    for (const text of await page.getByTestId("search-result").allTextContents()) expect(text).toMatch(/^Resource/);
    // Filters in use: the disclosure is already open.
    await expect(page.locator("details")).toHaveAttribute("open", "");
    await page.getByLabel("Sort by").selectOption("date");
    await page.getByLabel("Topic").selectOption("funding");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/sort=date/);
    await expect(page).toHaveURL(/topic=funding/);
    const dates = await page.locator("[data-testid=search-result] time").evaluateAll((els) => els.map((e) => e.getAttribute("datetime")!));
    expect(dates.length).toBeGreaterThan(0);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  test("empty and silly searches get a friendly page, never an error", async ({ request }) => {
    const friendly = /What would you like to find\?|Please type a word to search for|No results for|results? for/;
    for (const q of [
      "",
      "!!!",
      "((( ))) ::: &&& ||| <-> !",
      '"',
      "'; DROP TABLE resources; --",
      "1 OR 1=1",
      "<script>alert(1)</script>",
      "élève 日本語 😀 مرحبا",
      "\u0000\u0001",
      "x".repeat(10_000),
    ]) {
      const response = await request.get(`/search?q=${encodeURIComponent(q)}&page=-3&year=abc&kind=evil&sort=%27`);
      expect(response.status(), q.slice(0, 30)).toBe(200);
      const html = await response.text();
      expect(html, q.slice(0, 30)).toMatch(friendly);
      expect(html).not.toContain("<script>alert(1)</script>");
    }
    const long = await request.get(`/search?q=${"inclusion%20".repeat(300)}`);
    expect(await long.text()).toContain("That search was very long");
  });

  test("the header search works without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/news");
    await page.getByRole("combobox", { name: "Search the site" }).fill("autism");
    await page.getByRole("search", { name: "Site search" }).getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/\/search\?q=autism/);
    await expect(page.getByRole("heading", { level: 2, name: /results? for “autism”/ })).toBeVisible();
    await context.close();
  });
});

test.describe("topics", () => {
  test("a topic page lists the topic's news and resources; topic chips link to it", async ({ page }) => {
    await page.goto(`/news/${reference.article.slug}`);
    await page.getByRole("link", { name: "Funding", exact: true }).first().click();
    await expect(page).toHaveURL(/\/topics\/funding$/);
    await expect(page.getByRole("heading", { level: 1, name: "Funding" })).toBeVisible();
    const main = page.locator("main");
    await expect(main.getByRole("link", { name: reference.article.title })).toBeVisible();
    await expect(main.getByRole("link", { name: "National SEND update" })).toBeVisible();
    await expect(main).toContainText("Gold members");
    for (const item of hidden) await expect(main).not.toContainText(item.title);

    await page.getByRole("navigation", { name: "Show" }).getByRole("link", { name: /^News/ }).click();
    await expect(page).toHaveURL(/kind=news/);
    await expect(main.getByRole("link", { name: "National SEND update" })).toHaveCount(0);

    expect((await page.request.get("/topics/no-such-topic")).status()).toBe(404);
  });

  test("a resource page shows more on its topic, as cards without bodies", async ({ page }) => {
    await page.goto("/resources/governors-questions-about-send");
    const more = page.getByRole("region", { name: "More on this topic" });
    await expect(more.getByRole("listitem")).toHaveCount(3);
    await expect(more.getByRole("link", { name: "Ten questions governors should ask about SEND" })).toHaveCount(0);
    await expect(page.locator("body")).not.toContainText(GOLD_ONLY);
  });
});

test.describe("feeds, sitemap and robots", () => {
  for (const [path, kind] of [
    ["/news/feed.xml", "rss"],
    ["/news/atom.xml", "atom"],
    ["/resources/feed.xml", "rss"],
    ["/resources/atom.xml", "atom"],
  ] as const) {
    test(`${path} is valid ${kind} with absolute links and proper dates`, async ({ request, baseURL }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toContain(kind === "rss" ? "application/rss+xml" : "application/atom+xml");
      const xml = await response.text();
      expect(XMLValidator.validate(xml)).toBe(true);
      expect(xml).not.toContain(GOLD_ONLY);
      const doc = parser.parse(xml);
      const entries: { link: string; date: string }[] =
        kind === "rss"
          ? asList(doc.rss.channel.item).map((i: { link: string; pubDate: string }) => ({ link: i.link, date: i.pubDate }))
          : asList(doc.feed.entry).map((e: { link: { "@href": string }; published: string }) => ({
              link: e.link["@href"],
              date: e.published,
            }));
      expect(entries.length).toBeGreaterThan(5);
      for (const entry of entries) {
        expect(entry.link.startsWith(`${baseURL}/`)).toBe(true);
        expect(entry.date).toMatch(kind === "rss" ? RFC822 : RFC3339);
      }
      for (const item of hidden) expect(entries.map((e) => e.link)).not.toContain(`${baseURL}/news/${item.slug}`);
      if (kind === "rss") expect(doc.rss.channel["atom:link"]["@href"]).toBe(`${baseURL}${path}`);
      else expect(asList(doc.feed.link).map((l: { "@href": string }) => l["@href"])).toContain(`${baseURL}${path}`);

      if (path.startsWith("/news")) {
        const ref = entries.find((e) => e.link === `${baseURL}/news/${reference.article.slug}`)!;
        expect(new Date(ref.date).toISOString().slice(0, 10)).toBe("2018-09-05");
      } else {
        expect(xml).toContain("Gold members");
      }
    });
  }

  test("feeds are advertised on every page", async ({ page, baseURL }) => {
    for (const path of ["/", "/search", "/resources/national-send-update"]) {
      await page.goto(path);
      const hrefs = await page.locator('head link[rel="alternate"]').evaluateAll((els) => els.map((e) => e.getAttribute("href")));
      for (const feed of ["/news/feed.xml", "/news/atom.xml", "/resources/feed.xml", "/resources/atom.xml"]) {
        expect(hrefs, path).toContain(`${baseURL}${feed}`);
      }
    }
  });

  test("the sitemap lists live public pages with lastmod, and no drafts or scheduled items", async ({ request, baseURL }) => {
    const response = await request.get("/sitemap.xml");
    expect(response.status()).toBe(200);
    const xml = await response.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const urls = asList(parser.parse(xml).urlset.url) as { loc: string; lastmod?: string }[];
    const locs = urls.map((u) => u.loc);
    expect(locs).toContain(`${baseURL}/news/${reference.article.slug}`);
    expect(locs).toContain(`${baseURL}/resources/national-send-update`);
    expect(locs).toContain(`${baseURL}/topics/funding`);
    for (const item of hidden) {
      expect(locs.some((l) => l.endsWith(`/${item.slug}`)), item.slug).toBe(false);
    }
    expect(locs.every((l) => l.startsWith(`${baseURL}/`) && !/\/(admin|account|search)/.test(l))).toBe(true);
    for (const url of urls.filter((u) => /\/(news|resources)\/./.test(u.loc))) {
      expect(Number.isNaN(Date.parse(url.lastmod ?? "")), url.loc).toBe(false);
    }
    expect(xml).not.toContain(GOLD_ONLY);
  });

  test("robots.txt keeps crawlers out of the dashboard and accounts", async ({ request, baseURL }) => {
    const text = await (await request.get("/robots.txt")).text();
    expect(text).toMatch(/^Disallow: \/admin$/m);
    expect(text).toMatch(/^Disallow: \/account$/m);
    expect(text).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
  });
});

test.describe("metadata", () => {
  const pages = [
    { path: "/", title: /SEND Network/ },
    { path: "/news", title: "News | SEND Network" },
    { path: `/news/${reference.article.slug}`, title: `${reference.article.title} | SEND Network` },
    { path: "/resources", title: "Resource library | SEND Network" },
    { path: "/resources/national-send-update", title: "National SEND update | SEND Network" },
    { path: "/membership", title: "Membership | SEND Network" },
    { path: "/topics", title: "Topics | SEND Network" },
    { path: "/topics/funding", title: "Funding | SEND Network" },
    { path: "/search", title: "Search | SEND Network" },
  ];
  for (const { path, title } of pages) {
    test(`${path} has a title, description, canonical URL and social cards`, async ({ page, baseURL }) => {
      await page.goto(path);
      await expect(page).toHaveTitle(title);
      const head = page.locator("head");
      const content = (selector: string) => head.locator(selector).getAttribute("content");
      expect((await content('meta[name="description"]'))?.length).toBeGreaterThan(20);
      const canonical = await head.locator('link[rel="canonical"]').getAttribute("href");
      expect(new URL(canonical!).toString()).toBe(new URL(path, baseURL).toString());
      expect(await content('meta[property="og:title"]')).toBeTruthy();
      expect(await content('meta[property="og:url"]')).toMatch(new RegExp(`^${baseURL}`));
      expect(await content('meta[name="twitter:card"]')).toMatch(/^summary/);
      expect(await head.innerHTML()).not.toContain(GOLD_ONLY);
    });
  }

  test("an article has NewsArticle JSON-LD and a generated share image", async ({ page, request, baseURL }) => {
    await page.goto(`/news/${reference.article.slug}`);
    const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(data["@type"]).toBe("NewsArticle");
    expect(data.headline).toBe(reference.article.title);
    expect(data.datePublished.slice(0, 10)).toBe("2018-09-05");
    expect(data.url).toBe(`${baseURL}/news/${reference.article.slug}`);
    const image = await page.locator('meta[property="og:image"]').getAttribute("content");
    expect(await page.locator('meta[property="og:type"]').getAttribute("content")).toBe("article");
    expect(data.image).toContain(image);
    expect(image).toBe(`${baseURL}/news/${reference.article.slug}/share-image.png`);
    const png = await request.get(image!);
    expect(png.status()).toBe(200);
    expect(png.headers()["content-type"]).toBe("image/png");
  });

  test("the favicon, app icons, manifest and default share image are served and linked from the head", async ({ page, request, baseURL }) => {
    const served = async (url: string, type: RegExp) => {
      const response = await request.get(url);
      expect(response.status(), url).toBe(200);
      expect(response.headers()["content-type"], url).toMatch(type);
      return response;
    };
    await served("/favicon.ico", /^image\/(x-icon|vnd\.microsoft\.icon)/);
    const manifest = await (await served("/manifest.webmanifest", /^application\/manifest\+json/)).json();
    expect(manifest).toMatchObject({ name: "SEND Network", start_url: "/" });
    expect(manifest.icons.map((icon: { sizes: string }) => icon.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
    for (const icon of manifest.icons as { src: string; type: string }[]) await served(icon.src, new RegExp(`^${icon.type.replace("+", "\\+")}`));

    await page.goto("/");
    const head = page.locator("head");
    const href = (selector: string) => head.locator(selector).first().getAttribute("href");
    for (const [selector, type] of [
      ['link[rel="icon"][href^="/favicon.ico"]', /^image\/(x-icon|vnd\.microsoft\.icon)/],
      ['link[rel="icon"][type="image/svg+xml"]', /^image\/svg\+xml/],
      ['link[rel="apple-touch-icon"]', /^image\/png/],
      ['link[rel="manifest"]', /^application\/manifest\+json/],
    ] as const) {
      await served((await href(selector))!, type);
    }
    const image = await head.locator('meta[property="og:image"]').getAttribute("content");
    expect(image).toBe(`${baseURL}/share-image.png`);
    expect(await head.locator('meta[name="twitter:image"]').getAttribute("content")).toBe(image);
    await served(image!, /^image\/png/);
  });
});

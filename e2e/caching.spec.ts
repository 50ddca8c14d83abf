import type { APIRequestContext, Page, Response } from "@playwright/test";
import { readFileSync } from "node:fs";
import { client } from "./admin-helpers";
import { expect, reference, signIn, test } from "./fixtures";

/**
 * Public pages are cached and identical for everyone (lib/cache/handler.mjs); anything that
 * depends on who is asking is rendered per request and marked private. These tests are about what
 * a visitor (or a CDN in front of us) would notice: a page served from the cache, a cache header a
 * shared cache may act on, and never one person's page reaching another.
 */

const cachedPages = [
  "/",
  "/news",
  "/news?page=2",
  `/news/${reference.article.slug}`,
  "/resources",
  "/resources?type=Guide",
  "/resources?type=Guide&page=1",
  "/resources/what-is-dme",
  "/membership",
  "/privacy",
  "/topics",
  "/topics/autism?kind=resource",
  "/search",
  "/search?q=inclusion",
  "/search?q=%22graduated+approach%22&kind=resource",
];

async function get(context: APIRequestContext, path: string) {
  const response = await context.get(path);
  return { status: response.status(), headers: response.headers(), text: await response.text() };
}

test("public pages are served from the cache, with headers a shared cache may act on", async ({ baseURL }) => {
  const visitor = await client(baseURL!);
  // Other tests publish at the same time, and each write rightly drops cached pages: ask again
  // until the page has been rendered once since then.
  const fromCache = (path: string) =>
    expect.poll(async () => (await get(visitor, path)).headers["x-nextjs-cache"], { message: `${path} from the cache` }).toBe("HIT");
  for (const path of cachedPages) {
    await get(visitor, path);
    await fromCache(path);
    const again = await get(visitor, path);
    expect(again.status, path).toBe(200);
    expect(again.headers["cache-control"], path).toMatch(/s-maxage=\d+/);
    expect(again.headers["cache-control"], path).not.toMatch(/private/);
    expect(again.headers["set-cookie"], path).toBeUndefined();
  }
  // Filters in another order, with junk beside them, still answer with the same filtered list,
  // whether the proxy puts the query in canonical form (page=1) or next.config's rewrite takes it as it is.
  for (const path of ["/resources?page=1&utm_source=newsletter&type=Guide", "/resources?utm_source=newsletter&type=Guide"])
    expect((await get(visitor, path)).text, path).toContain("4 resources");
  await visitor.dispose();
});

/** Signed-out requests the app answers per request, never marked shareable. */
const perRequestPages = [
  "/login",
  "/login?callbackUrl=%2Faccount",
  "/register",
  "/register/check-email",
  "/forgot-password",
  "/reset-password?token=nonsense",
  "/verify-email",
  "/preferences",
  "/account",
  "/admin/members",
  "/api/me",
  "/api/health",
  "/resources/national-send-update/download",
  "/resources/graduated-approach-assess-plan-do-review/download",
  "/robots.txt",
];

/** Shared responses nginx should cache, besides the cached pages above. */
const sharedResponses = ["/news/feed.xml", "/resources/atom.xml", "/access-denied"];

/** Whether a shared cache may keep a response with this Cache-Control for any time at all. */
function storable(cacheControl = ""): boolean {
  return !/private|no-store/.test(cacheControl) && /(s-maxage|max-age)=[1-9]/.test(cacheControl);
}

/** The paths deploy/nginx.conf sends past its cache (the map to $portal_per_request), as regular expressions. */
function nginxPerRequestPaths(): RegExp[] {
  const config = readFileSync(new URL("../deploy/nginx.conf", import.meta.url), "utf8");
  const map = config.match(/map \$uri \$portal_per_request \{([\s\S]*?)\n\s*\}/)![1]!;
  return [...map.matchAll(/"~(.+)" 1;/g)].map((entry) => new RegExp(entry[1]!));
}

test("what the route table renders per request is never marked shareable and is in nginx's pass-through map; shared pages are the opposite", async ({ baseURL }) => {
  // A cache lock on a page nginx cannot store would queue concurrent visitors behind each other.
  const visitor = await client(baseURL!);
  const patterns = nginxPerRequestPaths();
  expect(patterns.length).toBeGreaterThan(0);
  const passedThrough = (path: string) => patterns.some((pattern) => pattern.test(new URL(path, baseURL).pathname));
  for (const path of perRequestPages) {
    // The route's own answer, a redirect to sign in included.
    const response = await visitor.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBeLessThan(500);
    expect(storable(response.headers()["cache-control"]), `${path}: ${response.headers()["cache-control"]}`).toBe(false);
    expect(passedThrough(path), `${path} is rendered per request, so deploy/nginx.conf should pass it through`).toBe(true);
  }
  for (const path of [...cachedPages, ...sharedResponses]) {
    const response = await visitor.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(200);
    expect(storable(response.headers()["cache-control"]), `${path}: ${response.headers()["cache-control"]}`).toBe(true);
    expect(passedThrough(path), `${path} is shared, so nginx should cache it`).toBe(false);
  }
  await visitor.dispose();
});

test("a signed-in member's pages are never marked shareable, nor cached when they are theirs alone", async ({ baseURL }) => {
  const gold = await client(baseURL!, "gold@example.org");
  for (const path of ["/resources/national-send-update", "/account", "/api/me"]) {
    for (let i = 0; i < 2; i++) {
      const response = await get(gold, path);
      expect(response.status, path).toBe(200);
      expect(response.headers["cache-control"], path).toMatch(/^private, no-(store|cache)/);
      // The resource page is the one every member allowed to open it shares (security.spec.ts).
      if (!path.startsWith("/resources/")) expect(response.headers["x-nextjs-cache"], path).toBeUndefined();
    }
  }
  expect(JSON.parse((await get(gold, "/api/me")).text)).toEqual({ name: "Hannah Wright", staff: false });
  await gold.dispose();
});

test("what gold reads never reaches a signed-out or silver visitor through the cache", async ({ baseURL }) => {
  const secret = "gold-only insight";
  const [gold, silver, visitor] = await Promise.all([
    client(baseURL!, "gold@example.org"),
    client(baseURL!, "silver@example.org"),
    client(baseURL!),
  ]);
  const path = "/resources/national-send-update";
  expect((await get(gold, path)).text).toContain(secret);
  for (let i = 0; i < 2; i++) {
    const anonymous = await get(visitor, path);
    expect(anonymous.status).toBe(200);
    expect(anonymous.text).not.toContain(secret);
    expect(anonymous.text).toContain("Sign in");
    const member = await get(silver, path);
    expect(member.text).not.toContain(secret);
    expect(member.text).toContain("Gold members");
    expect((await get(gold, path)).text).toContain(secret);
  }
  // The signed-out copy is the cached one (another test's write may just have dropped it).
  await expect.poll(async () => (await get(visitor, path)).headers["x-nextjs-cache"], { message: "served from the cache" }).toBe("HIT");
  expect((await get(visitor, path)).text).not.toContain(secret);
  await Promise.all([gold.dispose(), silver.dispose(), visitor.dispose()]);
});

test("a search is cached once per audience: words only in a gold body find it for gold alone", async ({ baseURL }) => {
  const [gold, silver, visitor] = await Promise.all([
    client(baseURL!, "gold@example.org"),
    client(baseURL!, "silver@example.org"),
    client(baseURL!),
  ]);
  const path = "/search?q=%22gold-only+insight%22";
  const found = (html: string) => html.includes('href="/resources/national-send-update"');
  // Gold's page first, so that a page cached for gold is there to leak if the audiences were mixed.
  for (let i = 0; i < 2; i++) {
    const member = await get(gold, path);
    expect(found(member.text)).toBe(true);
    // Shared by every gold member inside this server, never by a cache outside it.
    expect(member.headers["cache-control"]).toMatch(/^private, no-store/);
    for (const other of [visitor, silver]) {
      const answer = await get(other, path);
      expect(answer.status).toBe(200);
      expect(found(answer.text)).toBe(false);
    }
  }
  await expect.poll(async () => (await get(gold, path)).headers["x-nextjs-cache"], { message: "gold's search from the cache" }).toBe("HIT");
  await expect.poll(async () => (await get(visitor, path)).headers["x-nextjs-cache"], { message: "the public search from the cache" }).toBe("HIT");
  expect(found((await get(visitor, path)).text)).toBe(false);
  expect((await get(visitor, path)).headers["cache-control"]).toMatch(/s-maxage=\d+/);
  await Promise.all([gold.dispose(), silver.dispose(), visitor.dispose()]);
});

test("the header of a cached page names the member, and forgets them at sign-out", async ({ page }) => {
  await signIn(page, "gold@example.org");
  await page.goto("/news");
  const banner = page.getByRole("banner");
  await expect(banner.getByRole("link", { name: "Your account: Hannah Wright" })).toBeVisible();
  await expect(banner.getByRole("link", { name: "Sign in" })).toHaveCount(0);
  // Before the account links arrive, the signed-out links are hidden rather than flashed.
  await page.route("**/api/me", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.goto("/resources");
  await expect(banner.getByRole("link", { name: "Sign in" })).toBeHidden();
  await expect(banner.getByRole("link", { name: "Your account: Hannah Wright" })).toBeVisible();
  await page.unroute("**/api/me");

  await banner.getByRole("button", { name: "Sign out" }).click();
  await expect(banner.getByRole("link", { name: "Sign in" })).toBeVisible();
  // Signing out ends on the home page; leaving before then would cancel the sign-out itself.
  await expect(page).toHaveURL(/:\d+\/$/);
  await page.goto("/news");
  await expect(banner.getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(banner.getByRole("button", { name: "Sign out" })).toHaveCount(0);
});

/** Content-Security-Policy violations the page reports, collected as they happen. */
async function cspViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.text().startsWith("CSP ")) violations.push(message.text());
  });
  await page.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (event) => console.log(`CSP ${event.violatedDirective} ${event.sample}`)),
  );
  return violations;
}

const policiesOf = async (response: Response | null) =>
  ((await response?.headersArray()) ?? []).filter((h) => h.name.toLowerCase() === "content-security-policy").map((h) => h.value);

/** The page's own policy lists its inline scripts by hash, beside the site's; neither allows unsafe-inline. */
function expectOwnScriptPolicy(policies: string[]) {
  expect(policies.some((policy) => /^script-src 'self'( 'sha256-[\w+/=]+')+; script-src-attr 'none'$/.test(policy))).toBe(true);
  expect(policies.join("; ")).not.toMatch(/script-src[^;]*'unsafe-inline'/);
}

/** It hydrates: the reading-preferences control opens, and nothing was blocked. */
async function expectHydrated(page: Page, violations: string[]) {
  const button = page.getByRole("banner").getByRole("button", { name: "Reading preferences" });
  await button.click();
  await expect(button).toHaveAttribute("aria-expanded", "true");
  expect(violations).toEqual([]);
}

test("the render that fills the cache already carries the page's own script policy, and hydrates under it", async ({ page, request }) => {
  const violations = await cspViolations(page);
  // A filtered list no one has asked for yet, from the filters the library offers: rendered for this request.
  const library = await (await request.get("/resources")).text();
  const values = (name: string) =>
    [...(library.match(new RegExp(`<select[^>]*name="${name}"[\\s\\S]*?</select>`))?.[0] ?? "").matchAll(/<option value="([^"]+)"/g)].map((m) => m[1]!);
  const combos = values("type").flatMap((type) => values("access").map((access) => `/resources?type=${encodeURIComponent(type)}&access=${access}`));
  expect(combos.length).toBeGreaterThan(10);
  let response: Response | null = null;
  for (const path of combos.sort(() => Math.random() - 0.5)) {
    response = await page.goto(path);
    if (response?.headers()["x-nextjs-cache"] === "MISS") break;
  }
  expect(response?.headers()["x-nextjs-cache"]).toBe("MISS");
  expectOwnScriptPolicy(await policiesOf(response));
  await expectHydrated(page, violations);
});

test("a made-up filter or page goes to the real list, and is never kept in the page cache", async ({ request }) => {
  const cases: Array<[string, string]> = [
    [`/resources?topic=made-up-${Date.now()}&type=Guide`, "/resources?type=Guide"],
    ["/resources?type=Nonsense", "/resources"],
    ["/news?page=9999", "/news?page="],
    ["/topics/autism?kind=events", "/topics/autism"],
  ];
  for (const [path, to] of cases) {
    for (let i = 0; i < 2; i++) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(307);
      expect(response.headers()["location"], path).toContain(to);
      expect(response.headers()["x-nextjs-cache"], path).not.toBe("HIT");
    }
  }
  expect((await request.get("/resources?type=Nonsense")).status()).toBe(200);
});

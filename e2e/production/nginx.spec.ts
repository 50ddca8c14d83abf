/**
 * The production layout: two `next start -H 127.0.0.1` processes on one PostgreSQL database, one
 * AUTH_SECRET, behind deploy/nginx.conf (ports and paths only changed), reached by a public host
 * name, with TRUST_PROXY_HEADERS=true (nginx sets the client address). Runs when DATABASE_URL
 * names a PostgreSQL server (playwright.production.config.ts).
 */
import http from "node:http";
import { randomBytes } from "node:crypto";
import { test } from "@playwright/test";
import { seedResources } from "../../db/seed-data/content";
import { expect } from "../fixtures";
import { filteredListRenders, goldOpensAndDownloads, memberRefusedDashboard, signedIn, silverIsRefused } from "./member-journey";
import { databaseTemplate, productionPorts, publicHost, startNginx, startProductionServer, type ProductionServer } from "./servers";

const upstreamPorts = [productionPorts.base + 10, productionPorts.base + 11];
const publicOrigin = `http://${publicHost}:${productionPorts.nginx}`;
/** A process reached directly, bypassing nginx, under the same public host name (and so the same cookies). */
const direct = (port: number) => `http://${publicHost}:${port}`;

let template: Awaited<ReturnType<typeof databaseTemplate>>;
let servers: ProductionServer[] = [];
let nginx: Awaited<ReturnType<typeof startNginx>>;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  if (!process.env.DATABASE_URL) throw new Error("the nginx suite needs PostgreSQL: set DATABASE_URL");
  template = await databaseTemplate();
  const database = await template.fresh();
  const env = { AUTH_SECRET: randomBytes(32).toString("base64url"), SITE_URL: publicOrigin, TRUST_PROXY_HEADERS: "true" };
  servers = await Promise.all(upstreamPorts.map((port) => startProductionServer({ mode: "-H 127.0.0.1", port, database, env })));
  nginx = await startNginx(upstreamPorts, productionPorts.nginx, `${publicHost}:${productionPorts.nginx}`);
});

test.afterAll(async () => {
  await nginx?.stop();
  await Promise.all(servers.map((server) => server.stop()));
  await template?.drop();
});

/** A signed-out GET over plain HTTP to 127.0.0.1:port with the public Host header (no browser, no cookies). */
function get(port: number, path: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.get({ host: "127.0.0.1", port, path, headers: { host: `${publicHost}:${port}` } }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    request.on("error", reject);
  });
}

test.describe("through nginx, with a public host name", () => {
  test("gold opens the gold resource, sees its body and downloads its file as an attachment", async ({ browser }) => {
    await goldOpensAndDownloads(await signedIn(browser, publicOrigin, "gold@example.org"));
  });
  test("silver is shown why it cannot open the gold resource (Gold named) and its download answers 403", async ({ browser }) => {
    await silverIsRefused(await signedIn(browser, publicOrigin, "silver@example.org"));
  });
  test("a member without a staff role gets 403 at /admin", async ({ browser }) => {
    await memberRefusedDashboard(await signedIn(browser, publicOrigin, "member@example.org"));
  });
  test("the library filtered by type renders exactly the seeded Information resources", async ({ browser }) => {
    const context = await browser.newContext({ baseURL: publicOrigin });
    await filteredListRenders(await context.newPage());
  });
});

test("a staff edit is seen through nginx and on both processes within the page's freshness window", async ({ browser }) => {
  const resource = seedResources.find((r) => r.slug === "notional-sen-budget-explained")!;
  expect(resource.visibility).toBe("public");
  const path = `/resources/${resource.slug}`;

  // Signed-out visitors have the page from nginx's cache, which keeps it as long as the app says.
  const first = await get(productionPorts.nginx, path);
  expect(first.status).toBe(200);
  expect(first.body).toContain(resource.title);
  const maxAge = Number(/s-maxage=(\d+)/.exec(String(first.headers["cache-control"]))?.[1]);
  expect(maxAge, `a shared-cache lifetime in ${first.headers["cache-control"]}`).toBeGreaterThan(0);
  await expect.poll(async () => (await get(productionPorts.nginx, path)).headers["x-cache"], { timeout: 10_000 }).toBe("HIT");

  const summary = `Edited through nginx ${Date.now().toString(36)}.`;
  const editor = await signedIn(browser, publicOrigin, "editor@example.org");
  await editor.goto(`/admin/resources?q=${encodeURIComponent(resource.title)}`);
  await editor.locator('main table a[href^="/admin/resources/"]').first().click();
  await expect(editor.getByLabel("Title", { exact: true })).toHaveValue(resource.title);
  await editor.getByLabel("Summary", { exact: true }).fill(summary);
  await editor.getByRole("button", { name: "Save changes" }).click();
  await expect(editor.getByText("Your changes have been saved.")).toBeVisible();
  const saved = Date.now();

  // Within the freshness window (plus one background refresh), every way in shows the edit.
  const window = maxAge * 1000 + 15_000;
  for (const [label, port] of [["nginx", productionPorts.nginx], ["process 1", upstreamPorts[0]!], ["process 2", upstreamPorts[1]!]] as const) {
    await expect
      .poll(async () => (await get(port, path)).body.includes(summary), { message: `the edit seen by a signed-out visitor via ${label}`, timeout: Math.max(1_000, window - (Date.now() - saved)), intervals: [500] })
      .toBe(true);
  }
});

test("signing out through nginx revokes the session on both processes", async ({ browser }) => {
  const page = await signedIn(browser, publicOrigin, "gold@example.org");
  const context = page.context();
  // The session works on each process reached directly.
  for (const port of upstreamPorts) {
    await page.goto(`${direct(port)}/account`);
    await expect(page, `/account on the process on ${port}`).toHaveURL(`${direct(port)}/account`);
    await expect(page.getByText("gold@example.org").first()).toBeVisible();
  }
  const copy = await context.cookies(publicOrigin);
  expect(copy.some((cookie) => cookie.name.includes("authjs.session-token"))).toBe(true);

  // Forms are accepted from SITE_URL's pages only, so sign-out goes through nginx, to either process.
  await page.goto(`${publicOrigin}/account`);
  await page.getByRole("banner").getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(`${publicOrigin}/`);

  // A copy of the cookie from before sign-out: refused by each process, and through nginx.
  const replay = await browser.newContext();
  await replay.addCookies(copy);
  const replayed = await replay.newPage();
  for (const origin of [...upstreamPorts.map(direct), publicOrigin]) {
    await replayed.goto(`${origin}/account`);
    await expect(replayed, `the revoked cookie at ${origin}`).toHaveURL(`${origin}/login?callbackUrl=%2Faccount`);
  }
  await replay.close();
});

test("a forged Host or X-Forwarded-Host changes no address the app gives out", async () => {
  for (const port of [productionPorts.nginx, upstreamPorts[0]!]) {
    const providers = await new Promise<string>((resolve, reject) => {
      const headers = { host: "evil.example", "x-forwarded-host": "evil.example" };
      http.get({ host: "127.0.0.1", port, path: "/api/auth/providers", headers }, (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (body += chunk));
        response.on("end", () => resolve(body));
      }).on("error", reject);
    });
    expect(providers, `Auth.js's addresses via ${port}`).toContain(`"signinUrl":"${publicOrigin}/api/auth/signin/credentials"`);
    expect(providers).not.toContain("evil.example");
  }
});

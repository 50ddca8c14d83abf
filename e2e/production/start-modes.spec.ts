/**
 * The member journey on the production build however the server is started (bare, bound to an
 * address, HOSTNAME set, PORT set), each on a fresh copy of one seeded database, with the
 * production default TRUST_PROXY_HEADERS=false: a server must not depend on how it was started.
 */
import { test } from "@playwright/test";
import { expect } from "../fixtures";
import { filteredListRenders, goldOpensAndDownloads, memberRefusedDashboard, signedIn, silverIsRefused } from "./member-journey";
import { databaseTemplate, productionPorts, startModes, startProductionServer, type ProductionServer, type StartMode } from "./servers";

let template: Awaited<ReturnType<typeof databaseTemplate>>;
test.beforeAll(async () => {
  test.setTimeout(180_000);
  template = await databaseTemplate();
});
test.afterAll(async () => {
  await template?.drop();
});

(Object.keys(startModes) as StartMode[]).forEach((mode, index) => {
  test.describe(`next start, ${mode}`, () => {
    let server: ProductionServer;
    test.beforeAll(async () => {
      test.setTimeout(120_000);
      server = await startProductionServer({ mode, port: productionPorts.base + index, database: await template.fresh() });
    });
    test.afterAll(async () => {
      await server?.stop();
    });

    test("gold opens the gold resource, sees its body and downloads its file as an attachment", async ({ browser }) => {
      await goldOpensAndDownloads(await signedIn(browser, server.url, "gold@example.org"));
    });
    test("silver is shown why it cannot open the gold resource (Gold named) and its download answers 403", async ({ browser }) => {
      await silverIsRefused(await signedIn(browser, server.url, "silver@example.org"));
    });
    test("a member without a staff role gets 403 at /admin", async ({ browser }) => {
      await memberRefusedDashboard(await signedIn(browser, server.url, "member@example.org"));
    });
    test("the library filtered by type renders exactly the seeded Information resources", async ({ browser }) => {
      const context = await browser.newContext({ baseURL: server.url });
      await filteredListRenders(await context.newPage());
    });
    // Production's default (no OUTBOX_SHOWS_LINKS): once, as it does not depend on the start mode.
    if (mode === "bare") {
      test("the outbox shows a reset email with its link hidden, and no way to open it with the link", async ({ browser }) => {
        const visitor = await (await browser.newContext({ baseURL: server.url })).newPage();
        await visitor.goto("/forgot-password");
        await visitor.getByLabel("Email").fill("editor@example.org");
        await visitor.getByRole("button", { name: "Send reset link" }).click();
        await expect(visitor.getByRole("status")).toContainText("If there is an account for editor@example.org");

        const admin = await signedIn(browser, server.url, "admin@example.org");
        const listed = admin.getByTestId("outbox-message").filter({ hasText: "editor@example.org" });
        await expect(async () => {
          await admin.goto("/admin/outbox");
          await expect(listed).toHaveCount(1, { timeout: 500 });
        }).toPass();
        await expect(listed).toContainText("[single-use link hidden]");
        await expect(listed).not.toContainText("token=");
        await expect(listed.getByRole("link")).toHaveCount(0);
        const id = await listed.getAttribute("data-id");
        expect((await admin.goto(`/admin/outbox/${id}`))!.status()).toBe(404);
        await expect(admin.locator("body")).not.toContainText("token=");
      });

      // These servers have no Stripe keys, as a fresh clone has none: the site says how to join instead.
      test("without Stripe configured, the membership page offers joining through the office, and nothing asks for a card", async ({ browser }) => {
        const visitor = await (await browser.newContext({ baseURL: server.url })).newPage();
        await visitor.goto("/membership");
        await expect(visitor.getByTestId("join-by-contact")).toContainText("contact the membership office");
        await expect(visitor.getByRole("link", { name: "Become a Gold member" })).toHaveAttribute("href", /^mailto:.*Gold%20membership/);
        const member = await signedIn(browser, server.url, "member@example.org");
        await member.goto("/join/gold");
        await expect(member.getByRole("main")).toContainText("Online payment is not available for this tier.");
        await expect(member.getByRole("button", { name: "Continue to payment" })).toHaveCount(0);
        await member.goto("/account/billing");
        await expect(member.getByRole("main")).toContainText("To join a paid tier, contact the membership office");
        await expect(member.getByRole("link", { name: "Choose a paid membership" })).toHaveCount(0);
      });
    }
  });
});

import { request as playwrightRequest } from "@playwright/test";
import { expect, signIn, signInRequest, test, uniqueAddress } from "./fixtures";

test.beforeEach(async ({ page }) => {
  await page.setExtraHTTPHeaders({ "x-forwarded-for": uniqueAddress() });
});

test("everyone sees the easy read summary; entitled members get the large-print version", async ({ page }) => {
  await page.goto("/resources/what-is-dme");
  const easyRead = page.getByRole("region", { name: "Easy read" });
  await expect(easyRead).toContainText("This is called DME.");
  await expect(page.getByRole("link", { name: "Large print" })).toHaveCount(0);

  await signIn(page, "silver@example.org");
  await page.goto("/resources/what-is-dme");
  const link = page.getByRole("link", { name: "Large print" });
  await expect(link).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  expect(download.suggestedFilename()).toBe("what-is-dme-large-print.pdf");
});

test("alternative formats are gated exactly like the file", async ({ baseURL }) => {
  const path = "/resources/what-is-dme/download?format=large-print";
  const anonymous = await playwrightRequest.newContext({ baseURL });
  const signedOut = await anonymous.get(path, { maxRedirects: 0 });
  expect(signedOut.status()).toBe(303);
  expect(signedOut.headers().location).toContain(`callbackUrl=${encodeURIComponent(path)}`);

  const free = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": uniqueAddress() } });
  await signInRequest(free, "member@example.org");
  expect((await free.get(path, { maxRedirects: 0 })).status()).toBe(403);

  const gold = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": uniqueAddress() } });
  await signInRequest(gold, "gold@example.org");
  const ok = await gold.get(path);
  expect(ok.status()).toBe(200);
  expect(ok.headers()["content-disposition"]).toContain('filename="what-is-dme-large-print.pdf"');
  expect((await gold.get("/resources/what-is-dme/download?format=audio")).status()).toBe(404);
  for (const c of [anonymous, free, gold]) await c.dispose();
});

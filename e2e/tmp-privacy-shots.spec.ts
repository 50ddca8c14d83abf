import { createMember, signedInPage } from "./admin-helpers";
import { test } from "./fixtures";

test("screenshots", async ({ browser, baseURL }) => {
  const admin = await signedInPage(browser, "admin@example.org");
  const member = await createMember(browser, baseURL!, admin, "free");
  for (const width of [390, 1280]) {
    await member.page.setViewportSize({ width, height: 900 });
    await member.page.goto("/account/privacy");
    await member.page.screenshot({ path: `/tmp/privacy-shots/account-privacy-${width}.png`, fullPage: true });
    await member.page.goto("/account/privacy/summary");
    await member.page.screenshot({ path: `/tmp/privacy-shots/summary-${width}.png`, fullPage: true });
    await member.page.goto("/privacy");
    await member.page.screenshot({ path: `/tmp/privacy-shots/privacy-${width}.png`, fullPage: true });
    await admin.setViewportSize({ width, height: 900 });
    await admin.goto(member.page.url().replace(/\/[^/]*$/, "/admin/members") + `?q=${encodeURIComponent(member.email)}`);
    await admin.locator('table a[href^="/admin/members/"]').first().click();
    await admin.getByRole("heading", { name: "Personal data" }).scrollIntoViewIfNeeded();
    await admin.screenshot({ path: `/tmp/privacy-shots/admin-member-${width}.png`, fullPage: true });
  }
  await member.page.setViewportSize({ width: 1280, height: 900 });
  await member.page.goto("/account/privacy");
  await member.page.getByLabel("Your password").fill(member.password);
  await member.page.getByRole("button", { name: "Erase my account" }).click();
  await member.page.getByText("Your request has been received.").waitFor();
  for (const width of [390, 1280]) {
    await member.page.setViewportSize({ width, height: 900 });
    await member.page.screenshot({ path: `/tmp/privacy-shots/banner-${width}.png` });
  }
});

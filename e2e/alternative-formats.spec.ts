import { request as playwrightRequest, type FileChooser } from "@playwright/test";
import { createResource, pdfBytes, signedInPage, unique } from "./admin-helpers";
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

test("an editor adds an easy read summary and a large-print file, by keyboard; gold members are offered them", async ({ browser }) => {
  const editor = await signedInPage(browser, "editor@example.org");
  const title = unique("Easy read guide");
  const { slug } = await createResource(editor, { title, visibility: { tiers: ["Gold"] }, status: "Published", publishWithoutFile: true });

  // An image without alt text: the editor warns at once, and saving is refused, tied to the field.
  const easyRead = editor.getByLabel("Easy read summary", { exact: true });
  await easyRead.fill("![](/media/pupil.png)\n\nThis guide is about **help at school**.");
  await expect(editor.locator("#field-easyReadSummary-alt")).toContainText("has no alt text");
  await expect(easyRead).toHaveAccessibleDescription(/The image \/media\/pupil.png has no alt text/);
  await editor.getByRole("button", { name: "Save changes" }).click();
  await expect(editor.getByRole("link", { name: /^Easy read summary: The image .* has no alt text/ })).toBeVisible();
  await expect(easyRead).toHaveAttribute("aria-invalid", "true");
  await expect(easyRead).toHaveAccessibleDescription(/Error: The image \/media\/pupil.png has no alt text/);

  await easyRead.fill('![](/media/border.png "decorative")\n\nThis guide is about **help at school**.');
  await expect(editor.getByTestId("easyReadSummary-preview").locator("strong")).toHaveText("help at school");
  await expect(editor.locator("#field-easyReadSummary-alt")).toBeEmpty();
  // The preview toggle works from the keyboard.
  const toggle = editor.getByRole("button", { name: "Hide preview of easy read summary" });
  await toggle.focus();
  await editor.keyboard.press("Enter");
  await expect(editor.getByTestId("easyReadSummary-preview")).toBeHidden();
  await expect(editor.getByRole("button", { name: "Show preview of easy read summary" })).toHaveAttribute("aria-expanded", "false");
  await editor.keyboard.press("Space");
  await expect(editor.getByTestId("easyReadSummary-preview")).toBeVisible();
  await editor.getByRole("button", { name: "Save changes" }).click();
  await expect(editor.getByText("Your changes have been saved.")).toBeVisible();

  // The large-print upload needs no dragging: focus the control, press Space, choose the file.
  // Once on CI the key opened nothing, just after saving: focus and press again until the chooser opens.
  const largePrint = editor.locator("#large-print-input");
  let chooser: FileChooser | undefined;
  await expect(async () => {
    await largePrint.focus();
    await expect(largePrint).toBeFocused({ timeout: 1_000 });
    [chooser] = await Promise.all([editor.waitForEvent("filechooser", { timeout: 5_000 }), editor.keyboard.press("Space")]);
  }).toPass({ timeout: 30_000 });
  await chooser!.setFiles({ name: "guide-large-print.pdf", mimeType: "application/pdf", buffer: pdfBytes("large print") });
  await expect(editor.locator("#large-print-status")).toContainText("Uploaded guide-large-print.pdf");
  await expect(editor.getByTestId("current-large-print")).toContainText("guide-large-print.pdf");
  // An audio slot refuses a PDF before uploading, with a message that says what it takes.
  await editor.locator("#audio-input").setInputFiles({ name: "talk.pdf", mimeType: "application/pdf", buffer: pdfBytes("x") });
  await expect(editor.locator("#audio-status").getByRole("alert")).toContainText("Attach an MP3, M4A or Ogg file.");

  // The remove confirmation is keyboard operable: the prompt takes focus, and Cancel steps back.
  await editor.getByRole("button", { name: "Remove the large-print version" }).focus();
  await editor.keyboard.press("Enter");
  const prompt = editor.getByRole("group", { name: "Confirm" });
  await expect(prompt).toBeFocused();
  await editor.keyboard.press("Tab");
  await editor.keyboard.press("Tab");
  await expect(prompt.getByRole("button", { name: "Cancel" })).toBeFocused();
  await editor.keyboard.press("Enter");
  await expect(prompt).toHaveCount(0);
  await expect(editor.getByTestId("current-large-print")).toBeVisible();

  const gold = await signedInPage(browser, "gold@example.org");
  await gold.goto(`/resources/${slug}`);
  const region = gold.getByRole("region", { name: "Easy read" });
  await expect(region.locator("strong")).toHaveText("help at school");
  await expect(region.locator("img")).toHaveAttribute("alt", "");
  const [download] = await Promise.all([gold.waitForEvent("download"), gold.getByRole("link", { name: "Large print" }).click()]);
  expect(download.suggestedFilename()).toBe("guide-large-print.pdf");
  await Promise.all([editor.context().close(), gold.context().close()]);
});

import { readFileSync } from "node:fs";
import path from "node:path";
import type { Locator, Page } from "@playwright/test";
import { slugify } from "../lib/content/slug";
import { anonymousPage, client, setStatus, unique } from "./admin-helpers";
import { expect, expectAccessible, signIn, test, uniqueAddress } from "./fixtures";

const photo = { name: "Open book.jpg", mimeType: "image/jpeg", buffer: readFileSync(path.join(import.meta.dirname, "files/open-book.jpg")) };
const disguised = { name: "photo.png", mimeType: "image/png", buffer: Buffer.from("<html><script>alert(1)</script></html>") };

test.beforeEach(async ({ page }) => {
  await page.setExtraHTTPHeaders({ "x-forwarded-for": uniqueAddress() });
});

/** Content-Security-Policy violations for the life of the page. */
async function cspViolations(page: Page) {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to load/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return violations;
}

/** The image has arrived and decoded (a broken or blocked image has no natural width). */
async function expectLoaded(image: Locator) {
  await image.scrollIntoViewIfNeeded();
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
}

test.describe("images", () => {
  test("an editor uploads a feature image and an image in the text: the article, its card and its share image show them", async ({
    page: editor,
    browser,
  }) => {
    await signIn(editor, "editor@example.org");
    const title = unique("Reading week");
    const featureAlt = "An open book with two pages of text";
    const bodyAlt = "The same open book, in the text";
    await editor.goto("/admin/news/new");
    await editor.getByLabel("Title", { exact: true }).fill(title);
    await editor.getByLabel("Standfirst").fill("What pupils read this week, and why it matters.");

    await editor.getByLabel("Choose an image").setInputFiles(photo);
    await expect(editor.getByText("Uploaded Open book.jpg. Describe it below, then save.")).toBeVisible();
    await expectLoaded(editor.getByTestId("feature-image-preview"));
    await editor.getByLabel("Describe the feature image (alt text)").fill(featureAlt);

    const body = editor.getByLabel("Article", { exact: true });
    await body.fill("Pupils chose their own books this week.");
    await editor.locator("summary", { hasText: "Insert image" }).click();
    await editor.getByLabel("Image file").setInputFiles(photo);
    await editor.getByRole("button", { name: "Upload and insert" }).click();
    await expect(editor.getByText("Describe the image first: its alt text is what people who cannot see it hear.")).toBeVisible();
    await editor.getByLabel("Describe the image (alt text)").fill(bodyAlt);
    await editor.getByRole("button", { name: "Upload and insert" }).click();
    await expect(editor.getByText("Inserted Open book.jpg. It shows in the preview.")).toBeVisible();
    await expect(body).toHaveValue(new RegExp(`^Pupils chose their own books this week\\.\\n\\n!\\[${bodyAlt}\\]\\(/media/[0-9a-f]{64}/open-book\\.jpg\\)$`));
    await expectLoaded(editor.getByTestId("body-preview").getByRole("img", { name: bodyAlt }));
    await expectAccessible(editor);

    await setStatus(editor, "Published");
    await editor.getByRole("button", { name: "Create article" }).click();
    await expect(editor.getByText("The article has been created.")).toBeVisible();

    const visitor = await anonymousPage(browser);
    const violations = await cspViolations(visitor);
    await visitor.goto(`/news/${slugify(title)}`);
    const feature = visitor.getByRole("img", { name: featureAlt });
    await expectLoaded(feature);
    // Resized by Next's optimizer, from the image's own address.
    expect(await feature.evaluate((img: HTMLImageElement) => img.currentSrc)).toMatch(/\/_next\/image\?url=%2Fmedia%2F[0-9a-f]{64}%2Fopen-book\.jpg&w=\d+/);
    await expectLoaded(visitor.locator(".prose").getByRole("img", { name: bodyAlt }));
    const shareImage = await visitor.locator('meta[property="og:image"]').getAttribute("content");
    expect(shareImage).toMatch(/^https?:\/\/[^/]+\/media\/[0-9a-f]{64}\/open-book\.jpg$/);
    expect(await visitor.locator('meta[property="og:image:alt"]').getAttribute("content")).toBe(featureAlt);
    const served = await visitor.request.get(new URL(shareImage!).pathname);
    expect(served.headers()).toMatchObject({
      "content-type": "image/jpeg",
      "cache-control": "public, max-age=31536000, immutable",
      "x-content-type-options": "nosniff",
    });
    await expectAccessible(visitor);

    await visitor.goto("/news");
    const card = visitor.getByRole("article").filter({ has: visitor.getByRole("link", { name: title }) });
    await expectLoaded(card.getByRole("img", { name: featureAlt }));
    expect(violations).toEqual([]);
  });

  test("an image from another site is refused at save, naming the fix", async ({ page: editor }) => {
    await signIn(editor, "editor@example.org");
    await editor.goto("/admin/news/new");
    await editor.getByLabel("Title", { exact: true }).fill(unique("Linked chart"));
    await editor.getByLabel("Article", { exact: true }).fill("Funding by year:\n\n![A bar chart of funding by year](https://example.org/chart.png)");
    const fix =
      "The image https://example.org/chart.png is on another site, so visitors would see a broken image: images must come from this site. Upload the image instead, with “Insert image”, and remove the link.";
    // The preview warns while writing; saving refuses.
    await expect(editor.getByText(fix)).toBeVisible();
    await editor.getByRole("button", { name: "Create article" }).click();
    await expect(editor.getByText("Please correct the highlighted fields.")).toBeVisible();
    await expect(editor.locator("#field-body-error")).toContainText(fix);
    await expect(editor).toHaveURL(/\/admin\/news\/new$/);
  });

  test("a file that is not an image is refused whatever its name, and only staff can upload", async ({ page: editor, baseURL }) => {
    await signIn(editor, "editor@example.org");
    await editor.goto("/admin/resources/new");
    const notImage = "“photo.png” is not an image we can show: its contents are not PNG, JPEG, WebP or GIF, whatever its name says.";
    await editor.getByLabel("Choose an image").setInputFiles(disguised);
    await expect(editor.getByText(notImage)).toBeVisible();
    await expect(editor.getByTestId("feature-image-preview")).toHaveCount(0);
    await editor.locator("summary", { hasText: "Insert image" }).first().click();
    await editor.getByLabel("Image file").first().setInputFiles(disguised);
    await editor.getByLabel("Describe the image (alt text)").first().fill("A photo");
    await editor.getByRole("button", { name: "Upload and insert" }).first().click();
    await expect(editor.getByText(notImage).nth(1)).toBeVisible();
    await expect(editor.getByRole("textbox", { name: "Easy read summary" })).toHaveValue("");

    const origin = new URL(baseURL!).origin;
    const upload = { headers: { origin, "x-file-name": "open-book.jpg", "content-type": "application/octet-stream" }, data: photo.buffer };
    for (const email of ["gold@example.org", undefined]) {
      const someone = await client(baseURL!, email);
      const refused = await someone.post("/api/admin/media", upload);
      expect(refused.status()).toBe(403);
      expect((await refused.json()).error).toBe(email ? "Only staff can do this." : "Your session has ended. Sign in again to make changes.");
      await someone.dispose();
    }
  });

  test("a resource's feature image shows on its card and its page", async ({ page: editor, browser }) => {
    await signIn(editor, "editor@example.org");
    const title = unique("Illustrated guide");
    const alt = "An open book on a purple table";
    await editor.goto("/admin/resources/new");
    await editor.getByLabel("Title", { exact: true }).fill(title);
    await editor.getByLabel("Summary", { exact: true }).fill("A guide with a picture.");
    await editor.getByLabel("Body", { exact: true }).fill("The guide.");
    await editor.getByRole("radio", { name: "Everyone, signed in or not" }).check();
    await editor.getByLabel("Choose an image").setInputFiles(photo);
    await expect(editor.getByTestId("feature-image-preview")).toBeVisible();
    await setStatus(editor, "Published");
    // No description: refused, with the field named.
    await editor.getByRole("button", { name: "Create resource" }).click();
    await expect(editor.locator("#field-featureImageAlt-error")).toContainText("Describe the feature image for people who cannot see it");
    await editor.getByLabel("Describe the feature image (alt text)").fill(alt);
    await editor.getByRole("button", { name: "Create resource" }).click();
    await expect(editor.getByText("The resource has been created.")).toBeVisible();

    const visitor = await anonymousPage(browser);
    const violations = await cspViolations(visitor);
    await visitor.goto(`/resources/${slugify(title)}`);
    await expectLoaded(visitor.getByRole("img", { name: alt }));
    expect(await visitor.locator('meta[property="og:image"]').getAttribute("content")).toMatch(/\/media\/[0-9a-f]{64}\/open-book\.jpg$/);
    await visitor.goto("/resources");
    const card = visitor.getByRole("article").filter({ has: visitor.getByRole("link", { name: title }) });
    await expectLoaded(card.getByRole("img", { name: alt }));
    expect(violations).toEqual([]);
  });
});

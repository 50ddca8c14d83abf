import { readFileSync } from "node:fs";
import { slugify } from "../lib/content/slug";
import { anonymousPage, checkImport, client, createMember, createResource, html, openMember, pdfBytes, setStatus, signedInPage, unique } from "./admin-helpers";
import { enrolAuthenticator, expect, expectAccessible, linkIn, passSecondFactor, readOutbox, signIn, signInWithCode, test, uniqueAddress, uniqueEmail } from "./fixtures";

test.beforeEach(async ({ page }) => {
  await page.setExtraHTTPHeaders({ "x-forwarded-for": uniqueAddress() });
});

test.describe("writing and publishing", () => {
  test("an editor writes a gold resource with a PDF: gold members read and download it, silver members cannot", async ({ page: editor, baseURL }) => {
    await signIn(editor, "editor@example.org");
    const title = unique("Gold briefing");
    const secret = `The gold-only sentence of ${title}`;
    await editor.goto("/admin/resources/new");
    await editor.getByLabel("Title", { exact: true }).fill(title);
    await expect(editor.getByLabel("Web address")).toHaveValue(slugify(title));
    await editor.getByLabel("Summary", { exact: true }).fill("A briefing for gold members.");
    await editor.getByLabel("Body", { exact: true }).fill(`## What is inside\n\n${secret}.\n\n<script>alert(1)</script>`);
    // The live preview is the public renderer: the heading renders, the script does not.
    const preview = editor.getByTestId("body-preview");
    await expect(preview.getByRole("heading", { name: "What is inside" })).toBeVisible();
    await expect(preview.locator("script")).toHaveCount(0);
    await editor.getByRole("checkbox", { name: "Gold", exact: true }).check();
    await expect(editor.getByText("The public will see:").locator("..")).toContainText("Gold members");
    await editor.getByRole("button", { name: "Create resource" }).click();
    await expect(editor.getByText("The resource has been created.")).toBeVisible();
    const slug = slugify(title);

    // A renamed non-PDF is refused with a clear message (the size cap: lib/admin/upload-route.db.test.ts).
    const fileInput = editor.locator("#attachment-input");
    await fileInput.setInputFiles({ name: "fake.pdf", mimeType: "application/pdf", buffer: Buffer.from("MZ this is a program") });
    await expect(editor.getByText("“fake.pdf” is not really a PDF file: its contents do not match its name.")).toBeVisible();
    await fileInput.setInputFiles({ name: "briefing.pdf", mimeType: "application/pdf", buffer: pdfBytes(title) });
    await expect(editor.getByText("Uploaded briefing.pdf")).toBeVisible();
    await expect(editor.getByTestId("current-file")).toContainText("briefing.pdf");

    await setStatus(editor, "Published");
    await editor.getByRole("button", { name: "Save changes" }).click();
    await expect(editor.getByText("Your changes have been saved.")).toBeVisible();

    const [gold, silver] = await Promise.all([client(baseURL!, "gold@example.org"), client(baseURL!, "silver@example.org")]);
    expect(await html(gold, `/resources/${slug}`)).toContain(secret);
    const download = await gold.get(`/resources/${slug}/download`);
    expect(download.status()).toBe(200);
    expect(download.headers()["content-type"]).toBe("application/pdf");
    expect((await download.body()).subarray(0, 5).toString()).toBe("%PDF-");

    const refused = await html(silver, `/resources/${slug}`);
    expect(refused).toContain("Your membership does not include this resource");
    expect(refused).not.toContain(secret);
    expect((await silver.get(`/resources/${slug}/download`, { maxRedirects: 0 })).status()).toBe(403);

    // Gold is served the cached page every gold member shares: an edit reaches gold's next request.
    await expect.poll(async () => (await gold.get(`/resources/${slug}`)).headers()["x-nextjs-cache"]).toBe("HIT");
    const revised = `The revised gold-only sentence of ${title}`;
    await editor.getByLabel("Body", { exact: true }).fill(`## What is inside\n\n${revised}.`);
    // The live preview is a POST of its own (350 ms after typing): let it show the revision first,
    // so the response awaited below is the save's. The last save's notice is still on screen.
    await expect(editor.getByTestId("body-preview")).toContainText(revised);
    const saved = editor.waitForResponse((response) => response.request().method() === "POST" && response.ok());
    await editor.getByRole("button", { name: "Save changes" }).click();
    await saved;
    await expect(editor.getByText("Your changes have been saved.")).toBeVisible();
    const reread = await html(gold, `/resources/${slug}`);
    expect(reread).toContain(revised);
    expect(reread).not.toContain(secret);
    expect(await html(silver, `/resources/${slug}`)).not.toContain(revised);
    await Promise.all([gold.dispose(), silver.dispose()]);
  });

  test("publish and unpublish an article; a deleted resource leaves its related list", async ({ page: editor, baseURL }) => {
    const visitor = await client(baseURL!);
    // The lists are cached now (twice: the second answer comes from the cache); each write must reach them.
    for (const path of ["/news", "/news", "/resources", "/resources"]) await visitor.get(path);
    await signIn(editor, "editor@example.org");
    const resourceTitle = unique("Related guide");
    await createResource(editor, { title: resourceTitle, status: "Published" });
    expect(await html(visitor, "/resources")).toContain(resourceTitle);

    const title = unique("Members' news");
    await editor.goto("/admin/news/new");
    await editor.getByLabel("Title", { exact: true }).fill(title);
    await editor.getByLabel("Standfirst").fill("What changed this week.");
    await editor.getByLabel("Article", { exact: true }).fill("Our **news**.");
    await editor.getByLabel("Find a resource to add").fill(resourceTitle);
    await editor.getByRole("button", { name: `Add: ${resourceTitle}` }).click();
    await editor.getByLabel("Find a resource to add").fill("What is...DME");
    await editor.getByRole("button", { name: "Add: What is...DME?" }).click();
    // Reorder: the DME guide first.
    await editor.getByRole("button", { name: "Move up: What is...DME?" }).click();
    await setStatus(editor, "Published");
    await editor.getByRole("button", { name: "Create article" }).click();
    await expect(editor.getByText("The article has been created.")).toBeVisible();
    const articleUrl = editor.url();
    const slug = slugify(title);

    expect(await html(visitor, "/news")).toContain(title);
    const related = async () => {
      const page = await html(visitor, `/news/${slug}`);
      const section = page.slice(page.indexOf("Related resources"));
      return [resourceTitle, "What is...DME?"].filter((t) => section.includes(t)).sort((a, b) => section.indexOf(a) - section.indexOf(b));
    };
    expect(await html(visitor, `/news/${slug}`)).toContain(title);
    expect(await related()).toEqual(["What is...DME?", resourceTitle]);

    // Delete the related resource (it asks first): it disappears from the article.
    await editor.goto("/admin/resources?q=" + encodeURIComponent(resourceTitle));
    await editor.getByRole("link", { name: resourceTitle }).click();
    await editor.getByRole("button", { name: "Delete resource" }).click();
    await expect(editor.getByText(`Delete “${resourceTitle}” permanently?`)).toBeVisible();
    await editor.getByRole("button", { name: "Yes, delete it permanently" }).click();
    await expect(editor.getByText(`The resource ${slugify(resourceTitle)} has been deleted.`)).toBeVisible();
    expect(await related()).toEqual(["What is...DME?"]);

    await editor.goto(articleUrl);
    await editor.getByRole("button", { name: "Unpublish" }).click();
    await expect(editor.getByText("The article has been unpublished")).toBeVisible();
    expect((await visitor.get(`/news/${slug}`)).status()).toBe(404);
    expect(await html(visitor, "/news")).not.toContain(title);
    await visitor.dispose();
  });

  test("a scheduled resource appears by itself at its time", async ({ page: editor, baseURL }) => {
    await signIn(editor, "editor@example.org");
    const title = unique("Scheduled guide");
    const { slug } = await createResource(editor, { title });
    const at = new Date(Date.now() + 15_000);
    await setStatus(editor, "Scheduled", at);
    await editor.getByRole("button", { name: "Save changes" }).click();
    await expect(editor.getByText(/^Scheduled for \d\d:\d\d on /).first()).toBeVisible();

    const visitor = await client(baseURL!);
    expect((await visitor.get(`/resources/${slug}`)).status()).toBe(404);
    await expect
      .poll(async () => (await visitor.get(`/resources/${slug}`)).status(), { timeout: 30_000, intervals: [1000] })
      .toBe(200);
    // The form takes whole seconds.
    expect(Date.now()).toBeGreaterThanOrEqual(Math.floor(at.getTime() / 1000) * 1000);
    expect(await html(visitor, "/resources")).toContain(title);
    await visitor.dispose();
  });

  test("the second of two people saving the same resource is refused and keeps their text", async ({ page: editor, browser }) => {
    await signIn(editor, "editor@example.org");
    const { url } = await createResource(editor, { title: unique("Shared resource") });
    const admin = await signedInPage(browser, "admin@example.org");
    await admin.goto(url);

    await editor.getByLabel("Summary", { exact: true }).fill("The editor's summary.");
    await editor.getByRole("button", { name: "Save changes" }).click();
    await expect(editor.getByText("Your changes have been saved.")).toBeVisible();

    await admin.getByLabel("Summary", { exact: true }).fill("The admin's summary.");
    await admin.getByRole("button", { name: "Save changes" }).click();
    await expect(admin.getByText(/^This resource was changed by Tom Okafor at \d\d:\d\d on .* since you opened it/)).toBeVisible();
    await expect(admin.getByLabel("Summary", { exact: true })).toHaveValue("The admin's summary.");
    await admin.reload();
    await expect(admin.getByLabel("Summary", { exact: true })).toHaveValue("The editor's summary.");
  });
});

test.describe("members", () => {
  test("a CSV with one bad row is rejected whole; a good one is previewed, then applied", async ({ page: admin, baseURL }) => {
    await signIn(admin, "admin@example.org");
    const tag = Date.now().toString(36);
    const [a, b] = [uniqueEmail(`csv-a-${tag}`), uniqueEmail(`csv-b-${tag}`)];

    await checkImport(admin, `email,name,tier,expiry\n${a},Ann Import,gold,2031-07-31\n${b},Bo Import,platinum,\n`);
    await expect(admin.getByText("Nothing has been imported: 1 row has a problem.")).toBeVisible();
    await expect(admin.getByTestId("import-errors")).toHaveText(["Line 3: “platinum” is not a tier (use free, silver, gold)."]);
    await expect(admin.getByRole("button", { name: /^Import:/ })).toHaveCount(0);
    await admin.goto(`/admin/members?q=${tag}`);
    await expect(admin.getByRole("heading", { name: "No accounts match" })).toBeVisible();

    await checkImport(admin, `email,name,tier,expiry\n${a},Ann Import,gold,31/07/2031\n${b},Bo Import,silver,\n`);
    await expect(admin.getByTestId("import-creates").getByRole("row")).toHaveCount(3);
    await expect(admin.getByTestId("import-creates")).toContainText("2031-07-31");
    await admin.getByRole("button", { name: "Import: create 2, update 0" }).click();
    await expect(admin.getByText("Import complete: 2 accounts created, 0 updated")).toBeVisible();
    await admin.goto(`/admin/members?q=${tag}`);
    await expect(admin.getByRole("heading", { name: "2 accounts" })).toBeVisible();
    expect(await readOutbox(baseURL!, a, /choose a password/)).toContain("/reset-password?token=");

    await admin.goto(`/admin/audit?action=import`);
    await expect(admin.getByTestId("activity").first()).toContainText("Imported pasted CSV: 2 created, 0 updated, 0 unchanged");
  });

  test("an admin downgrades a member, whose next request is refused the gold resource", async ({ page: admin, browser, baseURL }) => {
    await signIn(admin, "admin@example.org");
    const member = await createMember(browser, baseURL!, admin, "gold", "2031-12-31");
    await member.page.goto("/resources/national-send-update");
    await expect(member.page.getByText("gold-only insight")).toBeVisible();

    await openMember(admin, member.email);
    await admin.getByLabel("Tier").selectOption("silver");
    await admin.getByRole("button", { name: "Save changes" }).click();
    await expect(admin.getByText("The changes have been saved.")).toBeVisible();
    await expect(admin.getByTestId("activity")).toContainText(`Changed tier of ${member.email}`);

    await member.page.reload();
    await expect(member.page.getByTestId("access-panel")).toContainText("Your membership: Silver");
    await expect(member.page.getByText("gold-only insight")).toHaveCount(0);
    expect((await member.page.request.get("/resources/national-send-update/download", { maxRedirects: 0 })).status()).toBe(403);
  });

  test("an admin disables a member: the member's open session is refused at its next request, and sign-in is refused", async ({ page: admin, browser, baseURL }) => {
    await signIn(admin, "admin@example.org");
    const member = await createMember(browser, baseURL!, admin, "gold", "2031-12-31");
    await member.page.goto("/account");
    await expect(member.page.getByText(member.email).first()).toBeVisible();

    await openMember(admin, member.email);
    await admin.getByRole("checkbox", { name: "Disabled" }).check();
    await admin.getByRole("button", { name: "Save changes" }).click();
    await expect(admin.getByText("The changes have been saved.")).toBeVisible();

    // The same browser, the same cookie: now treated as signed out everywhere.
    await member.page.goto("/account");
    await expect(member.page).toHaveURL(/\/login\?callbackUrl=%2Faccount$/);
    const download = await member.page.request.get("/resources/national-send-update/download", { maxRedirects: 0 });
    expect(download.status()).toBe(303);
    expect(download.headers().location).toContain("/login?callbackUrl=");
    await member.page.goto("/resources/national-send-update");
    await expect(member.page.getByTestId("access-panel")).toContainText("This resource is for Gold members.");
    await expect(member.page.getByText("gold-only insight")).toHaveCount(0);

    await member.page.goto("/login");
    await member.page.getByLabel("Email").fill(member.email);
    await member.page.getByLabel("Password").fill(member.password);
    await member.page.getByRole("button", { name: "Sign in" }).click();
    await expect(member.page.getByText("The email or password is not right.").first()).toBeVisible();
    await expect(member.page).toHaveURL(/\/login/);
  });

  test("the CSV export holds exactly the filtered members, with tier, expiry, role and status, and can be imported back", async ({ page: admin }) => {
    await signIn(admin, "admin@example.org");
    const tag = Date.now().toString(36);
    const [a, b] = [uniqueEmail(`export-a-${tag}`), uniqueEmail(`export-b-${tag}`)];
    await checkImport(admin, `email,name,tier,expiry\n${a},Ann Export,gold,2031-07-31\n${b},"Bo, Export",silver,\n`);
    await admin.getByRole("button", { name: "Import: create 2, update 0" }).click();
    await expect(admin.getByText("Import complete: 2 accounts created, 0 updated")).toBeVisible();

    await admin.goto(`/admin/members?q=${tag}`);
    await expect(admin.getByRole("heading", { name: "2 accounts" })).toBeVisible();
    const [download] = await Promise.all([admin.waitForEvent("download"), admin.getByRole("link", { name: "Export these as CSV" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^members-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await download.path())!, "utf8");
    expect(csv.startsWith("\uFEFF"), "a byte-order mark, so spreadsheets read UTF-8").toBe(true);
    const lines = csv.slice(1).trimEnd().split("\r\n");
    expect(lines[0]).toBe("email,name,tier,expiry,role,disabled,joined");
    const rows = lines.slice(1).sort();
    expect(rows).toHaveLength(2);
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(new Date());
    expect(rows[0]).toBe(`${a},Ann Export,gold,2031-07-31,member,no,${today}`);
    expect(rows[1]).toBe(`${b},"Bo, Export",silver,,member,no,${today}`);

    // The export's first four columns are the import's: feeding it back changes nothing.
    await checkImport(admin, csv.slice(1));
    await expect(admin.getByText("2 already up to date.")).toBeVisible();
    await expect(admin.getByRole("heading", { name: "Accounts to update (0)" })).toBeVisible();
    await expect(admin.getByRole("button", { name: "Import: create 0, update 0" })).toBeVisible();
  });

  test("an admin cannot remove their own admin role or disable themselves", async ({ page: admin, browser, baseURL }) => {
    await signIn(admin, "admin@example.org");
    const newcomer = await createMember(browser, baseURL!, admin, "free");
    await openMember(admin, newcomer.email);
    await admin.getByLabel("Role").selectOption("admin");
    await admin.getByRole("button", { name: "Save changes" }).click();
    await expect(admin.getByText("The changes have been saved.")).toBeVisible();

    // A role change ends the account's sessions: the new admin signs in again.
    const self = newcomer.page;
    await self.goto("/account");
    await expect(self).toHaveURL(/\/login/);
    await signIn(self, newcomer.email, newcomer.password);
    // Admins need a second factor before the dashboard opens.
    await expect(self).toHaveURL(/\/account\/security\?required=admin/);
    await enrolAuthenticator(self);
    await openMember(self, newcomer.email);
    await self.getByLabel("Role").selectOption("editor");
    await self.getByRole("button", { name: "Save changes" }).click();
    await expect(self.getByText("You cannot remove your own admin role. Ask another admin to do it.").first()).toBeVisible();
    await self.reload();
    await self.getByRole("checkbox", { name: "Disabled" }).check();
    await self.getByRole("button", { name: "Save changes" }).click();
    await expect(self.getByText("You cannot disable your own account.").first()).toBeVisible();
    await self.goto("/admin/members");
    await expect(self.getByRole("heading", { level: 1, name: "Members" })).toBeVisible();
  });
});

test.describe("who may use the dashboard", () => {
  const staffPages = ["/admin", "/admin/news", "/admin/news/new", "/admin/resources", "/admin/resources/new"];
  const adminPages = ["/admin/members", "/admin/members/import", "/admin/members/export", "/admin/tiers", "/admin/audit", "/admin/outbox"];

  test("members and signed-out visitors reach no dashboard page; editors no admin page", async ({ baseURL }) => {
    const [admin, member, editor, visitor] = await Promise.all([
      client(baseURL!, "admin@example.org"),
      client(baseURL!, "member@example.org"),
      client(baseURL!, "editor@example.org"),
      client(baseURL!),
    ]);
    const editPage = (await (await admin.get("/admin/resources?q=what-is-dme")).text()).match(/\/admin\/resources\/[0-9a-f-]{36}/)![0];
    const memberPage = (await (await admin.get("/admin/members?q=silver%40example.org")).text()).match(/\/admin\/members\/[0-9a-f-]{36}/)![0];
    // The id of a server action (tier editing) from the admin's own page, to call it directly below.
    const tiersHtml = await (await admin.get("/admin/tiers")).text();
    const actionId = JSON.parse(tiersHtml.match(/name="\$ACTION_\d+:0" value="([^"]*)"/)![1]!.replace(/&quot;/g, '"')).id as string;

    for (const path of [...staffPages, ...adminPages, editPage, memberPage]) {
      const refused = await member.get(path, { maxRedirects: 0 });
      expect(refused.status(), `member at ${path}`).toBe(403);
      expect(await refused.text()).not.toContain("silver@example.org");
      const signedOut = await visitor.get(path, { maxRedirects: 0 });
      expect([303, 307], `signed out at ${path}`).toContain(signedOut.status());
      expect(signedOut.headers().location).toContain("/login?callbackUrl=");
    }
    for (const path of [...adminPages, memberPage]) expect((await editor.get(path, { maxRedirects: 0 })).status(), `editor at ${path}`).toBe(403);
    for (const path of [...staffPages, editPage]) expect((await editor.get(path)).status(), `editor at ${path}`).toBe(200);

    // Server actions called directly, past the pages.
    const call = (context: typeof admin, path: string) =>
      context.post(path, {
        headers: { "Next-Action": actionId, Accept: "text/x-component", Origin: baseURL! },
        multipart: {
          "0": JSON.stringify([{ status: "idle" }, "$K1"]),
          "1_slug": "gold",
          "1_name": "Hacked",
          "1_description": "",
          "1_benefits": "",
          "1_price": "0",
          "1_vatTreatment": "exempt",
          "1_position": "0",
        },
        maxRedirects: 0,
      });
    for (const path of ["/", "/admin/tiers", "/membership"]) {
      const response = await call(member, path);
      expect(response.headers()["x-action-redirect"], `member calling the tier action at ${path}`).toBeUndefined();
      expect(await response.text()).not.toContain('"status":"success"');
    }
    // An editor passes the proxy at /admin: the action itself refuses.
    const editorCall = await call(editor, "/admin");
    expect(await editorCall.text()).toContain('"message":"Only administrators can do this."');
    const membership = await (await visitor.get("/membership")).text();
    expect(membership).toContain("Gold");
    expect(membership).not.toContain("Hacked");

    const resourceId = editPage.split("/").pop()!;
    const upload = await member.put(`/api/admin/resources/${resourceId}/file`, {
      headers: { "X-File-Name": "x.pdf", Origin: baseURL! },
      data: Buffer.from("%PDF-1.4 hostile"),
    });
    expect(upload.status()).toBe(403);
    await Promise.all([admin, member, editor, visitor].map((c) => c.dispose()));
  });

  test("editors see content sections only", async ({ page: editor }) => {
    await signIn(editor, "editor@example.org");
    await editor.goto("/admin");
    const nav = editor.getByRole("navigation", { name: "Dashboard" });
    await expect(nav.getByRole("link")).toHaveText(["Overview", "News", "Resources", "Newsletters", "Events", "Search vocabulary"]);
    await expect(nav.getByRole("link", { name: "Overview" })).toHaveAttribute("aria-current", "page");
    await expectAccessible(editor);
  });
});

test.describe("the dashboard, polished", () => {
  test("an editor refused the members list is told it is for admins only, and keeps the dashboard navigation", async ({ page: editor }) => {
    await signIn(editor, "editor@example.org");
    const response = await editor.goto("/admin/members");
    expect(response?.status()).toBe(403);
    await expect(editor.getByRole("heading", { level: 1 })).toHaveText("Admins only");
    await expect(editor.getByText("This part of the dashboard is for administrators")).toBeVisible();
    const nav = editor.getByRole("navigation", { name: "Dashboard" });
    await expect(nav.getByRole("link")).toHaveText(["Overview", "News", "Resources", "Newsletters", "Events", "Search vocabulary"]);
    await expect(editor.getByText("This part of the site is for our staff")).toHaveCount(0);
    await expectAccessible(editor);
  });

  test("a signed-in member at /admin gets a 403 under next start; a signed-out visitor is sent to sign in", async ({ baseURL }) => {
    const [member, visitor] = await Promise.all([client(baseURL!, "member@example.org"), client(baseURL!)]);
    const refused = await member.get("/admin", { maxRedirects: 0 });
    expect(refused.status()).toBe(403);
    expect(await refused.text()).toContain("This part of the site is for our staff");
    const signedOut = await visitor.get("/admin", { maxRedirects: 0 });
    expect([303, 307]).toContain(signedOut.status());
    expect(signedOut.headers().location).toContain("/login?callbackUrl=%2Fadmin");
    await Promise.all([member.dispose(), visitor.dispose()]);
  });

  test("admins land on the dashboard after signing in, unless a callback says otherwise; members on their account", async ({ browser }) => {
    const admin = await anonymousPage(browser);
    await signInWithCode(admin, "admin@example.org");
    await expect(admin).toHaveURL(/\/admin$/);

    const returning = await anonymousPage(browser);
    await returning.goto("/login?callbackUrl=%2Fresources%2Fwhat-is-dme");
    await returning.getByLabel("Email").fill("admin@example.org");
    await returning.getByLabel("Password").fill("demo-password");
    await returning.getByRole("button", { name: "Sign in" }).click();
    // The admin's second factor comes next, and the callback survives it.
    await passSecondFactor(returning);
    await expect(returning).toHaveURL(/\/resources\/what-is-dme$/);

    const member = await anonymousPage(browser);
    await signIn(member, "gold@example.org");
    await expect(member).toHaveURL(/\/account$/);
    await Promise.all([admin, returning, member].map((p) => p.context().close()));
  });

  test("a new resource takes its file on creation; the audit log says so in words", async ({ browser }) => {
    const editor = await signedInPage(browser, "editor@example.org");
    const title = unique("Filed at birth");
    await editor.goto("/admin/resources/new");
    await editor.getByLabel("Title", { exact: true }).fill(title);
    await editor.getByLabel("Summary", { exact: true }).fill("Comes with its file.");
    await editor.getByRole("checkbox", { name: "Gold", exact: true }).check();
    await editor.getByLabel("Downloadable file").setInputFiles({ name: "born-with.pdf", mimeType: "application/pdf", buffer: pdfBytes(title) });
    await setStatus(editor, "Published");
    await editor.getByRole("button", { name: "Create resource" }).click();
    await expect(editor.getByText("The resource has been created.")).toBeVisible();
    await expect(editor.getByTestId("current-file")).toContainText("born-with.pdf");

    const admin = await signedInPage(browser, "admin@example.org");
    await admin.goto("/admin/audit");
    const entry = admin.getByTestId("activity").getByRole("listitem").filter({ hasText: `Attached a file to resource “${title}”` });
    await expect(entry).toHaveCount(1);
    await expect(admin.getByTestId("activity")).not.toContainText("attach-file");
    await expect(admin.getByTestId("activity")).not.toContainText("resource · ");
    await expect(admin.getByLabel("Action").locator("option", { hasText: "Attached a file" })).toHaveCount(1);
    await admin.getByLabel("Action").selectOption({ label: "Attached a file" });
    await admin.getByRole("button", { name: "Apply" }).click();
    await expect(admin.getByTestId("activity")).toContainText(`Attached a file to resource “${title}”`);
    await Promise.all([editor.context().close(), admin.context().close()]);
  });

  test("publishing a gated resource with no file asks first", async ({ page: editor, baseURL }) => {
    await signIn(editor, "editor@example.org");
    const title = unique("Fileless gold");
    await editor.goto("/admin/resources/new");
    await editor.getByLabel("Title", { exact: true }).fill(title);
    await editor.getByLabel("Summary", { exact: true }).fill("Nothing to download.");
    await editor.getByRole("checkbox", { name: "Gold", exact: true }).check();
    await setStatus(editor, "Published");
    await editor.getByRole("button", { name: "Create resource" }).click();
    await expect(editor.getByRole("link", { name: /^Publish without a file: / })).toBeVisible();
    await expect(editor.getByText("The resource has been created.")).toHaveCount(0);
    // Nothing was created: the web address is still free.
    const visitor = await client(baseURL!);
    expect((await visitor.get(`/resources/${slugify(title)}`)).status()).toBe(404);

    // What was typed is still there; confirming publishes it.
    await expect(editor.getByLabel("Title", { exact: true })).toHaveValue(title);
    await editor.getByRole("checkbox", { name: "Publish without a file" }).check();
    await editor.getByRole("button", { name: "Create resource" }).click();
    await expect(editor.getByText("The resource has been created.")).toBeVisible();
    expect((await visitor.get(`/resources/${slugify(title)}`)).status()).toBe(200);
    await visitor.dispose();
  });

  test("without JavaScript, publishing a gated draft with no file asks first, then publishes when confirmed", async ({ browser, baseURL }) => {
    const withScript = await signedInPage(browser, "editor@example.org");
    const title = unique("No-script gold");
    const { url, slug } = await createResource(withScript, { title, visibility: { tiers: ["Gold"] } });
    const state = await withScript.context().storageState();
    const context = await browser.newContext({ baseURL, javaScriptEnabled: false, storageState: state, extraHTTPHeaders: { "x-forwarded-for": uniqueAddress() } });
    const editor = await context.newPage();
    await editor.goto(url);
    await setStatus(editor, "Published");
    await editor.getByRole("button", { name: "Save changes" }).click();
    await expect(editor.getByRole("checkbox", { name: "Publish without a file" })).toBeVisible();
    const visitor = await client(baseURL!);
    expect((await visitor.get(`/resources/${slug}`)).status()).toBe(404);
    await setStatus(editor, "Published");
    await editor.getByRole("checkbox", { name: "Publish without a file" }).check();
    await editor.getByRole("button", { name: "Save changes" }).click();
    await expect(editor.getByText("Your changes have been saved.")).toBeVisible();
    expect((await visitor.get(`/resources/${slug}`)).status()).toBe(200);
    await Promise.all([visitor.dispose(), context.close(), withScript.context().close()]);
  });

  test("an imported member's first link asks them to choose their password, not a new one", async ({ page: admin, browser, baseURL }) => {
    await signIn(admin, "admin@example.org");
    const email = uniqueEmail("first-link");
    await checkImport(admin, `email,name,tier,expiry\n${email},First Link,silver,\n`);
    await admin.getByRole("button", { name: /^Import: create 1/ }).click();
    await expect(admin.getByText("Import complete: 1 accounts created")).toBeVisible();
    const mail = await readOutbox(baseURL!, email, /choose a password/);
    expect(mail).not.toMatch(/new password|signs? you out/i);

    const page = await anonymousPage(browser);
    await page.goto(linkIn(mail, "/reset-password?token="));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Choose your password");
    await expect(page.getByText(/everywhere else/)).toHaveCount(0);
    await expect(page.getByText(/new password/i)).toHaveCount(0);
    await page.getByLabel("Password", { exact: true }).fill("my very first passphrase");
    await page.getByLabel("Confirm password").fill("my very first passphrase");
    await page.getByRole("button", { name: "Save password" }).click();
    await expect(page).toHaveURL(/\/login\?reset=1/);
    await signIn(page, email, "my very first passphrase");
    await page.context().close();
  });

  test("the missing-alt-text error shows once beside the field, not three times", async ({ page: editor }) => {
    await signIn(editor, "editor@example.org");
    await createResource(editor, { title: unique("Pictured guide") });
    const body = editor.getByLabel("Body", { exact: true });
    await body.fill("![](/media/class.png)\n\nA guide.");
    await expect(editor.locator("#field-body-alt")).toContainText("has no alt text");
    await editor.getByRole("button", { name: "Save changes" }).click();
    await expect(editor.getByRole("link", { name: /^Body: The image .* has no alt text/ })).toBeVisible();
    const message = "The image /media/class.png has no alt text.";
    // The summary links to the field; beside the field it is said once, and read once with it.
    await expect(editor.getByText(message)).toHaveCount(2);
    const description = (await body.getAttribute("aria-describedby"))!
      .split(" ")
      .map((id) => `#${id}`);
    const said = await Promise.all(description.map((id) => editor.locator(id).textContent()));
    expect(said.join(" ").split(message).length - 1).toBe(1);
  });
});

import { createHash } from "node:crypto";
import { request as playwrightRequest, type Page } from "@playwright/test";
import { anonymousPage, client, createMember, createResource, openMember, pdfBytes, setStatus, signedInPage } from "./admin-helpers";
import {
  DEMO_PASSWORD,
  expect,
  linkIn,
  outboxList,
  readOutbox,
  readOutboxAll,
  reference,
  registerAccount,
  signIn,
  test,
  uniqueAddress,
  uniqueEmail,
} from "./fixtures";

/** Collects Content-Security-Policy violations and script dialogs for the life of the page. */
async function watch(page: Page) {
  const problems: string[] = [];
  page.on("dialog", (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load)/i.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return problems;
}

/** Event-handler attributes, script URLs, and script elements holding a payload, anywhere in the DOM. */
function liveMarkup(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const element of document.querySelectorAll("*")) {
      for (const attribute of element.attributes) {
        const name = attribute.name.toLowerCase();
        const value = attribute.value.replace(/[\u0000-\u0020]/g, "").toLowerCase();
        if (name.startsWith("on")) found.push(`<${element.localName} ${name}>`);
        // React itself gives a form it renders in the browser with a server action this action,
        // which only throws if the form is submitted without React: not a payload.
        if (name === "action" && value.startsWith("javascript:thrownewerror('areactformwasunexpectedlysubmitted")) continue;
        if (["href", "src", "action", "formaction", "xlink:href", "data"].includes(name) && /^(javascript|vbscript):/.test(value)) {
          found.push(`<${element.localName} ${name}="${value.slice(0, 40)}">`);
        }
        if (["href", "action", "formaction"].includes(name) && value.startsWith("data:")) found.push(`<${element.localName} ${name}="${value.slice(0, 40)}">`);
      }
    }
    // React's data scripts carry page text as JSON strings; only a script that *is* a payload counts.
    for (const script of document.scripts) if (/^\s*alert\(/.test(script.textContent ?? "")) found.push(`<script>${script.textContent}`);
    return found;
  });
}

test.describe("security", () => {
  test("hostile markup stored by staff and members renders inert on every page that shows it", async ({ browser }) => {
    test.setTimeout(240_000);
    const tag = `hostile${Date.now().toString(36)}`;
    const corpus = [
      `<script>alert("xss-script")</script>`,
      `<img src=x onerror="alert('xss-img')">`,
      `<svg onload="alert('xss-svg')"><script>alert('xss-svg-script')</script></svg>`,
      `[a markdown link](javascript:alert('xss-md-link'))`,
      `<a href="javascript:alert('xss-a')">an html link</a> <a href=" JaVaScRiPt:alert('xss-case')">spaced</a>`,
      `<a href="data:text/html,<script>alert('xss-data')</script>">a data link</a>`,
      `![an svg image](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9ImFsZXJ0KDEpIj48L3N2Zz4=)`,
      `<iframe src="javascript:alert('xss-iframe')"></iframe><object data="javascript:alert('xss-object')"></object>`,
      `<div onmouseover="alert('xss-over')" style="background:url(javascript:alert('xss-style'))">hover</div>`,
      `<details open ontoggle="alert('xss-toggle')"><summary>x</summary></details>`,
      `<b onclick=alert('xss-broken') <i>broken</b <img src=x onerror=alert('xss-broken-img')`,
      `"><img src=x onerror=alert('xss-attr')><math><mtext><table><mglyph><style><img src=x onerror=alert('xss-mxss')>`,
    ].join("\n\n");
    const title = `${tag} <img src=x onerror=alert('xss-title')><script>alert('xss-title')</script>`;
    const summary = `"><svg onload=alert('xss-summary')> <a href="javascript:alert('xss-summary-link')">x</a>`;
    const fileName = `"><img src=x onerror=alert('xss-file')>.pdf`;
    const memberName = `<img src=x onerror=alert('xss-name')> Mallory`;
    const memberEmail = uniqueEmail("hostile");

    const editor = await signedInPage(browser, "admin@example.org");
    // A published public resource with the corpus in every field, and a file with a hostile name.
    const resource = await createResource(editor, { title: `${title} resource`, summary, body: corpus, status: "Published" });
    await editor.locator("#attachment-input").setInputFiles({ name: fileName, mimeType: "application/pdf", buffer: pdfBytes(tag) });
    await expect(editor.getByText(/^Uploaded /)).toBeVisible();
    // A published article with the corpus, relating that resource.
    await editor.goto("/admin/news/new");
    await editor.getByLabel("Title", { exact: true }).fill(`${title} article`);
    await editor.getByLabel("Standfirst").fill(summary);
    await editor.getByLabel("Article", { exact: true }).fill(corpus);
    await editor.getByLabel("Find a resource to add").fill(tag);
    await editor.getByRole("button", { name: /^Add: / }).first().click();
    await setStatus(editor, "Published");
    const articleSlug = await editor.getByLabel("Web address").inputValue();
    await editor.getByRole("button", { name: "Create article" }).click();
    await expect(editor.getByText("The article has been created.")).toBeVisible();
    // A member who registers with a hostile name.
    const visitor = await (await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": uniqueAddress() } })).newPage();
    await visitor.goto("/register");
    await visitor.getByLabel("Full name").fill(memberName);
    await visitor.getByLabel("Email").fill(memberEmail);
    await visitor.getByLabel("Password").fill("correct horse battery staple");
    await visitor.getByRole("button", { name: "Create account" }).click();
    await expect(visitor.getByRole("heading", { name: "Check your email" })).toBeVisible();
    await editor.goto(`/admin/members?q=${encodeURIComponent(memberEmail)}`);
    const memberPage = await editor.locator('table a[href^="/admin/members/"]').first().getAttribute("href");

    const pages: Array<[Page, string]> = [
      [visitor, `/news/${articleSlug}`],
      [visitor, "/news"],
      [visitor, "/"],
      [visitor, `/resources/${resource.slug}`],
      [visitor, "/resources"],
      [visitor, `/search?q=${tag}`],
      [editor, `/admin/news?q=${tag}`],
      [editor, `/admin/resources?q=${tag}`],
      [editor, new URL(resource.url).pathname],
      [editor, `/admin/members?q=${encodeURIComponent(memberEmail)}`],
      [editor, memberPage!],
      [editor, "/admin/audit"],
    ];
    const problems = [...(await watch(visitor)), ...(await watch(editor))];
    for (const [page, path] of pages) {
      await page.goto(path);
      await expect(page.getByText(tag).or(page.getByText("Mallory")).first(), `the hostile content is shown on ${path}`).toBeVisible();
      await page.mouse.move(200, 300);
      expect(await liveMarkup(page), `live markup on ${path}`).toEqual([]);
    }
    expect(problems.filter((p) => p.startsWith("dialog")), "a payload ran").toEqual([]);
  });

  test("a cross-site sign-in post is refused; the same form from our own pages signs in", async ({ page, request }) => {
    // The login form's server action, as another site's page would post it (with the real action
    // id and fields, which are public), and as a script would call it.
    const login = await (await request.get("/login")).text();
    const field = (name: string) => login.match(new RegExp(`name="[$]${name}" value="([^"]*)"`))![1]!.replace(/&quot;/g, '"');
    const actionId = (JSON.parse(field("ACTION_1:0")) as { id: string }).id;
    const fields = { "$ACTION_1:0": field("ACTION_1:0"), "$ACTION_1:1": field("ACTION_1:1"), "$ACTION_KEY": field("ACTION_KEY"), email: "gold@example.org", password: "demo-password" };
    const foreign = { origin: "https://evil.example", "x-forwarded-for": uniqueAddress() };
    for (const headers of [foreign, { ...foreign, "Next-Action": actionId, Accept: "text/x-component" }]) {
      const refused = await request.post("/login", { headers, multipart: fields, maxRedirects: 0 });
      expect(refused.status()).toBe(403);
      expect(await refused.text()).toContain("That form was sent from another website");
      expect(refused.headers()["set-cookie"] ?? "").not.toContain("session-token");
    }
    // Auth.js's own endpoint: refused from another site, and without its CSRF cookie even when
    // no Origin is sent.
    const credentials = { csrfToken: "guessed", email: "gold@example.org", password: "demo-password" };
    const forged = await request.post("/api/auth/callback/credentials", { headers: foreign, form: credentials, maxRedirects: 0 });
    expect(forged.status()).toBe(403);
    const noCookie = await request.post("/api/auth/callback/credentials", { headers: { "x-forwarded-for": uniqueAddress() }, form: credentials, maxRedirects: 0 });
    expect(noCookie.headers().location ?? "").toContain("error=MissingCSRF");
    expect(noCookie.headers()["set-cookie"] ?? "").not.toContain("session-token");

    // The same form on our own page signs in.
    await page.setExtraHTTPHeaders({ "x-forwarded-for": uniqueAddress() });
    await signIn(page, "gold@example.org");
    await page.goto("/account");
    await expect(page).toHaveURL(/\/account/);
  });

  test("a forged Host or X-Forwarded-Host: emailed links, Auth.js's addresses and the cross-site check all follow SITE_URL", async ({ browser, request, baseURL }) => {
    const forged = { host: "evil.example", "x-forwarded-host": "evil.example", "x-forwarded-for": uniqueAddress() };
    // Auth.js's own addresses.
    const providers = await (await request.get("/api/auth/providers", { headers: forged })).text();
    expect(providers).toContain(`"signinUrl":"${baseURL}/api/auth/signin/credentials"`);
    expect(providers).not.toContain("evil.example");

    // A form posted from the forged host's page, claiming to be that host, is another site's.
    const login = await (await request.get("/login")).text();
    const field = (html: string, name: string) => html.match(new RegExp(`name="[$]${name}" value="([^"]*)"`))![1]!.replace(/&quot;/g, '"');
    const signInFields = { "$ACTION_1:0": field(login, "ACTION_1:0"), "$ACTION_1:1": field(login, "ACTION_1:1"), "$ACTION_KEY": field(login, "ACTION_KEY"), email: "gold@example.org", password: "demo-password" };
    const refused = await request.post("/login", { headers: { ...forged, origin: "http://evil.example" }, multipart: signInFields, maxRedirects: 0 });
    expect(refused.status()).toBe(403);
    expect(refused.headers()["set-cookie"] ?? "").not.toContain("session-token");

    // A reset asked for with the forged host (as a script would, without Origin) links to SITE_URL.
    const account = await registerAccount(browser, baseURL!, "forged-host");
    const forgot = await (await request.get("/forgot-password")).text();
    const forgotFields = { "$ACTION_REF_1": "", "$ACTION_1:0": field(forgot, "ACTION_1:0"), "$ACTION_1:1": field(forgot, "ACTION_1:1"), "$ACTION_KEY": field(forgot, "ACTION_KEY"), email: account.email };
    expect((await request.post("/forgot-password", { headers: forged, multipart: forgotFields, maxRedirects: 0 })).status()).toBe(200);
    const mail = await readOutbox(baseURL!, account.email, /Reset your/);
    expect(mail).toContain(`${baseURL}/reset-password?token=`);
    expect(mail).not.toContain("evil.example");
  });

  test("the outbox hides single-use links; opening one email with its links is in the audit log", async ({ page, browser }) => {
    // A reset link for another admin, the takeover the outbox must not hand out.
    await page.setExtraHTTPHeaders({ "x-forwarded-for": uniqueAddress() });
    await page.goto("/forgot-password");
    await page.getByLabel("Email").fill("editor@example.org");
    await page.getByRole("button", { name: "Send reset link" }).click();
    await expect(page.getByRole("status")).toContainText("If there is an account for editor@example.org");

    const admin = await signedInPage(browser, "admin@example.org");
    let message: ReturnType<typeof outboxList>[number] | undefined;
    await expect
      .poll(async () => {
        await admin.goto("/admin/outbox");
        message = outboxList(await admin.content()).find((m) => m.to === "editor@example.org" && /Reset your/.test(m.subject));
        return Boolean(message);
      }, { message: "the reset email in the outbox" })
      .toBe(true);
    const listed = admin.locator(`[data-testid="outbox-message"][data-id="${message!.id}"]`);
    await expect(listed).toContainText("[single-use link hidden]");
    expect(message!.text).not.toContain("token=");

    // The e2e server allows opening it (OUTBOX_SHOWS_LINKS); that view is recorded.
    await listed.getByRole("link", { name: /Show this email with its links/ }).click();
    await expect(admin.getByTestId("outbox-text")).toContainText("/reset-password?token=");
    await admin.goto("/admin/audit?action=view-links");
    await expect(admin.getByText(`Viewed the links in "${message!.subject}" to editor@example.org`).first()).toBeVisible();
  });

  test("a member's open resource page comes from the cache, and only through the access check", async ({ baseURL }) => {
    const path = "/resources/national-send-update";
    const secret = "gold-only insight";
    const [gold, silver, visitor] = await Promise.all([
      client(baseURL!, "gold@example.org"),
      client(baseURL!, "silver@example.org"),
      client(baseURL!),
    ]);
    const first = await gold.get(path);
    expect(await first.text()).toContain(secret);
    // Cached on the server, the same for every member allowed in; never by a browser or a CDN.
    expect(first.headers()["cache-control"]).toBe("private, no-store");
    await expect.poll(async () => (await gold.get(path)).headers()["x-nextjs-cache"], { message: "served from the cache" }).toBe("HIT");

    // The grant the proxy made for gold is in the page's router data. Asked for directly, by anyone,
    // the cached page it names is refused: only the proxy's own per-request decision leads there.
    const routerData = (await (await gold.get(path)).text()).replace(/\\"/g, '"');
    const grant = routerData.match(/"n":"grant","t":"d","k":"([A-Za-z0-9_-]{32})"/)?.[1];
    expect(grant, "the grant in the router data").toBeTruthy();
    for (const direct of [
      `/internal/gated/resource/national-send-update/open/${grant}`,
      `/internal/gated/resource/national-send-update/%6fpen/${grant}`,
      `/internal/gated/resource/national-send-update/open/${grant}?_rsc=abc`,
      `/internal/gated/resource/national-send-update/viewer`,
      `/internal/lists/resources/all`,
      `/%69nternal/gated/resource/national-send-update/open/${grant}`,
    ]) {
      for (const [who, headers] of [[visitor, {}], [silver, {}], [gold, {}], [gold, { RSC: "1" }]] as const) {
        const response = await who.get(direct, { headers, maxRedirects: 0 });
        expect(response.status(), direct).toBe(404);
        expect(await response.text(), direct).not.toContain(secret);
      }
    }

    // Silver asks for the same address and gets a page of its own, saying why not.
    const refused = await silver.get(path);
    expect(refused.headers()["cache-control"]).toBe("private, no-store");
    const refusedText = await refused.text();
    expect(refusedText).toContain("Your membership does not include this resource");
    expect(refusedText).not.toContain(secret);
    await Promise.all([gold.dispose(), silver.dispose(), visitor.dispose()]);
  });

  // Every response but build assets and public/ files passes through the proxy.
  test("every response through the proxy carries a request id: the load balancer's when it is sane, else a new one", async ({ request }) => {
    const kept = await request.get("/news?page=02", { headers: { "x-request-id": "lb-7f3a9c21e4" } });
    expect(kept.headers()["x-request-id"]).toBe("lb-7f3a9c21e4");
    const replaced = await request.get("/search?q=inclusion", { headers: { "x-request-id": "<script>alert(1)</script>" } });
    expect(replaced.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
    const fresh = [await request.get("/login"), await request.get("/login")].map((r) => r.headers()["x-request-id"]);
    expect(fresh[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(fresh[1]).not.toBe(fresh[0]);
  });

  test("a cached page's script policy allows the layout's and the framework's scripts, nothing else inline in it", async ({ request }) => {
    const path = `/news/${reference.article.slug}`;
    await expect.poll(async () => (await request.get(path)).headers()["x-nextjs-cache"], { message: "served from the cache" }).toBe("HIT");
    const response = await request.get(path);
    const policy = response.headers()["content-security-policy"] ?? "";
    const html = await response.text();
    const hash = (source: string) => `'sha256-${createHash("sha256").update(source, "utf8").digest("base64")}'`;
    const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(([, attributes]) => !/\bsrc=/.test(attributes!));
    // The article's structured data is a script element in its content: it never runs, and must not be allowed to.
    const content = inline.filter(([, attributes]) => /application\/ld\+json/.test(attributes!));
    expect(content.length).toBeGreaterThan(0);
    for (const [, , source] of content) expect(policy).not.toContain(hash(source!));
    // The head's own script (reading preferences before paint) is allowed, and every hash listed is of a script on the page.
    const head = inline.filter((match) => match.index! < html.indexOf("</head>"));
    expect(head.length).toBeGreaterThan(0);
    for (const [, , source] of head) expect(policy).toContain(hash(source!));
    const listed = policy.match(/'sha256-[^']+'/g) ?? [];
    const onPage = new Set(inline.map(([, , source]) => hash(source!)));
    expect(listed.filter((h) => !onPage.has(h))).toEqual([]);
  });

  test("pages hydrate under the Content-Security-Policy, with no violation", async ({ browser }) => {
    const check = async (page: Page, path: string, nonce: boolean) => {
      const response = await page.goto(path);
      // A cached page has two policies (the site's, and its own listing its scripts): both apply.
      const policies = (await response!.headersArray())
        .filter((header) => header.name.toLowerCase() === "content-security-policy")
        .map((header) => header.value);
      const scripts = policies.flatMap((policy) => policy.split(";").map((d) => d.trim()).filter((d) => d.startsWith("script-src ")));
      expect(scripts.length, `script-src on ${path}`).toBeGreaterThan(0);
      for (const directive of scripts) expect(directive, `script-src on ${path}`).not.toMatch(/unsafe-(inline|eval)/);
      if (nonce) expect(scripts.join(), `script-src on ${path}`).toMatch(/'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'/);
      else expect(scripts.join(), `script-src on ${path}`).toMatch(/^script-src 'self'( 'sha256-[\w+/=]+')+$/);
      expect(policies.join("; ")).toContain("script-src-attr 'none'");
      expect(policies.join("; ")).toContain("frame-ancestors 'none'");
      // A client-side interaction: the header's reading-preferences panel opens.
      const button = page.getByRole("button", { name: "Reading preferences" });
      await button.click();
      await expect(button, `hydrated on ${path}`).toHaveAttribute("aria-expanded", "true");
    };
    const visitor = await (await browser.newContext()).newPage();
    const visitorProblems = await watch(visitor);
    // Served from the cache without the proxy (the policy from next.config.mjs), and through it.
    await check(visitor, "/", false);
    await check(visitor, `/news/${reference.article.slug}`, false);
    await check(visitor, "/news", false);
    await check(visitor, "/news?page=2", false);
    await check(visitor, "/news?page=02", false);
    await check(visitor, "/login", true);
    await check(visitor, "/search?q=inclusion", false);
    const admin = await signedInPage(browser, "admin@example.org");
    const adminProblems = await watch(admin);
    await check(admin, "/admin", true);
    await check(admin, "/account", true);
    // A resource page for someone allowed to open it is the cached open page, with its own policy.
    await check(admin, "/resources/national-send-update", false);
    // Someone who may not is told why, on a page rendered for them: a nonce.
    const silver = await signedInPage(browser, "silver@example.org");
    const silverProblems = await watch(silver);
    await check(silver, "/resources/national-send-update", true);
    await expect(silver.getByTestId("access-panel")).toContainText("Your membership: Silver");
    // A member at /admin gets the cached 403 page, under that page's own policy.
    const member = await signedInPage(browser, "gold@example.org");
    const memberProblems = await watch(member);
    await check(member, "/admin", false);
    await expect(member.getByRole("heading", { level: 1 })).toBeVisible();
    expect([...visitorProblems, ...adminProblems, ...silverProblems, ...memberProblems]).toEqual([]);
  });

  test.describe("accounts under attack", () => {
    /** Fills the sign-in form and sends it; the caller checks what happened. */
    async function trySignIn(page: Page, email: string, password: string) {
      await page.goto("/login");
      await page.getByLabel("Email").fill(email);
      await page.getByLabel("Password").fill(password);
      await page.getByRole("button", { name: "Sign in" }).click();
    }

    test("a stranger's wrong passwords never lock the owner out of a browser they have signed in on", async ({ browser, baseURL }) => {
      const account = await registerAccount(browser, baseURL!, "targeted");
      const owner = await anonymousPage(browser);
      await signIn(owner, account.email, account.password);
      await owner.getByRole("banner").getByRole("button", { name: "Sign out" }).click();
      await expect(owner).toHaveURL(/:\d+\/$/);
      await expect(owner.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();

      // A stranger guesses past the limit, from a new address each time.
      const stranger = await anonymousPage(browser);
      for (let i = 0; i < 11; i++) {
        await stranger.setExtraHTTPHeaders({ "x-forwarded-for": uniqueAddress() });
        await trySignIn(stranger, account.email, `wrong guess ${i}`);
        await expect(stranger.getByRole("status")).toContainText(/not right|Too many attempts/);
      }
      // Browsers that never signed in to the account must wait, even with the right password...
      await trySignIn(stranger, account.email, account.password);
      await expect(stranger.getByRole("status")).toContainText("Too many attempts");
      // ...but the owner's own browser signs straight in.
      await signIn(owner, account.email, account.password);
      await owner.goto("/account");
      await expect(owner.getByRole("heading", { name: "Your account" })).toBeVisible();
    });

    test("a reset link in the inbox keeps working while a stranger goes on asking past the email limit", async ({ browser, baseURL }) => {
      const account = await registerAccount(browser, baseURL!, "reset-target"); // email 1: the confirmation
      const ask = async (page: Page) => {
        await page.goto("/forgot-password");
        await page.getByLabel("Email").fill(account.email);
        await page.getByRole("button", { name: "Send reset link" }).click();
        await expect(page.getByRole("status")).toContainText(`If there is an account for ${account.email}`);
      };
      const resetEmails = () => readOutboxAll(baseURL!, account.email, /Reset your/);
      // The owner asks until the address has had its five account emails this hour.
      const owner = await anonymousPage(browser);
      for (let n = 1; n <= 4; n++) {
        await ask(owner);
        await expect.poll(async () => (await resetEmails()).length).toBe(n);
      }
      const link = linkIn((await resetEmails())[0]!, "/reset-password?token=");

      // A stranger asks on: nothing more is sent...
      const stranger = await anonymousPage(browser);
      for (let i = 0; i < 3; i++) await ask(stranger);
      await stranger.waitForTimeout(1500); // the requests' work runs just after their responses
      expect(await resetEmails()).toHaveLength(4);
      // ...and the link the owner was sent last still works.
      await owner.goto(link);
      await owner.getByLabel("New password", { exact: true }).fill("a reclaimed passphrase");
      await owner.getByLabel("Confirm new password").fill("a reclaimed passphrase");
      await owner.getByRole("button", { name: "Save new password" }).click();
      await expect(owner).toHaveURL(/\/login\?reset=1/);
      await signIn(owner, account.email, "a reclaimed passphrase");
    });

    test("signing in before confirming sends a new link, and the first one still works", async ({ browser, baseURL }) => {
      const email = uniqueEmail("confirm-later");
      const page = await anonymousPage(browser);
      await page.goto("/register");
      await page.getByLabel("Full name").fill("Sam Later");
      await page.getByLabel("Email").fill(email);
      await page.getByLabel("Password").fill("a perfectly long passphrase");
      await page.getByRole("button", { name: "Create account" }).click();
      await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
      const confirmations = () => readOutboxAll(baseURL!, email, /Confirm your email/);
      await expect.poll(async () => (await confirmations()).length).toBe(1);
      const first = linkIn((await confirmations())[0]!, "/verify-email?token=");

      await trySignIn(page, email, "a perfectly long passphrase");
      await expect(page.getByRole("status")).toContainText("We have sent you a new link");
      await expect.poll(async () => (await confirmations()).length).toBe(2);

      await page.goto(first);
      await expect(page).toHaveURL(/\/login\?confirmed=1/);
      await signIn(page, email, "a perfectly long passphrase");
    });

    test("signing out through Auth.js's own endpoint ends the session: a copy of its cookie is refused", async ({ browser }) => {
      const page = await signedInPage(browser, "silver@example.org");
      const copy = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": uniqueAddress() } });
      await copy.addCookies(await page.context().cookies());
      const thief = await copy.newPage();
      await thief.goto("/account");
      await expect(thief.getByRole("heading", { name: "Your account" })).toBeVisible();

      // POST /api/auth/signout, as Auth.js's own sign-out page sends it.
      const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
      const signedOut = await page.request.post("/api/auth/signout", { form: { csrfToken, callbackUrl: "/" }, maxRedirects: 0 });
      expect(signedOut.status()).toBe(302);
      await page.goto("/account");
      await expect(page).toHaveURL(/\/login/);
      await thief.goto("/account");
      await expect(thief).toHaveURL(/\/login/);
      await copy.close();
    });

    test("an admin disables a member: the open session ends, and enabling them again does not revive it", async ({ browser, baseURL }) => {
      const admin = await signedInPage(browser, "admin@example.org");
      const member = await createMember(browser, baseURL!, admin, "gold", "2031-12-31");
      await member.page.goto("/account");
      await expect(member.page.getByRole("heading", { name: "Your account" })).toBeVisible();
      const setDisabled = async (disabled: boolean) => {
        await openMember(admin, member.email);
        await admin.getByRole("checkbox", { name: "Disabled" }).setChecked(disabled);
        await admin.getByRole("button", { name: "Save changes" }).click();
        await expect(admin.getByText("The changes have been saved.")).toBeVisible();
      };

      await setDisabled(true);
      await member.page.goto("/account");
      await expect(member.page).toHaveURL(/\/login/);
      // Enabled again, the browser still holds its old cookie: it stays signed out.
      await setDisabled(false);
      await member.page.goto("/account");
      await expect(member.page).toHaveURL(/\/login/);
      await expect(admin.getByTestId("activity")).toContainText(`Changed disabled of ${member.email}; signed out everywhere`);
      // Signing in again works as usual.
      await signIn(member.page, member.email, member.password);
      await member.page.goto("/account");
      await expect(member.page.getByRole("heading", { name: "Your account" })).toBeVisible();
    });

    test("one client address gets its share of password checks a minute, then a clear 'busy' answer", async ({ browser, baseURL }) => {
      test.setTimeout(120_000);
      const address = uniqueAddress();
      const api = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": address } });
      const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
      // Sixty right passwords (PASSWORD_CHECKS_PER_MINUTE), each a full argon2 verify.
      for (let i = 0; i < 60; i++) {
        const response = await api.post("/api/auth/callback/credentials", {
          form: { csrfToken, email: "member@example.org", password: DEMO_PASSWORD },
          maxRedirects: 0,
        });
        expect(response.headers().location ?? "", `sign-in ${i + 1}`).not.toContain("error");
      }
      await api.dispose();
      const page = await (await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": address } })).newPage();
      await trySignIn(page, "member@example.org", DEMO_PASSWORD);
      await expect(page.getByRole("status")).toContainText("We are handling a lot of sign-ins right now");
      // Another address is served as usual.
      await page.setExtraHTTPHeaders({ "x-forwarded-for": uniqueAddress() });
      await signIn(page, "member@example.org");
    });
  });
});

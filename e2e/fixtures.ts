import AxeBuilder from "@axe-core/playwright";
import {
  test as base,
  expect,
  request as playwrightRequest,
  type APIRequestContext,
  type Browser,
  type Cookie,
  type Page,
} from "@playwright/test";
import { DEMO_ADMIN, freshAdminCode, freshCode, verifyFormFields } from "../tests/demo-admin";

export { DEMO_ADMIN, DEMO_ADMIN_TOTP_KEY } from "../tests/demo-admin";

export const DEMO_PASSWORD = "demo-password";

/** axe's WCAG 2.2 A/AA violations of any impact on the page as it is now (or of `rules` only), one line each. */
export async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
  // Legacy mode runs axe inside the page: the default opens a new tab for every check to merge
  // frames' results, which is slow and, on a loaded CI machine, once hung until the test's timeout.
  // Our only frame is the sandboxed email preview; the email is checked on its own web page.
  // Only violations are read, so axe keeps no details of the checks that passed (less to collect and send).
  const builder = new AxeBuilder({ page })
    .setLegacyMode()
    .options({ resultTypes: ["violations"] })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]);
  const results = await (rules ? builder.withRules(rules) : builder).analyze();
  return results.violations.map(
    (v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
  );
}

/** Fails on any axe violation (WCAG 2.2 A/AA), whatever its impact. */
export async function expectAccessible(page: Page) {
  expect(await axeViolations(page), `axe violations on ${page.url()}`).toEqual([]);
}

// A test's own contexts (browser.newContext) are closed when it ends, as Playwright closes its
// \`page\`'s: left open, their pages would go on running for the rest of the worker's tests.
export const test = base.extend<{ closeOwnContexts: void }>({
  closeOwnContexts: [
    async ({ browser }, use) => {
      const before = new Set(browser.contexts());
      await use();
      await Promise.all(browser.contexts().filter((context) => !before.has(context)).map((context) => context.close()));
    },
    { auto: true },
  ],
});
export { expect };

export const reference = {
  article: {
    slug: "nasen-response-to-naht-empty-promises-report",
    title: "nasen response to NAHT 'Empty Promises Report'",
  },
  related: [
    { slug: "what-is-dme", title: "What is...DME?", badge: "Silver and Gold members", date: "8 May 2019" },
    { slug: "national-send-update", title: "National SEND update", badge: "Gold members", date: "18 April 2019" },
    { slug: "training-opportunities", title: "Training opportunities", badge: "Silver and Gold members", date: "18 April 2019" },
  ],
};

/** A client address of its own, so one test's failed sign-ins never rate-limit another's. */
export function uniqueAddress(): string {
  const n = Math.floor(Math.random() * 250) + 1;
  return `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${n}`;
}

export function uniqueEmail(label: string, domain = "example.org"): string {
  return `${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}@${domain}`;
}

/** The server the suite runs against (as playwright.config.ts says). */
const serverOrigin = () => `http://localhost:${process.env.E2E_PORT ?? 3100}`;

/**
 * Signs in through the form, as a person would. The demo admin, whose sign-in needs a code from
 * their authenticator app (each accepted once), shares one signed-in session per test worker
 * instead (sharedAdminCookies); signInWithCode goes through the form and the code.
 */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  if (email === DEMO_ADMIN && password === DEMO_PASSWORD) {
    await page.context().addCookies(await sharedAdminCookies());
    await page.goto("/admin");
    await expect(page).toHaveURL(/\/admin$/);
    return;
  }
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

/** The demo admin's whole sign-in through the forms: password, then a fresh code at /login/verify. */
export async function signInWithCode(page: Page, email = DEMO_ADMIN, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await passSecondFactor(page);
}

/**
 * Answers /login/verify with the demo admin's current code. A code is accepted once: when another
 * worker has just used this window's, the next try waits for a new one.
 */
export async function passSecondFactor(page: Page) {
  await expect(page).toHaveURL(/\/login\/verify/);
  const origin = new URL(page.url()).origin;
  for (let attempt = 0; attempt < 3; attempt++) {
    await page.getByLabel("Code").fill(await freshAdminCode(origin));
    await page.getByRole("button", { name: "Continue" }).click();
    const refused = page.getByText("has been used already");
    const left = () => !new URL(page.url()).pathname.startsWith("/login/verify");
    await expect.poll(async () => left() || (await refused.isVisible()), { timeout: 15_000 }).toBe(true);
    if (left()) return expect(page).not.toHaveURL(/\/login/);
  }
  throw new Error("the demo admin's code was refused three times");
}

/** Signs an API request context in through Auth.js's own endpoints (no browser), and /login/verify for the demo admin. */
export async function signInRequest(request: APIRequestContext, email: string, password = DEMO_PASSWORD) {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, callbackUrl: "/account" },
    maxRedirects: 0,
  });
  expect(response.status(), `sign-in of ${email}`).toBe(302);
  expect(response.headers().location ?? "").not.toContain("error");
  if (email === DEMO_ADMIN) await passSecondFactorRequest(request);
}

/** /login/verify as a browser without JavaScript posts it, with a fresh code of the demo admin's. */
async function passSecondFactorRequest(request: APIRequestContext) {
  const origin = serverOrigin();
  for (let attempt = 0; attempt < 3; attempt++) {
    const page = await request.get("/login/verify", { maxRedirects: 0 });
    expect(page.status(), "a session waiting for its second factor").toBe(200);
    const fields = verifyFormFields(await page.text(), await freshAdminCode(origin));
    const answer = await request.post("/login/verify", { multipart: fields, headers: { Origin: origin }, maxRedirects: 0 });
    if (answer.status() === 303 && !(answer.headers().location ?? "").includes("/login")) return;
  }
  throw new Error("the demo admin's code was refused three times");
}

// One signed-in admin session per worker process (module state is per worker), shared by every
// admin page and client the worker opens: codes are single-use, so signing in afresh each time
// would wait for a new 30-second window.
let adminCookies: Promise<Cookie[]> | undefined;

/** The demo admin's whole session's cookies, signed in once per worker. */
export function sharedAdminCookies(): Promise<Cookie[]> {
  adminCookies ??= (async () => {
    const context = await playwrightRequest.newContext({ baseURL: serverOrigin(), extraHTTPHeaders: { "x-forwarded-for": uniqueAddress() } });
    try {
      await signInRequest(context, DEMO_ADMIN);
      return (await context.storageState()).cookies;
    } finally {
      await context.dispose();
    }
  })().catch((error: unknown) => {
    adminCookies = undefined;
    throw error;
  });
  return adminCookies;
}

/** A browserless client signed in as the demo admin (the worker's shared session). */
export async function adminRequest(baseURL = serverOrigin()): Promise<APIRequestContext> {
  return playwrightRequest.newContext({
    baseURL,
    extraHTTPHeaders: { "x-forwarded-for": uniqueAddress() },
    storageState: { cookies: await sharedAdminCookies(), origins: [] },
  });
}

/** The staff outbox's list as the admin sees it: each message's id, recipient, subject and (redacted) text. */
export function outboxList(html: string) {
  return html
    .split('data-testid="outbox-message"')
    .slice(1)
    .map((part) => ({
      id: part.match(/data-id="(\d+)"/)?.[1] ?? "",
      to: decode(part.match(/data-testid="outbox-to">([^<]*)</)?.[1] ?? ""),
      subject: decode(part.match(/<h2[^>]*>([^<]*)</)?.[1] ?? ""),
      text: decode(part.match(/<pre[^>]*>([\s\S]*?)<\/pre>/)?.[1] ?? ""),
    }));
}

function decode(html: string): string {
  return html
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/**
 * Outbox emails to `to` whose subject matches, newest first, each opened with its links by the admin
 * (the e2e server sets OUTBOX_SHOWS_LINKS); polls briefly for at least one (emails go out just
 * after the response), and gives up with an empty list.
 */
async function openOutbox(baseURL: string, to: string, subject: RegExp, attempts: number): Promise<string[]> {
  const context = await adminRequest(baseURL);
  try {
    for (let attempt = 0; attempt < attempts; attempt++) {
      const found = outboxList(await (await context.get("/admin/outbox")).text()).filter((m) => m.to === to && subject.test(m.subject));
      if (found.length > 0) {
        const texts: string[] = [];
        for (const message of found) {
          const opened = await (await context.get(`/admin/outbox/${message.id}`)).text();
          texts.push(decode(opened.match(/data-testid="outbox-text"[^>]*>([\s\S]*?)<\/pre>/)?.[1] ?? ""));
        }
        return texts;
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    return [];
  } finally {
    await context.dispose();
  }
}

/** The newest outbox email to `to` whose subject matches, with its links. */
export async function readOutbox(baseURL: string, to: string, subject: RegExp, attempts = 20): Promise<string> {
  const [newest] = await openOutbox(baseURL, to, subject, attempts);
  if (newest === undefined) throw new Error(`No email to ${to} matching ${subject}`);
  return newest;
}

/** Every outbox email to `to` whose subject matches, newest first, with its links (none yet: an empty list). */
export async function readOutboxAll(baseURL: string, to: string, subject: RegExp): Promise<string[]> {
  return openOutbox(baseURL, to, subject, 1);
}

export function linkIn(text: string, path: string): string {
  const match = text.match(new RegExp(`https?://[^\\s]+${path.replace(/[/?]/g, "\\$&")}[^\\s]*`));
  if (!match) throw new Error(`No ${path} link in:\n${text}`);
  return new URL(match[0]).pathname + new URL(match[0]).search;
}

/** Registers a free account and confirms its email through the outbox; returns its credentials. */
export async function registerAccount(browser: Browser, baseURL: string, label: string, options: { email?: string } = {}) {
  const email = options.email ?? uniqueEmail(label);
  const password = "correct horse battery staple";
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/register");
  await page.getByLabel("Full name").fill(`Test ${label}`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  const mail = await readOutbox(baseURL, email, /Confirm your email/);
  await page.goto(linkIn(mail, "/verify-email?token="));
  await expect(page).toHaveURL(/\/login\?confirmed=1/);
  await context.close();
  return { email, password };
}

/**
 * Sets up an authenticator app at /account/security as a person would (the key typed in rather
 * than scanned), confirming it with a first code; answers the key and the ten recovery codes shown.
 */
export async function enrolAuthenticator(page: Page): Promise<{ secret: string; codes: string[] }> {
  await page.goto("/account/security");
  await page.getByRole("button", { name: "Set up an authenticator app" }).click();
  const secret = (await page.getByTestId("totp-key").textContent())!.trim();
  await page.getByLabel("Code from the app").fill(await freshCode(secret, new URL(page.url()).origin));
  await page.getByRole("button", { name: "Confirm and turn on" }).click();
  const codes = page.getByTestId("recovery-codes").getByRole("listitem");
  await expect(codes).toHaveCount(10);
  return { secret, codes: await codes.allTextContents() };
}

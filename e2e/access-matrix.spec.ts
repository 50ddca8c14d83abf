import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { seedResources } from "../db/seed-data/content";
import type { SeedResource } from "../db/seed-data/types";
import { expect, registerAccount, signIn, signInRequest, test, uniqueAddress, uniqueEmail } from "./fixtures";
import { createOrganisation, dateFromToday } from "./organisation-helpers";

/**
 * Every demo account × every kind of visibility × {page body, download}: who gets in, and proof
 * that a refused response carries no sentence of the body.
 */
const accounts = ["signed out", "member", "silver", "gold", "expired", "editor", "admin", "oakfield teacher"] as const;
type Who = (typeof accounts)[number];
/** A seat on Oakfield Primary School's current Gold membership, with a free account of her own. */
const emailOf = (who: Who) => (who === "oakfield teacher" ? "teacher@oakfield.example.org" : `${who}@example.org`);

const live = seedResources.filter((r) => !r.status || r.status === "published");
const pick = (predicate: (r: SeedResource) => boolean, label: string) => {
  const found = live.find((r) => r.file && predicate(r));
  if (!found) throw new Error(`No seeded resource with a file that is ${label}`);
  return found;
};
const tiersOf = (r: SeedResource) => (typeof r.visibility === "string" ? [] : r.visibility.tiers);

const resources = {
  public: pick((r) => r.visibility === "public", "public"),
  members: pick((r) => r.visibility === "members", "members-only"),
  "silver+gold": pick((r) => tiersOf(r).join() === "silver,gold", "silver and gold"),
  gold: pick((r) => tiersOf(r).join() === "gold", "gold only"),
};

const allowed: Record<keyof typeof resources, Who[]> = {
  public: [...accounts],
  members: ["member", "silver", "gold", "expired", "editor", "admin", "oakfield teacher"],
  "silver+gold": ["silver", "gold", "editor", "admin", "oakfield teacher"],
  gold: ["gold", "editor", "admin", "oakfield teacher"],
};

/** The body's sentences, as a reader would see them once markdown is rendered. */
function sentences(markdown: string): string[] {
  return markdown
    .replace(/^#+\s.*$/gm, "")
    .replace(/\*\*|__|[*_`]/g, "")
    .replace(/\[([^\]]+)\]\([^)]+\)/g, "$1")
    .replace(/^\s*([-*]|\d+\.)\s+/gm, "")
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => s.length >= 40);
}

function decode(html: string): string {
  return html
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/\\u0026/g, "&")
    .replace(/\\"/g, '"');
}

const contexts = new Map<Who, APIRequestContext>();

test.beforeAll(async ({}, testInfo) => {
  const baseURL = testInfo.project.use.baseURL!;
  for (const who of accounts) {
    const context = await playwrightRequest.newContext({
      baseURL,
      extraHTTPHeaders: { "x-forwarded-for": uniqueAddress() },
    });
    if (who !== "signed out") await signInRequest(context, emailOf(who));
    contexts.set(who, context);
  }
});

test.afterAll(async () => {
  for (const context of contexts.values()) await context.dispose();
});

for (const [visibility, resource] of Object.entries(resources) as Array<[keyof typeof resources, SeedResource]>) {
  for (const who of accounts) {
    const expected = allowed[visibility].includes(who);
    test(`${who} × ${visibility} (${resource.slug}) → ${expected ? "allowed" : "refused"}`, async () => {
      const context = contexts.get(who)!;
      const body = sentences(resource.body);
      expect(body.length).toBeGreaterThan(2);

      const page = await context.get(`/resources/${resource.slug}`);
      expect(page.status()).toBe(200);
      // Allowed or not, what a signed-in member is sent is theirs alone: no shared cache keeps it.
      if (who !== "signed out") expect(page.headers()["cache-control"]).toBe("private, no-store");
      const html = decode(await page.text());
      expect(html).toContain(resource.summary.slice(0, 60));
      if (expected) {
        expect(html).toContain(body[0]);
        expect(html).toContain(`/resources/${resource.slug}/download`);
      } else {
        for (const sentence of body) expect(html, "a refused page leaks the body").not.toContain(sentence);
        expect(html).not.toContain(`/resources/${resource.slug}/download`);
      }

      const download = await context.get(`/resources/${resource.slug}/download`, { maxRedirects: 0 });
      if (expected) {
        expect(download.status()).toBe(200);
        expect(download.headers()["content-type"]).toBe("application/pdf");
        expect(download.headers()["content-disposition"]).toMatch(/^attachment; filename="[^"]+\.pdf"/);
        expect((await download.body()).subarray(0, 5).toString()).toBe("%PDF-");
      } else if (who === "signed out") {
        expect(download.status()).toBe(303);
        expect(download.headers().location).toContain(
          `/login?callbackUrl=${encodeURIComponent(`/resources/${resource.slug}/download`)}`,
        );
      } else {
        expect(download.status()).toBe(403);
        const text = decode(await download.text());
        for (const sentence of body) expect(text).not.toContain(sentence);
        expect(download.headers()["content-type"]).toContain("text/html");
      }
    });
  }
}

/**
 * Members through an organisation whose membership is in its grace period, has lapsed, or who were
 * removed from their seat: each joined by confirming an address on the organisation's verified
 * domain, set up through the staff dashboard and the organisation admin's page as people would.
 */
test.describe("organisation members", () => {
  type Case = "in grace" | "lapsed" | "removed";
  const expectedGold: Record<Case, boolean> = { "in grace": true, lapsed: false, removed: false };
  const people = new Map<Case, APIRequestContext>();

  test.beforeAll(async ({ browser }, testInfo) => {
    testInfo.setTimeout(240_000);
    const baseURL = testInfo.project.use.baseURL!;
    const tag = Math.random().toString(36).slice(2, 8);
    const page = await (await browser.newContext()).newPage();
    await signIn(page, "admin@example.org");
    const setups: Record<Case, { startsOn: string; endsOn: string }> = {
      "in grace": { startsOn: dateFromToday(-375), endsOn: dateFromToday(-10) },
      lapsed: { startsOn: dateFromToday(-425), endsOn: dateFromToday(-60) },
      removed: { startsOn: dateFromToday(-100), endsOn: dateFromToday(265) },
    };
    for (const [label, dates] of Object.entries(setups) as Array<[Case, { startsOn: string; endsOn: string }]>) {
      const slug = label.replace(/\s/g, "-");
      const domain = `${slug}-${tag}.example.org`;
      const orgUrl = await createOrganisation(page, {
        name: `Matrix ${label} school ${tag}`,
        ...dates,
        domain,
        admins: label === "removed" ? ["admin@example.org"] : [],
      });
      const person = await registerAccount(browser, baseURL, slug, { email: uniqueEmail(slug, domain) });
      if (label === "removed") {
        await page.goto(`/account/organisation?org=${orgUrl.split("/").pop()}`);
        await page.getByText("Transfer or remove Test removed").click();
        await page.getByRole("button", { name: "Remove Test removed" }).click();
        await page.getByRole("button", { name: "Yes, remove Test removed" }).click();
        await expect(page.getByText("The seat has been freed")).toBeVisible();
      }
      const context = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": uniqueAddress() } });
      await signInRequest(context, person.email, person.password);
      people.set(label, context);
    }
    await page.context().close();
  });

  test.afterAll(async () => {
    for (const context of people.values()) await context.dispose();
  });

  for (const label of ["in grace", "lapsed", "removed"] as const) {
    const allowedGold = expectedGold[label];
    test(`organisation member ${label} × gold (${resources.gold.slug}) → ${allowedGold ? "allowed" : "refused"}`, async () => {
      const context = people.get(label)!;
      const body = sentences(resources.gold.body);
      const html = decode(await (await context.get(`/resources/${resources.gold.slug}`)).text());
      const download = await context.get(`/resources/${resources.gold.slug}/download`, { maxRedirects: 0 });
      if (allowedGold) {
        expect(html).toContain(body[0]);
        expect(download.status()).toBe(200);
      } else {
        for (const sentence of body) expect(html, "a refused page leaks the body").not.toContain(sentence);
        expect(download.status()).toBe(403);
      }
      // Whatever happened to the organisation, the person keeps their own free account.
      expect((await context.get(`/resources/${resources.members.slug}/download`, { maxRedirects: 0 })).status()).toBe(200);
    });
  }
});

import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { events, newsArticles, newsletters, organisations, resources } from "@/db/schema";
import { seedEvents } from "@/db/seed-data/events";
import { openScope, type Viewer } from "@/lib/access";
import { memberViewer as member } from "@/tests/viewers";
import { normaliseQuery, toSearchTerms } from "@/lib/search/query";
import { MARK_END, MARK_START } from "@/lib/search/snippet";
import { listContentYears, type SearchFilters, type SearchSort } from "@/db/queries/search";
import { searchSite } from "./results";

/*
 * Events and the newsletters' archive in search (issues 25 and 27): events are public pages, found
 * by every word of them; newsletters are found by what the archive shows everyone (subject and
 * preheader), and by their body only for those the archive lets read it.
 */

const DAY = 86_400_000;
const future = new Date(Date.now() + 365 * DAY);
const viewers = {
  "signed out": null,
  free: member({}),
  silver: member({ tierSlug: "silver", membershipExpiresAt: future }),
  gold: member({ tierSlug: "gold", membershipExpiresAt: future }),
  "in a gold organisation": member({ organisation: { tierSlug: "gold", membershipExpiresAt: future } }),
  editor: member({ role: "editor" }),
} satisfies Record<string, Viewer | null>;
type ViewerName = keyof typeof viewers;

function search(q: string, who: ViewerName = "signed out", options: { filters?: SearchFilters; sort?: SearchSort } = {}) {
  return searchSite({
    terms: toSearchTerms(normaliseQuery(q).text),
    filters: options.filters ?? {},
    sort: options.sort ?? "relevance",
    page: 1,
    pageSize: 50,
    scope: openScope(viewers[who]),
  });
}
const slugs = (hits: { slug: string }[]) => hits.map((h) => h.slug);

const conference = seedEvents.find((e) => e.slug === "send-network-annual-conference")!;
const past = new Date(Date.now() - 10 * DAY);
const soon = new Date(Date.now() + 20 * DAY);
const anEvent = (slug: string, title: string, body: string, more: Partial<typeof events.$inferInsert> = {}) => ({
  slug,
  title,
  type: "webinar" as const,
  summary: "",
  body,
  startsAt: soon,
  endsAt: new Date(soon.getTime() + 3_600_000),
  capacity: 10,
  status: "published" as const,
  publishedAt: past,
  ...more,
});
const aNewsletter = (slug: string, subject: string, body: string, more: Partial<typeof newsletters.$inferInsert> = {}) => ({
  slug,
  subject,
  preheader: "",
  body,
  status: "sent" as const,
  sendAt: past,
  sentAt: past,
  ...more,
});

const eventSlugs = ["qk-draft-event", "qk-cancelled-event", "qk-later-event", "qk-narwhal-event"];
const newsletterSlugs = ["qk-everyone", "qk-gold", "qk-oakfield", "qk-draft", "qk-scheduled"];

beforeAll(async () => {
  const [organisation] = await db
    .insert(organisations)
    .values({ name: "Narwhal Academy", tierSlug: "gold", membershipExpiresAt: future })
    .returning({ id: organisations.id });
  await db.insert(events).values([
    anEvent("qk-draft-event", "Draft walrus webinar", "A walrus in the body.", { status: "draft", publishedAt: null }),
    anEvent("qk-cancelled-event", "Cancelled walrus webinar", "A walrus in the body.", { cancelledAt: past }),
    anEvent("qk-later-event", "Scheduled walrus webinar", "A walrus in the body.", { status: "scheduled", publishedAt: soon }),
    anEvent("qk-narwhal-event", "Narwhal meet-up", "An hour for everyone.", { startsAt: new Date(Date.UTC(2031, 4, 1, 9)), endsAt: new Date(Date.UTC(2031, 4, 1, 10)) }),
  ]);
  await db.insert(newsletters).values([
    aNewsletter("qk-everyone", "The narwhal quarterly", "Walrus spotting for every subscriber.", { audience: "all" }),
    aNewsletter("qk-gold", "Gold members' briefing", "Confidential manatee figures for gold members.", { audience: "tiers", audienceTiers: ["gold"] }),
    aNewsletter("qk-oakfield", "Narwhal Academy staff update", "Dugong timetable for the academy.", { audience: "organisations", audienceOrganisations: [organisation!.id] }),
    aNewsletter("qk-draft", "Draft narwhal notes", "", { status: "draft", sendAt: null, sentAt: null }),
    aNewsletter("qk-scheduled", "Scheduled narwhal notes", "", { status: "scheduled", sendAt: soon, sentAt: null }),
  ]);
  await db.insert(newsArticles).values({ slug: "qk-narwhal-news", title: "Narwhal news", status: "published", publishedAt: past });
  await db.insert(resources).values({ slug: "qk-narwhal-guide", title: "A narwhal guide", status: "published", publishedAt: past });
});

afterAll(async () => {
  await db.delete(events).where(inArray(events.slug, eventSlugs));
  await db.delete(newsletters).where(inArray(newsletters.slug, newsletterSlugs));
  await db.delete(newsArticles).where(eq(newsArticles.slug, "qk-narwhal-news"));
  await db.delete(resources).where(eq(resources.slug, "qk-narwhal-guide"));
  await db.delete(organisations).where(eq(organisations.name, "Narwhal Academy"));
});

describe("search: events", () => {
  it("finds a live event by a word in its body alone, with a snippet from it and a link to its page", async () => {
    // The premise: "refreshments" is in the demo conference's body, not its title or summary.
    expect(conference.body).toMatch(/refreshments/i);
    expect(`${conference.title} ${conference.summary}`).not.toMatch(/refreshments/i);
    const { items } = await search("refreshments");
    const hit = items.find((h) => h.slug === conference.slug);
    expect(hit?.kind).toBe("event");
    expect(hit?.event).toEqual({ type: "conference", online: false });
    expect(hit?.snippet).toContain(`${MARK_START}refreshments${MARK_END}`);
    expect(hit?.topics.map((t) => t.slug)).toContain("training");
  });

  it("never lists a draft, cancelled or not yet published event, even to staff", async () => {
    for (const who of ["signed out", "editor"] as const) {
      const { items } = await search("walrus", who, { filters: { kind: "event" } });
      expect(slugs(items), who).toEqual([]);
    }
  });

  it("dates an event by its start: the year filter and the years offered follow it", async () => {
    expect(await listContentYears()).toContain(2031);
    expect(slugs((await search("narwhal", "signed out", { filters: { year: 2031 } })).items)).toEqual(["qk-narwhal-event"]);
  });

  it("filters events by topic", async () => {
    expect(slugs((await search("conference", "signed out", { filters: { kind: "event", topic: "training" } })).items)).toContain(conference.slug);
    expect((await search("conference", "signed out", { filters: { kind: "event", topic: "funding" } })).items).toEqual([]);
  });
});

describe("search: the newsletters' archive", () => {
  it("finds a sent newsletter by its subject, for anyone, and never a draft or one not yet sent", async () => {
    for (const who of ["signed out", "editor"] as const) {
      const { items } = await search("narwhal", who, { filters: { kind: "newsletter" } });
      expect(slugs(items).sort(), who).toEqual(["qk-everyone", "qk-oakfield"]);
      expect(items.every((h) => h.kind === "newsletter")).toBe(true);
    }
    // Subjects are listed publicly, so a gated newsletter is found by its subject by anyone, with its audience.
    const gold = (await search("briefing")).items.find((h) => h.slug === "qk-gold");
    expect(gold?.newsletter).toEqual({ visibility: "tiers", tiers: ["gold"] });
  });

  it("matches, ranks and snippets a body only for those the archive lets read it", async () => {
    const cases: Array<[word: string, slug: string, readers: ViewerName[], others: ViewerName[]]> = [
      ["manatee", "qk-gold", ["gold", "in a gold organisation", "editor"], ["signed out", "free", "silver"]],
      ["dugong", "qk-oakfield", ["in a gold organisation", "gold", "editor"], ["signed out", "free", "silver"]],
      ["walrus", "qk-everyone", ["free", "silver", "gold", "editor"], ["signed out"]],
    ];
    for (const [word, slug, readers, others] of cases) {
      for (const who of readers) {
        const hit = (await search(word, who, { filters: { kind: "newsletter" } })).items.find((h) => h.slug === slug);
        expect(hit?.snippet.toLowerCase(), `${word} as ${who}`).toContain(`${MARK_START}${word}${MARK_END}`);
      }
      for (const who of others) {
        const found = await search(word, who);
        expect(found.counts.newsletter, `${word} as ${who}`).toBe(0);
        expect(slugs(found.items), `${word} as ${who}`).not.toContain(slug);
      }
    }
    // A body word left out ("-word") does not hide a newsletter from someone who may not read its body.
    expect(slugs((await search("briefing -manatee", "silver")).items)).toContain("qk-gold");
    expect(slugs((await search("briefing -manatee", "gold")).items)).not.toContain("qk-gold");
    // Nor does anything from the body reach the snippet of one the viewer may not read.
    const visitor = (await search("briefing")).items.find((h) => h.slug === "qk-gold")!;
    expect(visitor.snippet).not.toMatch(/manatee/i);
  });
});

describe("search: every kind together", () => {
  it("counts each kind, and the kind filter shows one kind with the same counts", async () => {
    const all = await search("narwhal");
    expect(all.counts).toEqual({ news: 1, resource: 1, event: 1, newsletter: 2 });
    expect(all.all).toEqual({ count: 5, capped: false });
    expect(all.total).toBe(5);
    expect(new Set(all.items.map((h) => h.kind))).toEqual(new Set(["news", "resource", "event", "newsletter"]));

    for (const kind of ["news", "resource", "event", "newsletter"] as const) {
      const one = await search("narwhal", "signed out", { filters: { kind } });
      expect(one.total, kind).toBe(all.counts[kind]);
      expect(one.items.every((h) => h.kind === kind), kind).toBe(true);
      expect(one.counts, kind).toEqual(all.counts);
    }
    // Only resources have a type: filtering by one leaves the other kinds out of the list and the counts.
    const guides = await search("narwhal", "signed out", { filters: { type: "Information" } });
    expect(guides.counts).toEqual({ news: 0, resource: 1, event: 0, newsletter: 0 });
    // Newest first across kinds, an event by its start.
    const byDate = await search("narwhal", "signed out", { sort: "date" });
    expect(byDate.items[0]?.slug).toBe("qk-narwhal-event");
  });
});

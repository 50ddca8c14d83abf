import { beforeAll, describe, expect, it } from "vitest";
import { and, count, eq, like, sql } from "drizzle-orm";
import { db } from "@/db";
import { listMembers, listMembersForExport } from "./queries/members";
import { listLiveNews } from "./queries/news";
import { listLiveResources, type ResourceFilters } from "./queries/resources";
import { searchContent } from "./queries/search";
import { accounts, newsArticles, organisations, resources, resourceTiers, resourceTopics } from "./schema";
import { hashPassword } from "@/lib/auth/password";
import { parseScale, seedScale, type ScaleCounts } from "./seed-scale";
import { openScope } from "@/lib/access";
import { toSearchTerms } from "@/lib/search/query";

/*
 * `db:seed --scale N` on a small N, and the lists read through to their last pages. Query plans at
 * size are bench:scale's business: with a few hundred rows PostgreSQL rightly reads tables whole.
 */

const N = 200;
let added: ScaleCounts;
let before: { accounts: number; resources: number; news: number };

const total = async (table: typeof accounts | typeof resources | typeof newsArticles) =>
  (await db.select({ n: count() }).from(table))[0]!.n;

beforeAll(async () => {
  before = { accounts: await total(accounts), resources: await total(resources), news: await total(newsArticles) };
  added = await seedScale(db, N, hashPassword);
});

/** Every page of a list, in order, with the page numbers it reported. */
async function allPages<T>(read: (page: number) => Promise<{ items: T[]; page: number; pageCount: number; total: number }>) {
  const first = await read(1);
  const items = [...first.items];
  for (let page = 2; page <= first.pageCount; page++) {
    const next = await read(page);
    expect(next.page).toBe(page);
    items.push(...next.items);
  }
  return { items, total: first.total, pageCount: first.pageCount };
}

describe("--scale", () => {
  it("accepts a positive whole number and explains anything else", () => {
    expect(parseScale("100000")).toEqual({ ok: true, n: 100_000 });
    expect(parseScale(" 7 ")).toEqual({ ok: true, n: 7 });
    for (const bad of [undefined, "", "abc", "-5", "1.5", "1e5", "0", "99999999"]) {
      const parsed = parseScale(bad);
      expect(parsed.ok, String(bad)).toBe(false);
      if (!parsed.ok) expect(parsed.message).toMatch(/--scale/);
    }
  });

  it("adds N members, N/10 resources and N/10 articles on top of the demo data", async () => {
    expect(added).toEqual({ members: N, organisations: 1, resources: N / 10, articles: N / 10 });
    expect(await total(accounts)).toBe(before.accounts + N);
    expect(await total(resources)).toBe(before.resources + N / 10);
    expect(await total(newsArticles)).toBe(before.news + N / 10);
    // Oakfield Primary School (demo data) and the one added.
    expect(await db.$count(organisations)).toBe(2);
    // The demo accounts are still there, and the synthetic ones look like members.
    expect(await db.$count(accounts, eq(accounts.email, "admin@example.org"))).toBe(1);
    const [member] = await db.select().from(accounts).where(eq(accounts.email, "member000001@example.org"));
    expect(member).toMatchObject({ role: "member" });
    expect(member!.name).toMatch(/^\S+ \S+/);
  });

  it("gives synthetic resources topics, and tiers to those gated by tier", async () => {
    const synthetic = like(resources.slug, "%-s0%");
    const gated = await db.$count(resources, and(synthetic, eq(resources.visibility, "tiers")));
    const [withTiers] = await db
      .select({ n: sql<number>`count(distinct ${resourceTiers.resourceId})`.mapWith(Number) })
      .from(resourceTiers)
      .innerJoin(resources, eq(resources.id, resourceTiers.resourceId))
      .where(synthetic);
    expect(withTiers!.n).toBe(gated);
    const [withTopics] = await db
      .select({ n: sql<number>`count(distinct ${resourceTopics.resourceId})`.mapWith(Number) })
      .from(resourceTopics)
      .innerJoin(resources, eq(resources.id, resourceTopics.resourceId))
      .where(synthetic);
    expect(withTopics!.n).toBe(N / 10);
  });

  it("adds to an earlier run without reusing its emails or slugs", async () => {
    await seedScale(db, 10, hashPassword);
    expect(await db.$count(accounts, eq(accounts.email, `member${String(N + 10).padStart(6, "0")}@example.org`))).toBe(1);
    expect(await total(accounts)).toBe(before.accounts + N + 10);
    expect(await total(resources)).toBe(before.resources + N / 10 + 1);
  });
});

describe("lists at scale, to the last page", () => {
  it("pages the news without gaps or repeats, newest first", async () => {
    const { items, total: listed } = await allPages((page) => listLiveNews(page));
    expect(items).toHaveLength(listed);
    expect(new Set(items.map((a) => a.id)).size).toBe(listed);
    const times = items.map((a) => a.publishedAt.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(items.every((a) => a.publishedAt.getTime() <= Date.now())).toBe(true);
  });

  it.each<[string, ResourceFilters]>([
    ["every resource", {}],
    ["a type", { type: "Guide" }],
    ["a topic", { topic: "autism" }],
    ["a tier", { access: "gold" }],
  ])("pages the library (%s) without gaps or repeats, and the last page is full to the total", async (_, filters) => {
    const { items, total: listed, pageCount } = await allPages((page) => listLiveResources(filters, page));
    expect(listed).toBeGreaterThan(0);
    expect(items).toHaveLength(listed);
    expect(new Set(items.map((r) => r.id)).size).toBe(listed);
    const last = await listLiveResources(filters, pageCount);
    expect(last.items).toHaveLength(listed - (pageCount - 1) * 12);
    if (filters.type) expect(items.every((r) => r.type === filters.type)).toBe(true);
    if (filters.topic) expect(items.every((r) => r.topics.some((t) => t.slug === filters.topic))).toBe(true);
    if (filters.access === "gold") expect(items.every((r) => r.visibility === "tiers" && r.tiers.includes("gold"))).toBe(true);
  });

  it("pages the members by name, and a name search to its last page", async () => {
    // Page by page, the same order as the whole list in one query (the database's collation decides it).
    const everyone = await allPages((page) => listMembers({}, page));
    expect(everyone.total).toBe(await total(accounts));
    expect(everyone.items.map((m) => m.id)).toEqual((await listMembersForExport({})).map((m) => m.id));

    // The first name of a synthetic member: a search long enough for the trigram indexes.
    const [someone] = await db.select({ name: accounts.name }).from(accounts).where(eq(accounts.email, "member000002@example.org"));
    const firstName = someone!.name.split(" ")[0]!;
    const found = await allPages((page) => listMembers({ q: firstName }, page));
    expect(found.total).toBeGreaterThan(0);
    expect(found.items).toHaveLength(found.total);
    expect(found.items.every((m) => `${m.name} ${m.email}`.toLowerCase().includes(firstName.toLowerCase()))).toBe(true);
    expect(found.items.map((m) => m.id)).toEqual((await listMembersForExport({ q: firstName })).map((m) => m.id));
  });

  it("finds synthetic content by its words, and pages relevance results without repeats", async () => {
    const search = (page: number) =>
      searchContent({ terms: toSearchTerms("assessment"), filters: {}, sort: "relevance", page, pageSize: 5, scope: openScope(null) });
    const { items, total: found } = await allPages(search);
    expect(found).toBeGreaterThan(0);
    expect(items).toHaveLength(found);
    expect(new Set(items.map((h) => `${h.kind}:${h.id}`)).size).toBe(found);
  });
});

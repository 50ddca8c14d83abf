import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { newsArticles, resources } from "@/db/schema";
import { seedArticles, seedResources } from "@/db/seed-data/content";
import { getAdjacentArticles, getLiveArticle, listLiveNews } from "./news";
import { streamFile } from "./files";
import { getLiveResourceTeaser, getResourceBody, listLiveResources, listRelatedResources } from "./resources";

const hiddenArticles = seedArticles.filter((a) => a.status === "draft" || a.status === "scheduled");
const hiddenResources = seedResources.filter((r) => r.status === "draft" || r.status === "scheduled");

describe("news", () => {
  it("lists live articles newest first, 12 a page, and counts them", async () => {
    const first = await listLiveNews(1);
    const liveCount = seedArticles.length - hiddenArticles.length;
    expect(first.total).toBe(liveCount);
    expect(first.items).toHaveLength(Math.min(12, liveCount));
    const times = first.items.map((a) => a.publishedAt.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    const second = await listLiveNews(2);
    expect(second.items.map((a) => a.id)).not.toContain(first.items[0]!.id);
  });

  it("never returns drafts or scheduled articles, listed or by slug", async () => {
    expect(hiddenArticles.length).toBeGreaterThan(0);
    const all = [...(await listLiveNews(1)).items, ...(await listLiveNews(2)).items].map((a) => a.slug);
    for (const article of hiddenArticles) {
      expect(all).not.toContain(article.slug);
      expect(await getLiveArticle(article.slug)).toBeNull();
    }
  });

  it("shows a scheduled article once its time has come, without anyone acting", async () => {
    const scheduled = hiddenArticles.find((a) => a.status === "scheduled")!;
    await db.update(newsArticles).set({ publishedAt: new Date(Date.now() - 1000) }).where(eq(newsArticles.slug, scheduled.slug));
    expect(await getLiveArticle(scheduled.slug)).not.toBeNull();
    await db
      .update(newsArticles)
      .set({ publishedAt: new Date(Date.now() + 86_400_000) })
      .where(eq(newsArticles.slug, scheduled.slug));
    expect(await getLiveArticle(scheduled.slug)).toBeNull();
  });

  it("links each article to the live ones either side of it, in the news list's order, to the ends", async () => {
    const live = [...(await listLiveNews(1, 100)).items];
    expect(live.length).toBeGreaterThan(3);
    for (const [i, card] of live.entries()) {
      const { older, newer } = await getAdjacentArticles(card);
      expect(newer?.slug ?? null, card.slug).toBe(live[i - 1]?.slug ?? null);
      expect(older?.slug ?? null, card.slug).toBe(live[i + 1]?.slug ?? null);
    }
  });

  it("names the article's author for its byline", async () => {
    const article = await getLiveArticle("nasen-response-to-naht-empty-promises-report");
    // The demo data credits the editor account (db/seed.ts) with every article.
    expect(article?.authorName).toBe("Tom Okafor");
  });

  it("gives the reference article its three related resources in order", async () => {
    const article = await getLiveArticle("nasen-response-to-naht-empty-promises-report");
    expect(article?.publishedAt.toISOString().slice(0, 10)).toBe("2018-09-05");
    const related = await listRelatedResources(article!.id);
    expect(related.map((r) => [r.slug, r.type, r.tiers])).toEqual([
      ["what-is-dme", "Information", ["silver", "gold"]],
      ["national-send-update", "Information", ["gold"]],
      ["training-opportunities", "Information", ["silver", "gold"]],
    ]);
    expect(related.map((r) => r.publishedAt.toISOString().slice(0, 10))).toEqual(["2019-05-08", "2019-04-18", "2019-04-18"]);
  });

  it("leaves an unpublished resource out of related lists", async () => {
    const article = await getLiveArticle("nasen-response-to-naht-empty-promises-report");
    await db.update(resources).set({ status: "draft" }).where(eq(resources.slug, "what-is-dme"));
    expect((await listRelatedResources(article!.id)).map((r) => r.slug)).toEqual(["national-send-update", "training-opportunities"]);
    await db.update(resources).set({ status: "published" }).where(eq(resources.slug, "what-is-dme"));
  });
});

describe("resources", () => {
  it("filters by type, topic and access, and the filters combine: exactly the seeded resources that match", async () => {
    // Expected from the seed data, independently of the query: each filter's answer, non-empty.
    const live = seedResources.filter((r) => !r.status || r.status === "published");
    const tiersOf = (r: (typeof live)[number]) => (typeof r.visibility === "string" ? [] : r.visibility.tiers);
    const expectSlugs = async (filters: Parameters<typeof listLiveResources>[0], match: (r: (typeof live)[number]) => boolean) => {
      const expected = live.filter(match).map((r) => r.slug).sort();
      expect(expected.length, JSON.stringify(filters)).toBeGreaterThan(0);
      const found = await listLiveResources(filters, 1, 100);
      expect(found.items.map((r) => r.slug).sort(), JSON.stringify(filters)).toEqual(expected);
      expect(found.total).toBe(expected.length);
    };
    await expectSlugs({ type: "Guide" }, (r) => r.type === "Guide");
    await expectSlugs({ access: "gold" }, (r) => tiersOf(r).includes("gold"));
    await expectSlugs({ access: "public" }, (r) => r.visibility === "public");
    const topic = live.find((r) => r.topics.length > 0)!.topics[0]!;
    await expectSlugs({ topic }, (r) => r.topics.includes(topic));
    await expectSlugs({ access: "gold", type: "Information" }, (r) => r.type === "Information" && tiersOf(r).includes("gold"));
    expect((await listLiveResources({ access: "gold" }, 1, 100)).items.map((r) => r.slug)).toContain("national-send-update");
  });

  it("never lists drafts or scheduled resources", async () => {
    const all = (await listLiveResources({}, 1, 1000)).items.map((r) => r.slug);
    expect(all.length).toBe(seedResources.length - hiddenResources.length);
    for (const r of hiddenResources) {
      expect(all).not.toContain(r.slug);
      expect(await getLiveResourceTeaser(r.slug)).toBeNull();
    }
  });

  it("keeps the body out of the teaser and serves it separately", async () => {
    const teaser = await getLiveResourceTeaser("national-send-update");
    expect(JSON.stringify(teaser)).not.toContain("gold-only insight");
    expect(await getResourceBody(teaser!.id)).toContain("gold-only insight");
  });

  it("streams an attached file back byte for byte", async () => {
    const teaser = await getLiveResourceTeaser("what-is-dme");
    expect(teaser?.file?.contentType).toBe("application/pdf");
    const reader = streamFile(teaser!.file!.id, 1).getReader();
    const parts: Uint8Array[] = [];
    for (let r = await reader.read(); !r.done; r = await reader.read()) parts.push(r.value);
    const bytes = Buffer.concat(parts);
    expect(bytes.byteLength).toBe(teaser!.file!.size);
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
  });
});

describe("alternative formats", () => {
  it("offers the easy read summary and a large-print file with the teaser", async () => {
    const teaser = await getLiveResourceTeaser("what-is-dme");
    expect(teaser?.easyReadSummary).toContain("DME");
    expect(teaser?.alternatives.map((a) => [a.kind, a.filename])).toEqual([["large-print", "what-is-dme-large-print.pdf"]]);
    expect(teaser!.alternatives[0]!.size).toBeGreaterThan(teaser!.file!.size);
  });
});

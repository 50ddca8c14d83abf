import { describe, expect, it } from "vitest";
import { seedArticles, seedResources } from "@/db/seed-data/content";
import { listFeedArticles, listFeedResources, listSitemapContent } from "./feeds";
import { getLiveResourceTeaser, listMoreOnTopic } from "./resources";
import { getTopic, listTopicContent, listTopicsWithCounts } from "./topics";

const isHidden = (item: { status?: string }) => item.status === "draft" || item.status === "scheduled";
const hiddenSlugs = [...seedArticles, ...seedResources].filter(isHidden).map((i) => i.slug);
const goldBody = "gold-only insight";

describe("topics", () => {
  it("finds a topic by slug, and nothing for an unknown one", async () => {
    expect((await getTopic("funding"))?.name).toBe("Funding");
    expect(await getTopic("no-such-topic")).toBeNull();
  });

  it("lists a topic's live news and resources together, newest first, with counts", async () => {
    const topic = (await getTopic("inclusion"))!;
    const live = (kind: "news" | "resource") =>
      (kind === "news" ? seedArticles : seedResources).filter((i) => i.topics.includes("inclusion") && !isHidden(i)).length;
    const all = await listTopicContent(topic.id, { page: 1, pageSize: 100 });
    expect(all.counts).toEqual({ news: live("news"), resource: live("resource") });
    expect(all.total).toBe(live("news") + live("resource"));
    const dates = all.items.map((i) => (i.kind === "news" ? i.article.publishedAt : i.resource.publishedAt).getTime());
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
    const slugs = all.items.map((i) => (i.kind === "news" ? i.article.slug : i.resource.slug));
    for (const hidden of hiddenSlugs) expect(slugs).not.toContain(hidden);
    expect(all.items.every((i) => !("body" in (i.kind === "news" ? i.article : i.resource)))).toBe(true);
  });

  it("narrows to one kind and pages through it", async () => {
    const topic = (await getTopic("inclusion"))!;
    const news = await listTopicContent(topic.id, { kind: "news", page: 1, pageSize: 100 });
    expect(news.items.every((i) => i.kind === "news")).toBe(true);
    const first = await listTopicContent(topic.id, { page: 1, pageSize: 4 });
    const second = await listTopicContent(topic.id, { page: 2, pageSize: 4 });
    expect(first.pageCount).toBeGreaterThan(1);
    const ids = (p: typeof first) => p.items.map((i) => (i.kind === "news" ? i.article.id : i.resource.id));
    expect(ids(second).some((id) => ids(first).includes(id))).toBe(false);
    expect((await listTopicContent(topic.id, { page: 999, pageSize: 4 })).page).toBe(first.pageCount);
  });

  it("counts every topic's live items for the topics index", async () => {
    const topics = await listTopicsWithCounts();
    const funding = topics.find((t) => t.slug === "funding")!;
    expect(funding.counts.news).toBe(seedArticles.filter((a) => a.topics.includes("funding") && !isHidden(a)).length);
  });
});

describe("more on this topic", () => {
  it("lists other live resources sharing a topic, newest first, never itself or a draft", async () => {
    const resource = (await getLiveResourceTeaser("dyslexia-friendly-practice"))!;
    const more = await listMoreOnTopic(resource.id, 50);
    expect(more.length).toBeGreaterThan(0);
    expect(more.map((r) => r.slug)).not.toContain("dyslexia-friendly-practice");
    for (const hidden of hiddenSlugs) expect(more.map((r) => r.slug)).not.toContain(hidden);
    const mine = new Set(resource.topics.map((t) => t.slug));
    expect(more.every((r) => r.topics.some((t) => mine.has(t.slug)))).toBe(true);
    const times = more.map((r) => r.publishedAt.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(await listMoreOnTopic(resource.id)).toHaveLength(3);
  });

  it("shows a gated neighbour as a card, without its body", async () => {
    const resource = (await getLiveResourceTeaser("governors-questions-about-send"))!;
    const more = await listMoreOnTopic(resource.id, 50);
    const gold = more.find((r) => r.slug === "national-send-update");
    expect(gold?.tiers).toEqual(["gold"]);
    expect(JSON.stringify(more)).not.toContain(goldBody);
  });
});

describe("feeds and sitemap", () => {
  it("feeds live items only, newest first, with an update time no earlier than publication", async () => {
    const [articles, resources] = await Promise.all([listFeedArticles(100), listFeedResources(100)]);
    for (const items of [articles, resources]) {
      expect(items.length).toBeGreaterThan(0);
      for (const hidden of hiddenSlugs) expect(items.map((i) => i.slug)).not.toContain(hidden);
      const times = items.map((i) => i.publishedAt.getTime());
      expect([...times].sort((a, b) => b - a)).toEqual(times);
      expect(items.every((i) => i.updatedAt.getTime() >= i.publishedAt.getTime())).toBe(true);
    }
    expect(JSON.stringify(resources)).not.toContain(goldBody);
    expect(await listFeedArticles(5)).toHaveLength(5);
  });

  it("gives the sitemap live pages only, each with a last-modified date", async () => {
    const content = await listSitemapContent();
    const slugs = [...content.news, ...content.resources].map((i) => i.slug);
    expect(slugs).toContain("national-send-update");
    for (const hidden of hiddenSlugs) expect(slugs).not.toContain(hidden);
    expect([...content.news, ...content.resources].every((i) => i.lastModified instanceof Date)).toBe(true);
    expect(content.topics.find((t) => t.slug === "funding")?.lastModified).toBeInstanceOf(Date);
    expect(content.tiersChanged).toBeInstanceOf(Date);
  });
});

import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { renderAtom, renderRss, type FeedChannel } from "./render";
import { element, escapeXml, rfc3339, rfc822 } from "./xml";

describe("escapeXml", () => {
  it("escapes the five special characters", () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;");
  });

  it("drops characters XML 1.0 cannot carry and keeps everything else", () => {
    expect(escapeXml("a\u0000b\u0008c\u000Bd\uFFFEe\uD800f")).toBe("abcdef");
    expect(escapeXml("tab\tline\ncr\r é 日本 😀 …")).toBe("tab\tline\ncr\r é 日本 😀 …");
  });

  it("escapes already-escaped text again rather than trusting it", () => {
    expect(escapeXml("&amp; &#x3C;")).toBe("&amp;amp; &amp;#x3C;");
  });
});

describe("feed dates", () => {
  it("writes RFC 822 dates for RSS, in GMT", () => {
    expect(rfc822(new Date("2018-09-05T00:00:00Z"))).toBe("Wed, 05 Sep 2018 00:00:00 GMT");
    expect(rfc822(new Date("2026-03-29T01:30:05+01:00"))).toBe("Sun, 29 Mar 2026 00:30:05 GMT");
    expect(rfc822(new Date("2019-12-31T23:59:59.999Z"))).toBe("Tue, 31 Dec 2019 23:59:59 GMT");
  });

  it("writes RFC 3339 dates for Atom, in UTC", () => {
    expect(rfc3339(new Date("2018-09-05T00:00:00.000Z"))).toBe("2018-09-05T00:00:00Z");
    expect(rfc3339(new Date("2026-06-01T12:34:56.789+01:00"))).toBe("2026-06-01T11:34:56Z");
  });
});

describe("element", () => {
  it("escapes text and attributes and leaves out undefined attributes", () => {
    expect(element("category", "A & B", { domain: '"x"', skipped: undefined })).toBe(
      '<category domain="&quot;x&quot;">A &amp; B</category>',
    );
    expect(element("link", null, { href: "https://x.test/?a=1&b=2" })).toBe('<link href="https://x.test/?a=1&amp;b=2"/>');
  });
});

const channel: FeedChannel = {
  title: "News & views",
  description: "From <the> network",
  pageUrl: "https://send.example/news",
  selfUrl: "https://send.example/news/feed.xml",
  author: "SEND Network",
  items: [
    {
      title: `nasen response to NAHT 'Empty Promises Report' </title><script>`,
      url: "https://send.example/news/a?x=1&y=2",
      summary: "Fish & chips <b>bold</b>\u0001",
      published: new Date("2018-09-05T00:00:00Z"),
      updated: new Date("2018-09-06T10:00:00Z"),
      categories: ["SEND policy", "Funding & money"],
    },
    {
      title: "Second",
      url: "https://send.example/news/b",
      summary: "Plain",
      published: new Date("2018-01-01T00:00:00Z"),
      updated: new Date("2018-01-01T00:00:00Z"),
      categories: [],
    },
  ],
};
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", parseTagValue: false });

describe("renderRss", () => {
  it("is well-formed RSS 2.0 that round-trips every value", () => {
    const xml = renderRss(channel);
    expect(XMLValidator.validate(xml)).toBe(true);
    const { rss } = parser.parse(xml);
    expect(rss["@version"]).toBe("2.0");
    expect(rss.channel.title).toBe("News & views");
    expect(rss.channel["atom:link"]["@href"]).toBe(channel.selfUrl);
    expect(rss.channel.lastBuildDate).toBe("Thu, 06 Sep 2018 10:00:00 GMT");
    const [first] = rss.channel.item;
    expect(first.title).toBe(channel.items[0]!.title);
    expect(first.link).toBe(channel.items[0]!.url);
    expect(first.guid["#text"]).toBe(channel.items[0]!.url);
    expect(first.pubDate).toBe("Wed, 05 Sep 2018 00:00:00 GMT");
    expect(first.description).toBe("Fish & chips <b>bold</b>");
    expect(first.category).toEqual(["SEND policy", "Funding & money"]);
  });
});

describe("renderAtom", () => {
  it("is well-formed Atom with ids, dates, links and an author", () => {
    const xml = renderAtom(channel);
    expect(XMLValidator.validate(xml)).toBe(true);
    const { feed } = parser.parse(xml);
    expect(feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(feed.id).toBe(channel.selfUrl);
    expect(feed.updated).toBe("2018-09-06T10:00:00Z");
    expect(feed.author.name).toBe("SEND Network");
    expect(feed.link.map((l: Record<string, string>) => l["@rel"])).toEqual(["alternate", "self"]);
    const [first] = feed.entry;
    expect(first.title["#text"]).toBe(channel.items[0]!.title);
    expect(first.id).toBe(channel.items[0]!.url);
    expect(first.link["@href"]).toBe(channel.items[0]!.url);
    expect(first.published).toBe("2018-09-05T00:00:00Z");
    expect(first.updated).toBe("2018-09-06T10:00:00Z");
    expect(first.summary["#text"]).toBe("Fish & chips <b>bold</b>");
    expect(first.category.map((c: Record<string, string>) => c["@term"])).toEqual(["SEND policy", "Funding & money"]);
  });

  it("has a valid updated date even with no entries", () => {
    const { feed } = parser.parse(renderAtom({ ...channel, items: [] }));
    expect(feed.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  });
});

import { element, rfc3339, rfc822 } from "./xml";

export interface FeedItem {
  title: string;
  /** Absolute URL of the item's page; also its permanent id. */
  url: string;
  /** Plain text: the standfirst or summary, never a gated body. */
  summary: string;
  published: Date;
  updated: Date;
  categories: string[];
}

export interface FeedChannel {
  title: string;
  description: string;
  /** Absolute URL of the HTML page the feed mirrors. */
  pageUrl: string;
  /** Absolute URL of this feed. */
  selfUrl: string;
  author: string;
  items: FeedItem[];
}

function updatedOf(channel: FeedChannel): Date {
  const times = channel.items.map((item) => item.updated.getTime());
  return times.length > 0 ? new Date(Math.max(...times)) : new Date();
}

/** RSS 2.0 (with an atom:link to itself, as the RSS Advisory Board recommends). */
export function renderRss(channel: FeedChannel): string {
  const items = channel.items.map((item) =>
    [
      "<item>",
      element("title", item.title),
      element("link", item.url),
      element("guid", item.url, { isPermaLink: "true" }),
      element("pubDate", rfc822(item.published)),
      element("description", item.summary),
      ...item.categories.map((category) => element("category", category)),
      "</item>",
    ].join(""),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    "<channel>",
    element("title", channel.title),
    element("link", channel.pageUrl),
    element("description", channel.description),
    element("language", "en-gb"),
    element("lastBuildDate", rfc822(updatedOf(channel))),
    element("atom:link", null, { href: channel.selfUrl, rel: "self", type: "application/rss+xml" }),
    ...items,
    "</channel>",
    "</rss>",
    "",
  ].join("\n");
}

/** Atom 1.0 (RFC 4287). */
export function renderAtom(channel: FeedChannel): string {
  const entries = channel.items.map((item) =>
    [
      "<entry>",
      element("title", item.title, { type: "text" }),
      element("link", null, { rel: "alternate", type: "text/html", href: item.url }),
      element("id", item.url),
      element("published", rfc3339(item.published)),
      element("updated", rfc3339(item.updated)),
      element("summary", item.summary, { type: "text" }),
      ...item.categories.map((category) => element("category", null, { term: category })),
      "</entry>",
    ].join(""),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">',
    element("title", channel.title, { type: "text" }),
    element("subtitle", channel.description, { type: "text" }),
    element("link", null, { rel: "alternate", type: "text/html", href: channel.pageUrl }),
    element("link", null, { rel: "self", type: "application/atom+xml", href: channel.selfUrl }),
    element("id", channel.selfUrl),
    element("updated", rfc3339(updatedOf(channel))),
    `<author>${element("name", channel.author)}</author>`,
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}

import "server-only";
import { listFeedEvents } from "@/db/queries/events/public";
import { listFeedArticles, listFeedResources } from "@/db/queries/feeds";
import { listTiers } from "@/db/queries/taxonomy";
import { audienceLabel } from "@/lib/access";
import { eventLocation, eventTypeLabels, formatEventWhen } from "@/lib/events/format";
import { absoluteUrl } from "@/lib/metadata";
import { site } from "@/lib/site";
import { renderAtom, renderRss, type FeedChannel } from "./render";

export type FeedFormat = "rss" | "atom";

export type FeedSection = "news" | "resources" | "events";

const selfPath = (section: FeedSection, format: FeedFormat) =>
  `/${section}/${format === "rss" ? "feed.xml" : "atom.xml"}`;

async function newsChannel(format: FeedFormat): Promise<FeedChannel> {
  const articles = await listFeedArticles();
  return {
    title: `${site.name}: news`,
    description: "Comment, policy responses and updates from across the SEND sector.",
    pageUrl: absoluteUrl("/news"),
    selfUrl: absoluteUrl(selfPath("news", format)),
    author: site.name,
    items: articles.map((article) => ({
      title: article.title,
      url: absoluteUrl(`/news/${article.slug}`),
      summary: article.standfirst,
      published: article.publishedAt,
      updated: article.updatedAt,
      categories: article.topics.map((t) => t.name),
    })),
  };
}

/** Resources as everyone sees them in the library: title, summary and who can open it. Never a body. */
async function resourcesChannel(format: FeedFormat): Promise<FeedChannel> {
  const [items, tiers] = await Promise.all([listFeedResources(), listTiers()]);
  return {
    title: `${site.name}: resources`,
    description: "New guides, templates, briefings and presentations in the resource library.",
    pageUrl: absoluteUrl("/resources"),
    selfUrl: absoluteUrl(selfPath("resources", format)),
    author: site.name,
    items: items.map((resource) => {
      const badge = audienceLabel({ visibility: resource.visibility, tiers: resource.tiers }, tiers);
      return {
        title: resource.title,
        url: absoluteUrl(`/resources/${resource.slug}`),
        summary: `${resource.summary} [${resource.type} · ${badge}]`,
        published: resource.publishedAt,
        updated: resource.updatedAt,
        categories: [resource.type, badge, ...resource.topics.map((t) => t.name)],
      };
    }),
  };
}

/** Upcoming events, soonest first: when, where and the summary. Cancelled ones stay, marked, so subscribers hear of it. */
async function eventsChannel(format: FeedFormat): Promise<FeedChannel> {
  const items = await listFeedEvents();
  return {
    title: `${site.name}: events`,
    description: "Upcoming conferences, webinars and training courses, with member prices and CPD certificates.",
    pageUrl: absoluteUrl("/events"),
    selfUrl: absoluteUrl(selfPath("events", format)),
    author: site.name,
    items: items.map((event) => ({
      title: event.cancelledAt ? `Cancelled: ${event.title}` : event.title,
      url: absoluteUrl(`/events/${event.slug}`),
      summary: `${formatEventWhen(event.startsAt, event.endsAt)} · ${eventLocation(event)}. ${event.summary}`,
      published: event.publishedAt ?? event.updatedAt,
      updated: event.updatedAt,
      categories: [eventTypeLabels[event.type], ...event.topics.map((t) => t.name)],
    })),
  };
}

const channels: Record<FeedSection, (format: FeedFormat) => Promise<FeedChannel>> = { news: newsChannel, resources: resourcesChannel, events: eventsChannel };

export async function feedResponse(section: FeedSection, format: FeedFormat): Promise<Response> {
  const channel = await channels[section](format);
  const body = format === "rss" ? renderRss(channel) : renderAtom(channel);
  return new Response(body, {
    headers: {
      "Content-Type": `${format === "rss" ? "application/rss+xml" : "application/atom+xml"}; charset=utf-8`,
      "Cache-Control": "public, max-age=300",
    },
  });
}

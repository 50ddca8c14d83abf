import type { MetadataRoute } from "next";
import { listSitemapEvents } from "@/db/queries/events/public";
import { listSitemapContent } from "@/db/queries/feeds";
import { absoluteUrl } from "@/lib/metadata";

// Cached like the pages: rendered on first request (with the running server's SITE_URL),
// invalidated by staff writes, at most a minute old.
export const revalidate = 60;

/**
 * Public pages only: live news, resources and events (a gated resource's page is its public teaser),
 * topics and the listings. Drafts, scheduled items, accounts and the dashboard are never listed.
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [content, events] = await Promise.all([listSitemapContent(), listSitemapEvents()]);
  const newest = (items: { lastModified: Date }[]) =>
    items.reduce<Date | undefined>((max, i) => (!max || i.lastModified > max ? i.lastModified : max), undefined);
  const newsUpdated = newest(content.news);
  const resourcesUpdated = newest(content.resources);
  const siteUpdated = newest([...content.news, ...content.resources]);
  return [
    { url: absoluteUrl("/"), lastModified: siteUpdated, changeFrequency: "daily", priority: 1 },
    { url: absoluteUrl("/news"), lastModified: newsUpdated, changeFrequency: "daily", priority: 0.8 },
    { url: absoluteUrl("/resources"), lastModified: resourcesUpdated, changeFrequency: "weekly", priority: 0.8 },
    { url: absoluteUrl("/events"), lastModified: newest(events), changeFrequency: "weekly", priority: 0.8 },
    {
      url: absoluteUrl("/membership"),
      lastModified: content.tiersChanged ?? undefined,
      changeFrequency: "monthly",
      priority: 0.6,
    },
    { url: absoluteUrl("/topics"), lastModified: siteUpdated, changeFrequency: "weekly", priority: 0.5 },
    ...content.topics.map((topic) => ({
      url: absoluteUrl(`/topics/${topic.slug}`),
      lastModified: topic.lastModified ?? undefined,
      changeFrequency: "weekly" as const,
      priority: 0.5,
    })),
    ...content.news.map((article) => ({
      url: absoluteUrl(`/news/${article.slug}`),
      lastModified: article.lastModified,
      changeFrequency: "monthly" as const,
      priority: 0.7,
    })),
    ...events.map((event) => ({
      url: absoluteUrl(`/events/${event.slug}`),
      lastModified: event.lastModified,
      changeFrequency: "weekly" as const,
      priority: 0.7,
    })),
    ...content.resources.map((resource) => ({
      url: absoluteUrl(`/resources/${resource.slug}`),
      lastModified: resource.lastModified,
      changeFrequency: "monthly" as const,
      priority: 0.6,
    })),
  ];
}

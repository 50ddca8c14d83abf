import type { Metadata } from "next";
import { env } from "@/lib/env";
import { site } from "@/lib/site";

/** The feeds, advertised with <link rel="alternate"> on every page. */
export const feedAlternates = {
  "application/rss+xml": [
    { url: "/news/feed.xml", title: `${site.name}: news (RSS)` },
    { url: "/resources/feed.xml", title: `${site.name}: resources (RSS)` },
  ],
  "application/atom+xml": [
    { url: "/news/atom.xml", title: `${site.name}: news (Atom)` },
    { url: "/resources/atom.xml", title: `${site.name}: resources (Atom)` },
  ],
};

/** A section's own feeds, advertised on its pages only (after the site-wide ones). */
export interface SectionFeeds {
  rss: { url: string; title: string };
  atom: { url: string; title: string };
}

export const eventFeeds: SectionFeeds = {
  rss: { url: "/events/feed.xml", title: `${site.name}: events (RSS)` },
  atom: { url: "/events/atom.xml", title: `${site.name}: events (Atom)` },
};

/** A share image: its size when known (the made ones are 1200×630; uploaded ones vary). */
export interface ShareImage {
  path: string;
  alt: string;
  width?: number;
  height?: number;
}

/** The share image of pages without one of their own (public/share-image.png). */
export const defaultShareImage: ShareImage = { path: "/share-image.png", alt: `${site.name}: ${site.tagline}`, width: 1200, height: 630 };

/** An article's or resource's share image: its feature image when it has one, else the made one at `fallbackPath`. */
export function shareImageOf(item: { featureImage: string; featureImageAlt: string }, fallbackPath: string, fallbackAlt: string): ShareImage {
  if (item.featureImage) return { path: item.featureImage, alt: item.featureImageAlt };
  return { path: fallbackPath, alt: fallbackAlt, width: 1200, height: 630 };
}

export interface PageMetadataInput {
  title: string;
  description: string;
  /** Path of the canonical URL, e.g. "/news/slug" (made absolute with SITE_URL via metadataBase). */
  path: string;
  /** Open Graph type: articles carry their dates. */
  article?: { publishedTime: Date; modifiedTime?: Date; section?: string; tags?: string[] };
  /** Search results and other pages that should not be indexed (links are still followed). */
  noindex?: boolean;
  /** A share image for Open Graph and a large Twitter card; the site's by default. */
  image?: ShareImage;
  /** The section's own feeds (events), besides the site-wide news and resources feeds. */
  feeds?: SectionFeeds;
}

/**
 * Per-page metadata: title, description, canonical URL, Open Graph and Twitter cards, feed links.
 * Next merges metadata shallowly, so every page sets all of these keys together through here.
 */
export function pageMetadata(input: PageMetadataInput): Metadata {
  const { title, description, path, article } = input;
  const image = input.image ?? defaultShareImage;
  return {
    title,
    description,
    alternates: {
      canonical: path,
      types: input.feeds
        ? {
            "application/rss+xml": [...feedAlternates["application/rss+xml"], input.feeds.rss],
            "application/atom+xml": [...feedAlternates["application/atom+xml"], input.feeds.atom],
          }
        : feedAlternates,
    },
    openGraph: {
      siteName: site.name,
      locale: "en_GB",
      title,
      description,
      url: path,
      images: [{ url: image.path, ...(image.width ? { width: image.width, height: image.height } : {}), alt: image.alt }],
      ...(article
        ? {
            type: "article" as const,
            publishedTime: article.publishedTime.toISOString(),
            modifiedTime: article.modifiedTime?.toISOString(),
            section: article.section,
            tags: article.tags,
          }
        : { type: "website" as const }),
    },
    twitter: { card: "summary_large_image", title, description, images: [{ url: image.path, alt: image.alt }] },
    ...(input.noindex ? { robots: { index: false, follow: true } } : {}),
  };
}

/** An absolute URL on this site, for feeds, sitemaps and structured data. */
export function absoluteUrl(path: string): string {
  return new URL(path, env.SITE_URL).toString();
}

/**
 * A JSON-LD <script> body: JSON with `<` escaped, so text like "</script>" in a title can't
 * close the element (as Next's JSON-LD guide recommends).
 */
export function jsonLd(data: Record<string, unknown>): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}

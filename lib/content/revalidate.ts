import "server-only";
import { revalidatePath, revalidateTag } from "next/cache";
import { forgetResourceGates } from "@/db/queries/resources";
import { SEARCH_CACHE_TAG } from "@/lib/search/cache-tag";

/**
 * Every cached public page a staff change can show on, in one place. These calls drop exactly the
 * affected entries of the page cache, in every app process; the next visitor gets a fresh render.
 * List pages are cached under their internal twins, so each list is invalidated through its twin's
 * route pattern, which covers every filter and page. Route patterns name the file-system route, route group included:
 * that is the tag Next gives the pages.
 */
export function revalidatePublicContent({
  articleSlugs = [],
  resourceSlugs = [],
  tiers = false,
}: {
  articleSlugs?: Array<string | null | undefined>;
  resourceSlugs?: Array<string | null | undefined>;
  /** Tier names appear in badges on every page. */
  tiers?: boolean;
} = {}): void {
  // The proxy's remembered gates (embedded database only): a resource or a tier changed.
  if (tiers || resourceSlugs.length > 0) forgetResourceGates();
  // Kept search answers name items, their badges and the years: any change may alter them.
  revalidateSearch();
  if (tiers) {
    revalidatePath("/", "layout");
    return;
  }
  const articles = articleSlugs.filter(Boolean);
  const resources = resourceSlugs.filter(Boolean);
  // Both kinds appear on the home page, topic pages, the sitemap and in search.
  for (const path of ["/", "/topics", "/sitemap.xml"]) revalidatePath(path);
  revalidatePath("/internal/lists/topics/[slug]/[query]", "page");
  if (articles.length > 0) {
    revalidatePath("/internal/lists/news/[query]", "page");
    revalidatePath("/news/feed.xml");
    revalidatePath("/news/atom.xml");
    // Every article page links to the articles either side of it, so one change can show on two others.
    revalidatePath("/(public)/news/[slug]", "page");
  }
  if (resources.length > 0) {
    revalidatePath("/internal/lists/resources/[query]", "page");
    revalidatePath("/resources/feed.xml");
    revalidatePath("/resources/atom.xml");
    for (const slug of resources) revalidatePath(`/resources/${slug}`);
    // What members allowed to open a resource see: its path carries a grant, so every open page
    // goes; they also list other resources under "More on this topic".
    revalidatePath("/internal/gated/[kind]/[slug]/open/[grant]", "page");
    // A resource can be listed under any article's "Related resources".
    revalidatePath("/(public)/news/[slug]", "page");
  }
}

/** Drops every kept search page and title suggestion (a content, tier or vocabulary change), at once. */
export function revalidateSearch(): void {
  revalidatePath("/internal/search/[scope]/[query]", "page");
  revalidateTag(SEARCH_CACHE_TAG, { expire: 0 });
}

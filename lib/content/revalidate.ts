import "server-only";
import { revalidatePath } from "next/cache";

/**
 * Every public page a staff change can show on, in one place. The public pages render per request
 * today; when caching is added, this is the one function that must keep them fresh.
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
  if (tiers) {
    revalidatePath("/", "layout");
    return;
  }
  for (const path of ["/", "/news", "/resources", "/search", "/membership"]) revalidatePath(path);
  for (const slug of articleSlugs) if (slug) revalidatePath(`/news/${slug}`);
  for (const slug of resourceSlugs) {
    if (!slug) continue;
    revalidatePath(`/resources/${slug}`);
    revalidatePath(`/resources/${slug}/download`);
  }
  // A resource can be listed under any article's "Related resources".
  if (resourceSlugs.some(Boolean)) revalidatePath("/news/[slug]", "page");
}

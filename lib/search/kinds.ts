import type { SearchKind } from "@/db/queries/search";

/** Every kind of result: where it lives, its tab (`?kind=`, after "All") and its "Show" option. */
const kinds: Record<SearchKind, { path: string; label: string; only: string }> = {
  news: { path: "/news", label: "News", only: "News only" },
  resource: { path: "/resources", label: "Resources", only: "Resources only" },
  event: { path: "/events", label: "Events", only: "Events only" },
  newsletter: { path: "/newsletters", label: "Newsletters", only: "Newsletters only" },
};

export function resultHref(kind: SearchKind, slug: string): string {
  return `${kinds[kind].path}/${slug}`;
}

/** The page's kind tabs, in this order. */
export const kindTabs = (Object.keys(kinds) as SearchKind[]).map((kind) => ({ kind, label: kinds[kind].label, only: kinds[kind].only }));

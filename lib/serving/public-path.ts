import { routePattern } from "./match";
import { routes } from "./routes";

/** Each internal render target, as a pattern, beside the public row it renders. */
const twins = routes.flatMap((route) => {
  if (route.list) return [{ route, pattern: routePattern(`${route.list.target}/[query]`) }];
  if (route.gated?.shows === "page") return [{ route, pattern: routePattern(`/internal/gated/${route.gated.kind}/[slug]/**`) }];
  return [];
});

/**
 * The address a visitor asked for, given the path that rendered it. On the server a page reached
 * through a proxy rewrite sees its internal twin's path, the browser sees the public one; anything
 * that marks the current section must read the same from both, or hydration would not match.
 */
export function publicPathOf(pathname: string): string {
  for (const { route, pattern } of twins) {
    const groups = pathname.match(pattern)?.groups;
    if (groups) return route.path.replace(/\[(\w+)\]/g, (_, name: string) => groups[name] ?? "");
  }
  return pathname;
}

/** Whether a section's link (e.g. /news) is where the visitor is: the section itself or a page in it. */
export function inSection(pathname: string, section: string): boolean {
  const path = publicPathOf(pathname);
  return path === section || path.startsWith(`${section}/`);
}

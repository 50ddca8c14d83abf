import { Link } from "@/components/ui/link";
import type { AdjacentArticles as Adjacent } from "@/db/queries/news";

/** Links to the articles published just before and just after this one. */
export function AdjacentArticles({ older, newer }: Adjacent) {
  if (!older && !newer) return null;
  const link = "group flex h-full flex-col rounded-lg border border-line p-4 no-underline hover:border-brand-200 hover:bg-brand-50";
  return (
    <nav aria-label="More news" className="mt-10 grid gap-4 sm:grid-cols-2">
      {older && (
        <Link href={`/news/${older.slug}`} rel="prev" className={link}>
          <span className="text-sm font-semibold text-muted">
            <span aria-hidden="true">← </span>Older article
          </span>
          <span className="mt-1 font-semibold text-ink group-hover:text-brand-800 group-hover:underline">{older.title}</span>
        </Link>
      )}
      {newer && (
        <Link href={`/news/${newer.slug}`} rel="next" className={`${link} sm:col-start-2 sm:text-right`}>
          <span className="text-sm font-semibold text-muted">
            Newer article<span aria-hidden="true"> →</span>
          </span>
          <span className="mt-1 font-semibold text-ink group-hover:text-brand-800 group-hover:underline">{newer.title}</span>
        </Link>
      )}
    </nav>
  );
}

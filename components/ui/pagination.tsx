import { Link } from "@/components/ui/link";
import { pageWindow } from "@/lib/pagination";

/**
 * Previous / numbered / next links (the first, the last and those near this page).
 * `href(page)` builds each page's URL, keeping the filters.
 */
export function Pagination({
  page,
  pageCount,
  href,
  label = "Pages",
}: {
  page: number;
  pageCount: number;
  href: (page: number) => string;
  label?: string;
}) {
  if (pageCount <= 1) return null;
  // The first, the last and the pages around this one: a long list gets a few links, not thousands.
  const pages = pageWindow(page, pageCount);
  const linkClass =
    "inline-flex min-h-11 min-w-11 items-center justify-center rounded-md border border-line px-3 font-medium no-underline hover:bg-brand-50";
  return (
    <nav aria-label={label} className="mt-10">
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 && (
          <li>
            <Link href={href(page - 1)} className={linkClass} rel="prev">
              <span aria-hidden="true">←&nbsp;</span>Previous<span className="sr-only"> page</span>
            </Link>
          </li>
        )}
        {pages.map((p, i) =>
          p === null ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1 text-muted">
              …
            </li>
          ) : (
            <li key={p}>
              {p === page ? (
                <span aria-current="page" className={`${linkClass} border-brand-700 bg-brand-700 text-white hover:bg-brand-700`}>
                  <span className="sr-only">Page </span>
                  {p}
                </span>
              ) : (
                <Link href={href(p)} className={linkClass}>
                  <span className="sr-only">Page </span>
                  {p}
                </Link>
              )}
            </li>
          ),
        )}
        {page < pageCount && (
          <li>
            <Link href={href(page + 1)} className={linkClass} rel="next">
              Next<span className="sr-only"> page</span>
              <span aria-hidden="true">&nbsp;→</span>
            </Link>
          </li>
        )}
      </ul>
      <p className="mt-3 text-sm text-muted">
        Page {page} of {pageCount}
      </p>
    </nav>
  );
}

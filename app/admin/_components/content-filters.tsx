import { Link } from "@/components/ui/link";
import type { ContentListFilters } from "@/db/queries/content/list";
import { buttonClass, inputClass } from "./admin-page";

/** Search, status and sort for the article and resource tables (a plain GET form). */
export function ContentFilters({ action, filters, noun }: { action: string; filters: ContentListFilters; noun: string }) {
  const filtered = Boolean(filters.q || filters.status || (filters.sort && filters.sort !== "updated"));
  return (
    <form method="get" action={action} role="search" aria-label={`Find ${noun}`} className="rounded-xl border border-line bg-wash p-4">
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_auto] lg:items-end">
        <div>
          <label htmlFor="filter-q" className="font-medium">
            Search title or address
          </label>
          <input id="filter-q" name="q" type="search" defaultValue={filters.q ?? ""} className={inputClass()} />
        </div>
        <div>
          <label htmlFor="filter-status" className="font-medium">
            Status
          </label>
          <select id="filter-status" name="status" defaultValue={filters.status ?? ""} className={inputClass()}>
            <option value="">Any status</option>
            <option value="published">Published</option>
            <option value="scheduled">Scheduled</option>
            <option value="draft">Draft</option>
          </select>
        </div>
        <div>
          <label htmlFor="filter-sort" className="font-medium">
            Sort by
          </label>
          <select id="filter-sort" name="sort" defaultValue={filters.sort ?? "updated"} className={inputClass()}>
            <option value="updated">Last changed</option>
            <option value="published">Publication date</option>
            <option value="title">Title (A–Z)</option>
          </select>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" className={buttonClass.primary}>
            Apply
          </button>
          {filtered && (
            <Link href={action} className="inline-flex min-h-11 items-center font-medium">
              Clear
            </Link>
          )}
        </div>
      </div>
    </form>
  );
}

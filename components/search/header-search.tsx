import Form from "next/form";
import { MAX_QUERY_LENGTH } from "@/lib/search/query";
import { SearchIcon } from "./search-icon";

/**
 * The site-wide search box: a GET form to /search (next/form: a client-side navigation with
 * JavaScript, an ordinary form submission without it).
 */
export function HeaderSearch() {
  return (
    // No prefetch: the box is on every page, and /search has nothing to preload.
    <Form role="search" aria-label="Site search" action="/search" prefetch={false} className="flex w-full sm:w-auto">
      <label htmlFor="site-search" className="sr-only">
        Search news and resources
      </label>
      <input
        id="site-search"
        type="search"
        name="q"
        maxLength={MAX_QUERY_LENGTH}
        placeholder="Search news and resources"
        autoComplete="off"
        className="min-h-11 w-full min-w-0 rounded-l-md border border-r-0 border-slate-400 bg-paper px-3 text-base text-ink placeholder:text-muted focus:border-brand-700 sm:w-64"
      />
      <button
        type="submit"
        className="inline-flex min-h-11 cursor-pointer items-center gap-2 rounded-r-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
      >
        <SearchIcon className="size-4" />
        Search
      </button>
    </Form>
  );
}

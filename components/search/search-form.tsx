import Form from "next/form";
import { Link } from "@/components/ui/link";
import { MAX_QUERY_LENGTH } from "@/lib/search/query";

export interface Option {
  value: string;
  label: string;
}

export interface SearchFormValues {
  q: string;
  kind?: string;
  type?: string;
  topic?: string;
  access?: string;
  year?: string;
  sort: string;
}

const fieldClass =
  "mt-1 block min-h-11 w-full rounded-md border border-slate-400 bg-paper px-3 text-base text-ink focus:border-brand-700";

function Select({
  id,
  name,
  label,
  value,
  options,
  any,
}: {
  id: string;
  name: string;
  label: string;
  value?: string;
  options: Option[];
  any?: string;
}) {
  return (
    <div>
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ""} className={fieldClass}>
        {any !== undefined && <option value="">{any}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The search page's own form: the words, then filters and order. A GET form: no JavaScript needed. */
export function SearchForm({
  values,
  options,
  filtered,
}: {
  values: SearchFormValues;
  options: { kinds: Option[]; types: Option[]; topics: Option[]; access: Option[]; years: Option[]; sorts: Option[] };
  filtered: boolean;
}) {
  return (
    <Form
      role="search"
      aria-label="Search and filter"
      action="/search"
      prefetch={false}
      className="rounded-xl border border-line bg-wash p-5"
    >
      <label htmlFor="search-q" className="font-semibold">
        Search for
      </label>
      <div className="mt-1 flex flex-wrap gap-3">
        <input
          id="search-q"
          type="search"
          name="q"
          defaultValue={values.q}
          maxLength={MAX_QUERY_LENGTH}
          aria-describedby="search-tips"
          className="min-h-11 min-w-0 flex-1 basis-64 rounded-md border border-slate-400 bg-paper px-3 text-lg text-ink focus:border-brand-700"
        />
        <button
          type="submit"
          className="min-h-11 cursor-pointer rounded-md bg-brand-700 px-6 font-semibold text-white hover:bg-brand-800"
        >
          Search
        </button>
      </div>
      <p id="search-tips" className="mt-2 text-sm text-muted">
        Put a phrase in &quot;quotes&quot;, add <kbd>-word</kbd> to leave a word out, or use <kbd>or</kbd> between
        alternatives.
      </p>
      {/* Closed until used: a native disclosure, so it needs no JavaScript. */}
      <details className="group mt-4" open={filtered}>
        <summary className="inline-flex min-h-11 cursor-pointer items-center gap-2 font-semibold text-brand-800 [&::-webkit-details-marker]:hidden">
          <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4 fill-current transition group-open:rotate-90">
            <path d="M7.3 4.3a1 1 0 0 1 1.4 0l5 5a1 1 0 0 1 0 1.4l-5 5a1 1 0 0 1-1.4-1.4L11.6 10 7.3 5.7a1 1 0 0 1 0-1.4Z" />
          </svg>
          Filter and sort{filtered ? " (in use)" : ""}
        </summary>
        <fieldset className="mt-2">
          <legend className="sr-only">Filter and sort</legend>
          <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            <Select id="search-kind" name="kind" label="Show" value={values.kind} options={options.kinds} any="Everything" />
            <Select id="search-type" name="type" label="Resource type" value={values.type} options={options.types} any="All types" />
            <Select id="search-topic" name="topic" label="Topic" value={values.topic} options={options.topics} any="All topics" />
            <Select
              id="search-access"
              name="access"
              label="Who can open it"
              value={values.access}
              options={options.access}
              any="Anyone or any tier"
            />
            <Select id="search-year" name="year" label="Year published" value={values.year} options={options.years} any="Any year" />
            <Select id="search-sort" name="sort" label="Sort by" value={values.sort} options={options.sorts} />
          </div>
          <div className="mt-4 flex flex-wrap items-center gap-4">
            <button
              type="submit"
              className="min-h-11 cursor-pointer rounded-md px-5 font-semibold text-brand-800 ring-1 ring-brand-200 hover:bg-brand-50"
            >
              Apply filters
            </button>
            {filtered && (
              <Link href={values.q ? `/search?q=${encodeURIComponent(values.q)}` : "/search"} className="font-medium">
                Clear filters
              </Link>
            )}
          </div>
        </fieldset>
      </details>
    </Form>
  );
}

import { Link } from "@/components/ui/link";

/** A filter: a choice from a list (with an "any" choice first), or a month typed or picked. */
export type FilterField =
  | { kind?: "select"; name: string; label: string; value?: string; anyLabel: string; options: ReadonlyArray<{ value: string; label: string }> }
  | { kind: "month"; name: string; label: string; value?: string };

const control = "mt-1 block min-h-11 w-full rounded-md border border-slate-400 bg-paper px-3 text-base text-ink focus:border-brand-700";
// Tailwind sees whole class names only: one grid per number of fields a list has.
const columns: Record<number, string> = {
  2: "lg:grid-cols-[1fr_1fr_auto]",
  3: "lg:grid-cols-[1fr_1fr_1fr_auto]",
  4: "lg:grid-cols-[1fr_1fr_1fr_1fr_auto]",
};

/**
 * A list page's filters as a plain GET form (it works without JavaScript, and each filtered list
 * has its own address): labelled fields, "Apply filters", and "Clear filters" once any is set.
 */
export function FilterForm({
  action,
  heading,
  fields,
  hidden = {},
  clearHref,
}: {
  action: string;
  heading: string;
  fields: FilterField[];
  hidden?: Record<string, string | undefined>;
  /** Where "Clear filters" goes; shown when any field has a value. */
  clearHref: string;
}) {
  const filtered = fields.some((field) => field.value);
  return (
    <form method="get" action={action} className="rounded-xl border border-line bg-wash p-5" aria-labelledby="filter-heading">
      <h2 id="filter-heading" className="font-sans text-lg font-semibold">
        {heading}
      </h2>
      {Object.entries(hidden).map(([name, value]) => value !== undefined && <input key={name} type="hidden" name={name} value={value} />)}
      <div className={`mt-3 grid gap-4 sm:grid-cols-2 lg:items-end ${columns[fields.length] ?? columns[4]}`}>
        {fields.map((field) => (
          <div key={field.name}>
            <label htmlFor={`filter-${field.name}`} className="font-medium">
              {field.label}
            </label>
            {field.kind === "month" ? (
              <input id={`filter-${field.name}`} name={field.name} type="month" defaultValue={field.value ?? ""} className={control} />
            ) : (
              <select id={`filter-${field.name}`} name={field.name} defaultValue={field.value ?? ""} className={control}>
                <option value="">{field.anyLabel}</option>
                {field.options.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            )}
          </div>
        ))}
        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" className="min-h-11 cursor-pointer rounded-md bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800">
            Apply filters
          </button>
          {filtered && (
            <Link href={clearHref} className="inline-flex min-h-11 items-center font-medium">
              Clear filters
            </Link>
          )}
        </div>
      </div>
    </form>
  );
}

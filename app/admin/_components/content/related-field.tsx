"use client";

import { useEffect, useState } from "react";
import type { PickerResource } from "@/db/queries/resources/admin";
import { searchResourcesAction } from "../../actions";
import { buttonClass, inputClass } from "../admin-page";
import { FieldError, FieldHint } from "./field-parts";

const small = "inline-flex min-h-11 min-w-11 cursor-pointer items-center justify-center rounded-md px-3 text-sm font-medium ring-1 ring-line hover:bg-brand-50 disabled:cursor-not-allowed disabled:opacity-40";
const statusWord = (r: PickerResource) => (r.status === "draft" ? " (draft)" : "");

/** "Related resources" under an article: search and add, reorder with buttons, remove. */
export function RelatedField({ initial, errors }: { initial: PickerResource[]; errors?: string[] }) {
  const [picked, setPicked] = useState(initial);
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<PickerResource[] | null>(null);
  const [announcement, setAnnouncement] = useState("");

  useEffect(() => {
    if (!query.trim()) return;
    let cancelled = false;
    const timer = setTimeout(async () => {
      const found = await searchResourcesAction(query, picked.map((p) => p.id)).catch(() => []);
      if (!cancelled) setResults(found);
    }, 250);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [query, picked]);

  const move = (index: number, by: number) => {
    const next = [...picked];
    const [item] = next.splice(index, 1);
    next.splice(index + by, 0, item!);
    setPicked(next);
    setAnnouncement(`${item!.title} moved to position ${index + by + 1} of ${next.length}.`);
  };

  return (
    <section aria-labelledby="related-heading" id="field-related" tabIndex={-1} className="space-y-3">
      <h2 id="related-heading" className="font-sans text-base font-semibold text-ink">
        Related resources
      </h2>
      <FieldHint name="related">Shown under the article in this order. Search by title to add one.</FieldHint>
      <FieldError name="related" errors={errors} />
      {picked.length === 0 ? (
        <p className="text-muted">None chosen.</p>
      ) : (
        <ol className="space-y-2" aria-label="Chosen related resources">
          {picked.map((item, index) => (
            <li key={item.id} className="flex flex-wrap items-center gap-2 rounded-md border border-line p-2">
              <input type="hidden" name="related" value={item.id} />
              <span className="min-w-0 flex-1 font-medium">
                {index + 1}. {item.title}
                {statusWord(item)}
              </span>
              <button type="button" className={small} onClick={() => move(index, -1)} disabled={index === 0} aria-label={`Move up: ${item.title}`}>
                Move up
              </button>
              <button
                type="button"
                className={small}
                onClick={() => move(index, 1)}
                disabled={index === picked.length - 1}
                aria-label={`Move down: ${item.title}`}
              >
                Move down
              </button>
              <button
                type="button"
                className={small}
                aria-label={`Remove: ${item.title}`}
                onClick={() => {
                  setPicked(picked.filter((p) => p.id !== item.id));
                  setAnnouncement(`${item.title} removed.`);
                }}
              >
                Remove
              </button>
            </li>
          ))}
        </ol>
      )}
      <div>
        <label htmlFor="related-search" className="block font-medium">
          Find a resource to add
        </label>
        <input
          id="related-search"
          type="search"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            if (!e.target.value.trim()) setResults(null);
          }}
          onKeyDown={(e) => e.key === "Enter" && e.preventDefault()}
          autoComplete="off"
          className={`${inputClass()} sm:max-w-md`}
        />
      </div>
      <div aria-live="polite">
        {results && query.trim() && (
          <>
            <p className="text-sm text-muted">{results.length === 0 ? "No resources match." : `${results.length} found:`}</p>
            <ul className="mt-1 space-y-1">
              {results.map((r) => (
                <li key={r.id} className="flex flex-wrap items-center gap-2">
                  <button
                    type="button"
                    className={buttonClass.secondary}
                    aria-label={`Add: ${r.title}`}
                    onClick={() => {
                      setPicked([...picked, r]);
                      setResults(results.filter((x) => x.id !== r.id));
                      setAnnouncement(`${r.title} added as number ${picked.length + 1}.`);
                    }}
                  >
                    Add
                  </button>
                  <span>
                    {r.title}
                    {statusWord(r)}
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
        <p className="sr-only">{announcement}</p>
      </div>
    </section>
  );
}

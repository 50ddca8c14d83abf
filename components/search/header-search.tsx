"use client";

import Form from "next/form";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { MAX_QUERY_LENGTH } from "@/lib/search/query";
import { SearchIcon } from "./search-icon";

interface Suggestion {
  kind: "news" | "resource";
  title: string;
  href: string;
}

/** Wait this long after the last key before asking for titles. */
const DEBOUNCE_MS = 150;

/**
 * The site-wide search box: a GET form to /search (next/form: a client-side navigation with
 * JavaScript, an ordinary form submission without it). With JavaScript it is also a combobox
 * (WAI-ARIA's list autocomplete pattern): titles matching what is typed appear below; Down and Up
 * move through them, Enter opens the one chosen (or searches, when none is), Escape closes the
 * list and then clears the box. A live region says how many titles there are.
 */
export function HeaderSearch() {
  const router = useRouter();
  const id = useId();
  const listId = `${id}-titles`;
  const [value, setValue] = useState("");
  const [found, setFound] = useState<{ q: string; items: Suggestion[] }>({ q: "", items: [] });
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [announcement, setAnnouncement] = useState("");
  const asked = useRef<AbortController | null>(null);

  useEffect(() => {
    const q = value.trim();
    asked.current?.abort();
    if (q.length < 2) return;
    const controller = new AbortController();
    asked.current = controller;
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/search-suggestions?q=${encodeURIComponent(q)}`, { signal: controller.signal });
        if (!response.ok) return;
        const { items } = (await response.json()) as { items: Suggestion[] };
        setFound({ q, items });
        setActive(-1);
        setAnnouncement(
          items.length === 0
            ? "No matching titles."
            : `${items.length} matching ${items.length === 1 ? "title" : "titles"}. Use the up and down arrows to choose.`,
        );
      } catch {
        // Aborted by the next key, or offline: the box still searches on Enter.
      }
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [value]);

  // Titles for what is in the box now: none once it is cleared or shortened below two letters.
  const items = value.trim().length >= 2 ? found.items : [];
  const expanded = open && items.length > 0;
  const optionId = (index: number) => `${id}-title-${index}`;

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (items.length === 0) return;
      event.preventDefault();
      setOpen(true);
      const step = event.key === "ArrowDown" ? 1 : -1;
      // From the box, Down goes to the first title and Up to the last; past either end, back to the box.
      setActive((current) => {
        if (!expanded) return step === 1 ? 0 : items.length - 1;
        const next = current + step;
        return next < -1 ? items.length - 1 : next >= items.length ? -1 : next;
      });
    } else if (event.key === "Escape") {
      if (expanded) {
        event.preventDefault();
        setOpen(false);
        setActive(-1);
      } else if (value) {
        event.preventDefault();
        setValue("");
      }
    } else if (event.key === "Enter" && expanded && active >= 0) {
      event.preventDefault();
      const chosen = items[active]!;
      setOpen(false);
      router.push(chosen.href);
    }
  }

  return (
    // No prefetch: the box is on every page, and /search has nothing to preload.
    <Form role="search" aria-label="Site search" action="/search" prefetch={false} className="relative flex w-full sm:w-auto">
      <label htmlFor="site-search" className="sr-only">
        Search the site
      </label>
      <input
        id="site-search"
        type="search"
        name="q"
        maxLength={MAX_QUERY_LENGTH}
        placeholder="Search the site"
        autoComplete="off"
        role="combobox"
        aria-autocomplete="list"
        aria-controls={listId}
        aria-expanded={expanded}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        value={value}
        onChange={(event) => {
          setValue(event.target.value);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        onFocus={() => setOpen(true)}
        className="min-h-11 w-full min-w-0 rounded-l-md border border-r-0 border-slate-400 bg-paper px-3 text-base text-ink placeholder:text-muted focus:border-brand-700 sm:w-64"
      />
      <button
        type="submit"
        className="inline-flex min-h-11 cursor-pointer items-center gap-2 rounded-r-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
      >
        <SearchIcon className="size-4" />
        Search
      </button>
      <ul
        id={listId}
        role="listbox"
        aria-label="Matching titles"
        hidden={!expanded}
        className="absolute top-full right-0 left-0 z-50 mt-1 max-h-96 overflow-y-auto rounded-md border border-line bg-paper py-1 shadow-lg sm:left-auto sm:w-[28rem]"
      >
        {items.map((item, index) => (
          <li
            key={item.href}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            // Keep focus in the box: a click chooses without blurring it first.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => {
              setOpen(false);
              router.push(item.href);
            }}
            className="cursor-pointer px-3 py-2 text-ink aria-selected:bg-brand-700 aria-selected:text-white hover:bg-brand-50 aria-selected:hover:bg-brand-700"
          >
            <span className="block text-xs font-semibold tracking-wide uppercase opacity-80">
              {item.kind === "news" ? "News" : "Resource"}
            </span>
            {item.title}
          </li>
        ))}
      </ul>
      {/* A live region without the status role: a page's own form messages are its status. */}
      <p aria-live="polite" aria-atomic="true" className="sr-only">
        {open ? announcement : ""}
      </p>
    </Form>
  );
}

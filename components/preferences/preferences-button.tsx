"use client";

import { useEffect, useId, useRef, useState } from "react";
import { parsePreferences, PREFERENCES_COOKIE, type Preferences } from "@/lib/preferences";
import { PreferencesForm, type PreferencesActions } from "./preferences-form";

function currentPreferences(): Preferences {
  const match = document.cookie.match(new RegExp(`(?:^|; )${PREFERENCES_COOKIE}=([^;]*)`));
  return parsePreferences(match?.[1]);
}

/** The header's "Reading preferences" control: a disclosure panel, keyboard operable, Escape closes. */
export function PreferencesButton({ signedIn, actions }: { signedIn: boolean; actions: PreferencesActions }) {
  const [open, setOpen] = useState(false);
  const [initial, setInitial] = useState<Preferences | null>(null);
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (!open) return;
    heading.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") {
        setOpen(false);
        button.current?.focus();
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [open]);

  return (
    <div className="relative">
      <noscript>
        <a href="/preferences" className="inline-flex min-h-11 items-center px-3 font-medium">
          Reading preferences
        </a>
      </noscript>
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          if (!open) setInitial(currentPreferences());
          setOpen(!open);
        }}
        className="inline-flex min-h-11 cursor-pointer items-center gap-2 rounded-md px-3 font-medium text-ink hover:bg-brand-50"
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5 fill-current">
          <path d="M3 4h8v2H8v10H6V6H3V4Zm9 5h6v2h-2v5h-2v-5h-2V9Z" />
        </svg>
        Reading preferences
      </button>
      {open && initial && (
        <div
          id={panelId}
          role="region"
          aria-labelledby={`${panelId}-heading`}
          className="fixed inset-x-3 top-3 z-50 mx-auto max-h-[calc(100vh-1.5rem)] max-w-xl overflow-y-auto rounded-xl border border-line bg-paper p-5 shadow-2xl"
        >
          <div className="mb-4 flex items-start justify-between gap-4">
            <h2 id={`${panelId}-heading`} ref={heading} tabIndex={-1} className="text-xl font-semibold text-brand-900">
              Reading preferences
            </h2>
            <button
              type="button"
              onClick={() => {
                setOpen(false);
                button.current?.focus();
              }}
              className="inline-flex min-h-11 cursor-pointer items-center rounded-md px-3 font-medium ring-1 ring-line hover:bg-brand-50"
            >
              Close
            </button>
          </div>
          <PreferencesForm initial={initial} signedIn={signedIn} returnTo={window.location.pathname} idPrefix="header-prefs" actions={actions} />
        </div>
      )}
    </div>
  );
}

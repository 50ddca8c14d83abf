"use client";

import { useRef, useState, useTransition } from "react";
import {
  defaultPreferences,
  preferenceLegends,
  preferenceNames,
  preferenceOptions,
  rememberOnDevice,
  type Preferences,
} from "@/lib/preferences";
import { hasSessionHint } from "@/lib/session-hint";

/** The server actions the form calls, passed in by the route that renders it. */
export interface PreferencesActions {
  /** Without JavaScript: saves and goes back. */
  save: (formData: FormData) => Promise<void>;
  /** Each change, to the signed-in account. */
  sync: (input: Record<string, string>) => Promise<{ saved: boolean }>;
}

/**
 * Font, size, spacing, line length and colours. Each change applies at once and is remembered on
 * this device (cookie) and, when signed in, on the account. Without JavaScript the form posts.
 */
export function PreferencesForm({
  initial,
  signedIn,
  returnTo,
  idPrefix,
  actions,
}: {
  initial: Preferences;
  signedIn: boolean;
  returnTo: string;
  idPrefix: string;
  actions: PreferencesActions;
}) {
  const [preferences, setPreferences] = useState<Preferences>(initial);
  const [status, setStatus] = useState("");
  const [, startTransition] = useTransition();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  function update(next: Preferences) {
    setPreferences(next);
    rememberOnDevice(next);
    setStatus("Saved on this device.");
    // Just signed in, the header may not know it yet: the session hint says the account may be
    // there, and the server decides (it saves only for a signed-in viewer).
    if (!signedIn && !hasSessionHint(document.cookie)) return;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      startTransition(async () => {
        const { saved } = await actions.sync(next);
        setStatus(saved ? "Saved to your account and this device." : "Saved on this device.");
      });
    }, 400);
  }

  return (
    <form action={actions.save} className="space-y-5">
      <input type="hidden" name="returnTo" value={returnTo} />
      {preferenceNames.map((name) => (
        <fieldset key={name}>
          <legend className="font-semibold text-ink">{preferenceLegends[name]}</legend>
          <div className="mt-2 flex flex-wrap gap-2">
            {preferenceOptions[name].map((option) => {
              const id = `${idPrefix}-${name}-${option.value}`;
              return (
                <label
                  key={option.value}
                  htmlFor={id}
                  className="flex min-h-11 cursor-pointer items-center gap-2 rounded-md border border-line bg-paper px-3 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50"
                >
                  <input
                    id={id}
                    type="radio"
                    name={name}
                    value={option.value}
                    checked={preferences[name] === option.value}
                    onChange={() => update({ ...preferences, [name]: option.value })}
                    className="size-5 accent-brand-700"
                  />
                  <span>{option.label}</span>
                </label>
              );
            })}
          </div>
        </fieldset>
      ))}
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="submit"
          className="inline-flex min-h-11 cursor-pointer items-center rounded-md bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800"
        >
          Save preferences
        </button>
        <button
          type="button"
          onClick={() => update({ ...defaultPreferences })}
          className="inline-flex min-h-11 cursor-pointer items-center rounded-md px-4 font-semibold text-brand-800 ring-1 ring-brand-200 hover:bg-brand-50"
        >
          Reset to standard
        </button>
      </div>
      <p role="status" aria-live="polite" className="min-h-6 text-sm text-muted">
        {status}
      </p>
    </form>
  );
}

/**
 * Reading preferences: applied as data-* attributes on <html> (CSS in app/globals.css does the rest),
 * stored in a readable cookie so a tiny inline script can apply them before first paint without
 * making cached pages per-request, and saved to the account when signed in.
 */

import { SESSION_HINT_COOKIE } from "./session-hint";

export const preferenceOptions = {
  font: [
    { value: "default", label: "Standard" },
    { value: "legible", label: "Highly legible (Atkinson Hyperlegible)" },
    { value: "dyslexic", label: "Dyslexia-friendly (OpenDyslexic)" },
  ],
  size: [
    { value: "100", label: "Standard" },
    { value: "112", label: "Large" },
    { value: "125", label: "Larger" },
    { value: "150", label: "Largest" },
  ],
  spacing: [
    { value: "normal", label: "Standard" },
    { value: "wide", label: "Wide line and letter spacing" },
  ],
  width: [
    { value: "normal", label: "Standard" },
    { value: "narrow", label: "Short lines" },
  ],
  theme: [
    { value: "default", label: "Standard" },
    { value: "contrast", label: "High contrast" },
    { value: "dark", label: "Dark" },
    { value: "cream", label: "Cream (low glare)" },
  ],
} as const;

export type PreferenceName = keyof typeof preferenceOptions;
export type Preferences = { [K in PreferenceName]: (typeof preferenceOptions)[K][number]["value"] };

export const preferenceNames = Object.keys(preferenceOptions) as PreferenceName[];

export const preferenceLegends: Record<PreferenceName, string> = {
  font: "Font",
  size: "Text size",
  spacing: "Spacing",
  width: "Line length",
  theme: "Colours",
};

export const defaultPreferences: Preferences = {
  font: "default",
  size: "100",
  spacing: "normal",
  width: "normal",
  theme: "default",
};

export const PREFERENCES_COOKIE = "reading";

/** Keeps only known names and values; anything else falls back to the default. */
export function normalizePreferences(input: unknown): Preferences {
  const source = (input && typeof input === "object" ? input : {}) as Record<string, unknown>;
  const result = { ...defaultPreferences } as Record<PreferenceName, string>;
  for (const name of preferenceNames) {
    const value = source[name];
    if (preferenceOptions[name].some((o) => o.value === value)) result[name] = value as string;
  }
  return result as Preferences;
}

/** `font=legible&size=125`: only what differs from the defaults. */
export function serializePreferences(preferences: Preferences): string {
  const params = new URLSearchParams();
  for (const name of preferenceNames) {
    if (preferences[name] !== defaultPreferences[name]) params.set(name, preferences[name]);
  }
  return params.toString();
}

export function parsePreferences(cookieValue: string | undefined | null): Preferences {
  if (!cookieValue) return { ...defaultPreferences };
  try {
    return normalizePreferences(Object.fromEntries(new URLSearchParams(decodeURIComponent(cookieValue))));
  } catch {
    return { ...defaultPreferences };
  }
}

/** Applies preferences to the document (client side). */
export function applyPreferences(preferences: Preferences, root: HTMLElement): void {
  for (const name of preferenceNames) {
    if (preferences[name] === defaultPreferences[name]) root.removeAttribute(`data-${name}`);
    else root.setAttribute(`data-${name}`, preferences[name]);
  }
}

const allowed = Object.fromEntries(
  preferenceNames.map((name) => [name, preferenceOptions[name].map((o) => o.value).filter((v) => v !== defaultPreferences[name])]),
);

/**
 * Runs in <head> before the body paints: copies the cookie's known values onto <html>. Static, so
 * its hash can be allowed by the Content-Security-Policy.
 */
export const preferencesScript = `(function(){try{var d=document.documentElement,c=document.cookie;d.setAttribute("data-js","");if(/(?:^|; )${SESSION_HINT_COOKIE}=1(?:;|$)/.test(c))d.setAttribute("data-session","");var m=c.match(/(?:^|; )${PREFERENCES_COOKIE}=([^;]*)/);if(!m)return;var p=new URLSearchParams(decodeURIComponent(m[1])),a=${JSON.stringify(allowed)};for(var k in a){var v=p.get(k);if(v&&a[k].indexOf(v)>-1)d.setAttribute("data-"+k,v)}}catch(e){}})();`;

/** Applies preferences now and remembers them on this device (client side). */
export function rememberOnDevice(preferences: Preferences, doc: Document = document): void {
  applyPreferences(preferences, doc.documentElement);
  doc.cookie = `${PREFERENCES_COOKIE}=${encodeURIComponent(serializePreferences(preferences))}; path=/; max-age=31536000; samesite=lax`;
}

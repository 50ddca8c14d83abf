/**
 * A cookie that says only "this browser has signed in" (no name, no id; not trusted by the server
 * for anything). Cached public pages are the same for every visitor, so the header fills in the
 * account links in the browser: with this cookie present it asks /api/me who is signed in, and the
 * inline head script hides the signed-out links before first paint so they do not flash.
 */
export const SESSION_HINT_COOKIE = "signed_in";

/** True when the cookie string (document.cookie) carries the hint. */
export function hasSessionHint(cookie: string): boolean {
  return new RegExp(`(?:^|; )${SESSION_HINT_COOKIE}=1(?:;|$)`).test(cookie);
}

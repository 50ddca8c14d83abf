import "server-only";
import { cookies } from "next/headers";
import { env } from "./env";
import { PREFERENCES_COOKIE, serializePreferences, type Preferences } from "./preferences";
import { SESSION_HINT_COOKIE } from "./session-hint";

const ONE_YEAR = 365 * 24 * 60 * 60;

/** Call from a server action or route handler (where cookies may be set). */
export async function writePreferencesCookie(preferences: Preferences) {
  // Next encodes the value the way the browser side does (encodeURIComponent).
  (await cookies()).set(PREFERENCES_COOKIE, serializePreferences(preferences), {
    path: "/",
    maxAge: ONE_YEAR,
    sameSite: "lax",
    httpOnly: false, // read by the inline script that applies them before first paint
  });
}

/**
 * The session-hint cookie, set at sign-in and cleared at sign-out, in the
 * same response: a sign-in or sign-out done by a server action navigates without another request
 * through proxy.ts, which otherwise keeps the hint in step with the session cookie.
 */
export async function writeSessionHint(signedIn: boolean) {
  const jar = await cookies();
  if (signedIn) {
    jar.set(SESSION_HINT_COOKIE, "1", { path: "/", sameSite: "lax", httpOnly: false, secure: env.SITE_URL.startsWith("https://") });
  } else {
    jar.delete(SESSION_HINT_COOKIE);
  }
}

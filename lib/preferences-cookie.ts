import "server-only";
import { cookies } from "next/headers";
import { PREFERENCES_COOKIE, serializePreferences, type Preferences } from "./preferences";

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

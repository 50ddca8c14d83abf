"use server";

import { redirect } from "next/navigation";
import { saveAccountPreferences } from "@/db/queries/accounts";
import { formFields } from "@/lib/actions";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { getViewer } from "@/lib/auth/viewer";
import { normalizePreferences, preferenceNames } from "@/lib/preferences";
import { writePreferencesCookie } from "@/lib/preferences-cookie";

/** The preferences form without JavaScript: saves the cookie (and the account), then goes back. */
export async function savePreferencesForm(formData: FormData) {
  const fields = formFields(formData, [...preferenceNames, "returnTo"]);
  const preferences = normalizePreferences(fields);
  await writePreferencesCookie(preferences);
  const viewer = await getViewer();
  if (viewer) await saveAccountPreferences(viewer.id, preferences);
  redirect(safeCallbackUrl(fields.returnTo, "/preferences?saved=1"));
}

/**
 * With JavaScript the browser has already applied the change and written the cookie; this only
 * keeps a signed-in account's copy in step, so other devices get it at their next sign-in.
 */
export async function syncAccountPreferences(input: Record<string, string>): Promise<{ saved: boolean }> {
  const viewer = await getViewer();
  if (!viewer) return { saved: false };
  await saveAccountPreferences(viewer.id, normalizePreferences(input));
  return { saved: true };
}

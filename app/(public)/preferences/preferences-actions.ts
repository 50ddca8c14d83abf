import type { PreferencesActions } from "@/components/preferences/preferences-form";
import { savePreferencesForm, syncAccountPreferences } from "./actions";

/** The preferences form's server actions, as the pages and the header hand them to it. */
export const preferencesActions: PreferencesActions = { save: savePreferencesForm, sync: syncAccountPreferences };

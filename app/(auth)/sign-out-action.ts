"use server";

import { signOut } from "@/lib/auth/config";
import { writeSessionHint } from "@/lib/preferences-cookie";

/** Signs out; Auth.js's signOut event revokes the session, so a copy of its cookie is refused too. */
export async function signOutAction() {
  await writeSessionHint(false);
  await signOut({ redirectTo: "/" });
}

"use server";

import { revokeSession } from "@/db/queries/accounts";
import { auth, signOut } from "@/lib/auth/config";
import { writeSessionHint } from "@/lib/preferences-cookie";

/** Signs out and revokes this session, so a copy of its cookie is refused too. */
export async function signOutAction() {
  const session = await auth();
  if (session?.sid) {
    const expires = session.exp ? new Date(session.exp * 1000) : new Date(Date.now() + 31 * 24 * 60 * 60 * 1000);
    await revokeSession(session.sid, expires);
  }
  await writeSessionHint(false);
  await signOut({ redirectTo: "/" });
}

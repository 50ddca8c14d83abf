import "server-only";
import type { FormState } from "@/lib/actions";
import { getViewer, type SignedInViewer } from "@/lib/auth/viewer";
import { staffRefusal, type StaffNeed } from "./guard";

export type Authorised = { ok: true; viewer: SignedInViewer } | { ok: false; state: FormState & { status: "error" } };

/**
 * The first line of every dashboard server action: the caller, re-read from the database, if
 * they may do this; otherwise the error to return (never a thrown 500).
 */
export async function authorise(need: StaffNeed): Promise<Authorised> {
  const viewer = await getViewer();
  const refusal = staffRefusal(viewer, need);
  if (refusal || !viewer) return { ok: false, state: { status: "error", message: refusal ?? "Sign in again." } };
  return { ok: true, viewer };
}

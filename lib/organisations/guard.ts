import "server-only";
import { isOrganisationAdmin } from "@/db/queries/organisations";
import type { FormState } from "@/lib/actions";
import { getViewer, type SignedInViewer } from "@/lib/auth/viewer";

export type OrganisationAuthorised = { ok: true; viewer: SignedInViewer; organisationId: string } | { ok: false; state: FormState & { status: "error" } };

/**
 * The first line of every organisation admin's server action: the caller, re-read from the
 * database, must be signed in and an admin of the organisation named by the form, now.
 */
export async function authoriseOrganisationAdmin(organisationId: unknown): Promise<OrganisationAuthorised> {
  const viewer = await getViewer();
  if (!viewer) return { ok: false, state: { status: "error", message: "Your session has ended. Sign in again to continue." } };
  if (typeof organisationId !== "string" || !(await isOrganisationAdmin(viewer.id, organisationId))) {
    return { ok: false, state: { status: "error", message: "Only this organisation's admins can do this." } };
  }
  return { ok: true, viewer, organisationId };
}

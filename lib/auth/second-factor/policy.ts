import { isAdmin, type Viewer } from "@/lib/access";

/** Where an admin without a second factor is sent from the dashboard, to set one up. */
export const SECOND_FACTOR_REQUIRED_PATH = "/account/security?required=admin";

export const SECOND_FACTOR_REQUIRED_MESSAGE =
  "Administrators must set up a second factor (an authenticator app or a passkey) before using the dashboard.";

/**
 * Admins can change anyone's membership: a stolen password alone must open nothing of the
 * dashboard. True for an admin without an active second factor (an unknown answer counts as none).
 */
export function needsSecondFactor(viewer: Pick<Viewer, "role"> & { secondFactor?: boolean }): boolean {
  return isAdmin(viewer) && viewer.secondFactor !== true;
}

import { isAdmin, isStaff, type Viewer } from "@/lib/access";
import { needsSecondFactor, SECOND_FACTOR_REQUIRED_MESSAGE } from "@/lib/auth/second-factor/policy";

/** Who may call a dashboard action: any staff member (content), or admins only (members, tiers, audit). */
export type StaffNeed = "staff" | "admin";

/**
 * Why this viewer may not make a dashboard change, or null when they may. Every dashboard server
 * action and route handler asks this before touching anything (an admin without a second factor
 * is refused everything): the proxy and the pages are not
 * enough, because an action can be called directly.
 */
export function staffRefusal(
  viewer: (Pick<Viewer, "role" | "disabled"> & { secondFactor?: boolean }) | null,
  need: StaffNeed,
): string | null {
  if (!viewer || viewer.disabled) return "Your session has ended. Sign in again to make changes.";
  if (needsSecondFactor(viewer)) return `${SECOND_FACTOR_REQUIRED_MESSAGE} Set one up at /account/security.`;
  if (need === "admin" && !isAdmin(viewer)) return "Only administrators can do this.";
  if (!isStaff(viewer)) return "Only staff can do this.";
  return null;
}

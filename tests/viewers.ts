import type { Viewer } from "@/lib/access";

/** A signed-in member as lib/access sees them: free, with no organisation, unless `overrides` say. */
export const memberViewer = (overrides: Partial<Viewer> = {}): Viewer => ({
  id: "00000000-0000-0000-0000-000000000000",
  role: "member",
  tierSlug: "free",
  membershipExpiresAt: null,
  disabled: false,
  organisation: null,
  ...overrides,
});

import { isStaff } from "@/lib/access";
import { getViewer } from "@/lib/auth/viewer";
import { graceState } from "@/lib/billing/grace";

export const dynamic = "force-dynamic";

/**
 * Who is signed in, for the header's account menu on cached pages: the pages themselves are the
 * same for everyone, so the account links (and a grace-period notice) are filled in by the browser.
 * Names and dates only; nothing here grants anything.
 */
export async function GET() {
  const viewer = await getViewer();
  const grace = viewer ? await graceState(viewer) : null;
  return Response.json(viewer ? { name: viewer.name, staff: isStaff(viewer), ...(grace && { grace }) } : null, {
    headers: { "Cache-Control": "private, no-store" },
  });
}

import { isStaff } from "@/lib/access";
import { getViewer } from "@/lib/auth/viewer";

export const dynamic = "force-dynamic";

/**
 * Who is signed in, for the header's account menu on cached pages: the pages themselves are the
 * same for everyone, so the account links are filled in by the browser. Names only; nothing here
 * grants anything.
 */
export async function GET() {
  const viewer = await getViewer();
  return Response.json(viewer ? { name: viewer.name, staff: isStaff(viewer) } : null, {
    headers: { "Cache-Control": "private, no-store" },
  });
}

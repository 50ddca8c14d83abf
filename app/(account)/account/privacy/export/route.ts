import { getViewer } from "@/lib/auth/viewer";
import { exportFilename, exportPersonalData, personalDataResponse } from "@/lib/privacy/export";

export const dynamic = "force-dynamic";

/** Everything the portal holds about the signed-in person, as a JSON file. */
export async function GET() {
  const viewer = await getViewer();
  if (!viewer) return new Response("Sign in to download your data.", { status: 401, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const data = await exportPersonalData(viewer.id);
  if (!data) return new Response("No such account.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return personalDataResponse(data, exportFilename());
}

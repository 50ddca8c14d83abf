import { listCpdActivities } from "@/db/queries/events/cpd";
import { getViewer } from "@/lib/auth/viewer";
import { cpdCsv } from "@/lib/events/cpd";

export const dynamic = "force-dynamic";

export async function GET() {
  const viewer = await getViewer();
  if (!viewer) return new Response("Sign in to download your record.", { status: 401 });
  return new Response(cpdCsv(await listCpdActivities(viewer.id)), {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="cpd-record.csv"', "Cache-Control": "private, no-store" },
  });
}

import { getCpdGoal, listCpdActivities } from "@/db/queries/events/cpd";
import { getViewer } from "@/lib/auth/viewer";
import { renderCpdRecordPdf } from "@/lib/events/certificate-pdf";
import { sourceOf } from "@/lib/events/cpd";

export const dynamic = "force-dynamic";

export async function GET() {
  const viewer = await getViewer();
  if (!viewer) return new Response("Sign in to download your record.", { status: 401 });
  const [activities, goal] = await Promise.all([listCpdActivities(viewer.id), getCpdGoal(viewer.id)]);
  const pdf = await renderCpdRecordPdf({ name: viewer.name, goal, activities: activities.map((a) => ({ ...a, source: sourceOf(a) })) });
  return new Response(Buffer.from(pdf), {
    headers: { "Content-Type": "application/pdf", "Content-Disposition": 'attachment; filename="cpd-record.pdf"', "Cache-Control": "private, no-store" },
  });
}

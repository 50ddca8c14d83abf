import { z } from "zod";
import { db } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { staffRefusal } from "@/lib/admin/guard";
import { getViewer } from "@/lib/auth/viewer";
import { exportPersonalData, personalDataResponse } from "@/lib/privacy/export";

export const dynamic = "force-dynamic";

const text = (body: string, status: number) => new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/** A member's personal data export, for a request received by post (admins only, audited). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await getViewer();
  const refusal = staffRefusal(viewer, "admin");
  if (refusal || !viewer) return text(refusal ?? "Sign in again.", 403);
  const id = z.uuid().safeParse((await params).id);
  const data = id.success ? await exportPersonalData(id.data) : null;
  if (!id.success || !data) return text("No such member.", 404);
  await recordAudit(db, {
    actorId: viewer.id,
    action: "export-data",
    entityType: "account",
    entityId: id.data,
    summary: "Downloaded the member's personal data",
  });
  return personalDataResponse(data, `member-data-${id.data}-${data.generatedAt.slice(0, 10)}.json`);
}

import { pingDatabase } from "@/db/queries/health";

export const dynamic = "force-dynamic";

/** 200 `{ status: "ok" }` when the database answers, 503 otherwise. */
export async function GET() {
  const ok = await pingDatabase();
  return Response.json(
    ok ? { status: "ok" } : { status: "unavailable", reason: "database" },
    { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}

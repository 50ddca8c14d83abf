import { type NextRequest } from "next/server";
import { listMembersForExport } from "@/db/queries/members";
import { listTiers } from "@/db/queries/taxonomy";
import { staffRefusal } from "@/lib/admin/guard";
import { memberFiltersFrom } from "@/lib/admin/list-params";
import { membersToCsv } from "@/lib/members/csv";
import { getViewer } from "@/lib/auth/viewer";
import { toLondonDate } from "@/lib/dates";
import { attachmentDisposition } from "@/lib/http/content-disposition";

export const dynamic = "force-dynamic";

/** The member list, with the page's filters, as CSV (admins only). */
export async function GET(request: NextRequest) {
  const refusal = staffRefusal(await getViewer(), "admin");
  if (refusal) return new Response(refusal, { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const tiers = await listTiers();
  const filters = memberFiltersFrom(Object.fromEntries(request.nextUrl.searchParams), tiers.map((t) => t.slug));
  const rows = await listMembersForExport(filters);
  return new Response(`\uFEFF${membersToCsv(rows)}`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": attachmentDisposition(`members-${toLondonDate(new Date())}.csv`),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

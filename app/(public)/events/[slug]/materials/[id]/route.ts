import { type NextRequest } from "next/server";
import { streamFile } from "@/db/queries/files";
import { getFileMeta } from "@/db/queries/events/files";
import { listTiers } from "@/db/queries/taxonomy";
import { joinNames } from "@/lib/access";
import { viewEventMaterial } from "@/lib/events/material-access";
import { attachmentDisposition } from "@/lib/http/content-disposition";
import { htmlPage } from "@/lib/http/html-page";

export const dynamic = "force-dynamic";

/**
 * An event's slides, recording or handout, for those `lib/access` lets open it: the tiers it names,
 * and (when set) everyone booked on the event. Signed out: sign in first; others: a 403 page.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string; id: string }> }) {
  const { slug, id } = await params;
  const view = await viewEventMaterial(slug, id);
  if (!view) return htmlPage(404, "Material not found", ["There is no file to download at this address."], [{ href: "/events", label: "Browse events" }]);
  const { decision, material } = view;
  if (!decision.allowed) {
    if (decision.reason === "signed-out") {
      const login = new URL("/login", request.nextUrl);
      login.searchParams.set("callbackUrl", request.nextUrl.pathname);
      return Response.redirect(login, 303);
    }
    const tiers = await listTiers();
    const names = tiers.filter((t) => decision.requiredTiers.includes(t.slug)).map((t) => t.name);
    const who = [material.attendees ? "people booked on the event" : null, names.length ? `${joinNames(names)} members` : null].filter(Boolean).join(" and ");
    return htmlPage(403, "This material is not open to you", [`“${material.title}” of ${material.eventTitle} is for ${who || "staff"}.`], [
      { href: `/events/${slug}`, label: "Back to the event" },
      { href: "/membership", label: "See membership options" },
    ]);
  }
  const file = await getFileMeta(material.fileId);
  if (!file) return htmlPage(404, "Material not found", ["The file is no longer here."], [{ href: `/events/${slug}`, label: "Back to the event" }]);
  return new Response(streamFile(file.id), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(file.size),
      "Content-Disposition": attachmentDisposition(file.filename),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}

import { type NextRequest } from "next/server";
import { streamFile } from "@/db/queries/files";
import { refusedDownloadPage } from "@/lib/content/download-refusal";
import { viewResource } from "@/lib/content/resource-access";
import { attachmentDisposition } from "@/lib/http/content-disposition";
import { htmlPage } from "@/lib/http/html-page";

export const dynamic = "force-dynamic";

/**
 * The resource's attached file, streamed from the database, for those `lib/access` allows.
 * Signed out: sign in first. Signed in without the tier: a 403 page naming the tiers.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const view = await viewResource(slug, { withBody: false });
  const notFound = () =>
    htmlPage(404, "Download not found", ["There is no file to download at this address."], [
      { href: "/resources", label: "Browse resources" },
    ]);
  // `?format=large-print` or `?format=audio` serves that alternative version, under the same rule.
  const format = request.nextUrl.searchParams.get("format");
  const file = format ? view?.resource.alternatives.find((a) => a.kind === format) : view?.resource.file;
  if (!view || !file) return notFound();
  const { decision, viewer, resource } = view;
  if (!decision.allowed) {
    if (decision.reason === "signed-out") {
      const login = new URL("/login", request.nextUrl);
      login.searchParams.set("callbackUrl", `${request.nextUrl.pathname}${request.nextUrl.search}`);
      return Response.redirect(login, 303);
    }
    return refusedDownloadPage(resource, decision, viewer);
  }

  return new Response(streamFile(file.id), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(file.size),
      "Content-Disposition": attachmentDisposition(file.filename),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
      ETag: `"${file.sha256}"`,
    },
  });
}

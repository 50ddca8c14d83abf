import { type NextRequest } from "next/server";
import { streamFile } from "@/db/queries/files";
import { listTiers } from "@/db/queries/taxonomy";
import { displayTier, joinNames } from "@/lib/access";
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
  const view = await viewResource(slug);
  const notFound = () =>
    htmlPage(404, "Download not found", ["There is no file to download at this address."], [
      { href: "/resources", label: "Browse resources" },
    ]);
  const file = view?.resource.file;
  if (!view || !file) return notFound();
  const { decision, viewer, resource } = view;
  if (!decision.allowed) {
    if (decision.reason === "signed-out") {
      const login = new URL("/login", request.nextUrl);
      login.searchParams.set("callbackUrl", `/resources/${slug}/download`);
      return Response.redirect(login, 303);
    }
    const tiers = await listTiers();
    const names = tiers.filter((t) => decision.requiredTiers.includes(t.slug)).map((t) => t.name);
    const yours = viewer ? displayTier(viewer, tiers).name : "Free";
    return htmlPage(
      403,
      "Your membership does not include this download",
      [
        `“${resource.title}” is for ${names.length ? joinNames(names) : "staff"} members. Your membership: ${yours}.`,
        decision.reason === "membership-expired"
          ? "Your membership has expired. Renew it to download this file again."
          : "Upgrade your membership to download it.",
      ],
      [
        { href: "/membership", label: decision.reason === "membership-expired" ? "Renew your membership" : "See membership options" },
        { href: `/resources/${slug}`, label: "Back to the resource" },
      ],
    );
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

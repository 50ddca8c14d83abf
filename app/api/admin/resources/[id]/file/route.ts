import { type NextRequest } from "next/server";
import { readCappedBody } from "@/lib/http/capped-body";
import { z } from "zod";
import { attachResourceAlternative, attachResourceFile } from "@/db/queries/resources/files";
import { alternativeKindEnum } from "@/db/schema";
import { staffRefusal } from "@/lib/admin/guard";
import { getViewer } from "@/lib/auth/viewer";
import { revalidatePublicContent } from "@/lib/content/revalidate";
import { env, siteOrigin } from "@/lib/env";
import { formatBytes } from "@/lib/format";
import { isOwnOrigin } from "@/lib/security/origin";
import { checkFile, tooLargeMessage } from "@/lib/uploads/file-type";

export const dynamic = "force-dynamic";

const json = (status: number, body: Record<string, unknown>) =>
  Response.json(body, { status, headers: { "Cache-Control": "no-store" } });

/**
 * Attaches (or replaces) a resource's file. The browser sends the raw bytes so it can show upload
 * progress; the name travels in X-File-Name. Staff only, checked here (this path is outside the
 * proxy, so the body streams straight in, and the proxy is never the only check anyway). Size is
 * capped while reading; type is checked by name and by content.
 * `?format=large-print` or `?format=audio` sets that alternative version instead (audio takes
 * MP3, M4A or Ogg), the same way the download handler serves it.
 */
export async function PUT(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await getViewer();
  const refusal = staffRefusal(viewer, "staff");
  if (refusal || !viewer) return json(403, { error: refusal });
  // Cookies ride along on cross-site requests: accept only our own pages as the origin.
  const origin = request.headers.get("origin");
  if (!origin || !isOwnOrigin(origin, request.headers, siteOrigin())) return json(403, { error: "Upload from the dashboard." });

  const id = z.uuid().safeParse((await params).id);
  if (!id.success) return json(404, { error: "This resource does not exist." });
  const formatParam = new URL(request.url).searchParams.get("format");
  const format = z.enum(alternativeKindEnum.enumValues).nullable().safeParse(formatParam);
  if (!format.success) return json(400, { error: "Upload the file, its large-print version or its audio version." });
  const name = decodeName(request.headers.get("x-file-name"));
  if (!name) return json(400, { error: "The file has no name." });

  const max = env.MAX_UPLOAD_BYTES;
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > max) return json(413, { error: tooLargeMessage(declared, max) });
  const bytes = await readCappedBody(request, max);
  if (!bytes) return json(413, { error: tooLargeMessage(Math.max(declared, max + 1), max) });

  const check = checkFile(name, bytes, max, format.data === "audio" ? "audio" : "document");
  if (!check.ok) return json(415, { error: check.message });
  const file = { filename: check.filename, contentType: check.contentType, bytes, sizeText: formatBytes(bytes.byteLength) };
  const result = format.data
    ? await attachResourceAlternative(viewer.id, id.data, format.data, file)
    : await attachResourceFile(viewer.id, id.data, file);
  if (!result) return json(404, { error: "This resource has been deleted." });
  revalidatePublicContent({ resourceSlugs: [result.slug] });
  return json(200, { file: result.file });
}

function decodeName(header: string | null): string | null {
  if (!header) return null;
  try {
    return decodeURIComponent(header).slice(0, 500) || null;
  } catch {
    return null;
  }
}

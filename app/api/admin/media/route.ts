import { type NextRequest } from "next/server";
import { storeImage } from "@/db/queries/media";
import { staffRefusal } from "@/lib/admin/guard";
import { getViewer } from "@/lib/auth/viewer";
import { readCappedBody } from "@/lib/http/capped-body";
import { siteOrigin } from "@/lib/env";
import { isOwnOrigin } from "@/lib/security/origin";
import { checkImage, checkImageNameAndSize, IMAGE_MAX_BYTES } from "@/lib/uploads/image-type";
import { mediaPath } from "@/lib/uploads/media-path";

export const dynamic = "force-dynamic";

const json = (status: number, body: Record<string, unknown>) =>
  Response.json(body, { status, headers: { "Cache-Control": "no-store" } });

/**
 * Uploads an image for an article or resource (the editor's "Insert image" and the feature image).
 * The browser sends the raw bytes, the name in X-File-Name. Staff only, checked here as in every
 * dashboard handler; the type is decided by the bytes (lib/uploads/image-type). Answers the
 * image's public address.
 */
export async function POST(request: NextRequest) {
  const viewer = await getViewer();
  const refusal = staffRefusal(viewer, "staff");
  if (refusal || !viewer) return json(403, { error: refusal });
  // Cookies ride along on cross-site requests: only our own pages may upload (and browsers say which).
  const origin = request.headers.get("origin");
  if (!origin || !isOwnOrigin(origin, request.headers, siteOrigin())) return json(403, { error: "Upload from the dashboard." });

  let name = "image";
  try {
    name = decodeURIComponent(request.headers.get("x-file-name") ?? "").slice(0, 500) || name;
  } catch {
    // A name that is not valid percent-encoding: the image keeps a plain one.
  }
  const bytes = await readCappedBody(request, IMAGE_MAX_BYTES);
  if (!bytes) {
    const declared = Number(request.headers.get("content-length") ?? "0");
    const tooLarge = checkImageNameAndSize(name, Math.max(declared, IMAGE_MAX_BYTES + 1));
    return json(413, { error: tooLarge && !tooLarge.ok ? tooLarge.message : "This image is too large." });
  }
  const check = checkImage(name, bytes);
  if (!check.ok) return json(415, { error: check.message });
  const stored = await storeImage(viewer.id, { filename: check.filename, contentType: check.contentType, bytes });
  return json(stored.created ? 201 : 200, { path: mediaPath(stored.sha256, stored.filename) });
}


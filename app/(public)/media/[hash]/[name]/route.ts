import { streamFile } from "@/db/queries/files";
import { getImageFile } from "@/db/queries/media";
import { parseMediaPath } from "@/lib/uploads/media-path";

export const dynamic = "force-dynamic";

/**
 * An uploaded image. Public content, and its address names its bytes (their SHA-256), so what is
 * served here never changes: browsers, nginx and Next's image optimizer may keep it for a year.
 * Served only under the name it was stored with, so one image has one address.
 */
export async function GET(request: Request, { params }: { params: Promise<{ hash: string; name: string }> }) {
  const { hash, name } = await params;
  const parsed = parseMediaPath(`/media/${hash}/${name}`);
  const file = parsed ? await getImageFile(parsed.sha256) : null;
  if (!parsed || !file || file.filename !== parsed.filename) {
    return new Response("There is no image at this address.", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  const headers = {
    "Cache-Control": "public, max-age=31536000, immutable",
    ETag: `"${parsed.sha256}"`,
    "X-Content-Type-Options": "nosniff",
  };
  if (request.headers.get("if-none-match") === headers.ETag) return new Response(null, { status: 304, headers });
  return new Response(streamFile(file.fileId), {
    headers: {
      ...headers,
      "Content-Type": file.contentType,
      "Content-Length": String(file.size),
      "Content-Disposition": "inline",
    },
  });
}

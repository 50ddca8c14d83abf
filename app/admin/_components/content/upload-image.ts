import { checkImageNameAndSize } from "@/lib/uploads/image-type";

export type ImageUpload = { ok: true; path: string } | { ok: false; message: string };

/** Sends an image to the dashboard's upload handler; the server checks it again, by its bytes. */
export async function uploadImage(file: File): Promise<ImageUpload> {
  const quick = checkImageNameAndSize(file.name, file.size);
  if (quick && !quick.ok) return quick;
  try {
    const response = await fetch("/api/admin/media", {
      method: "POST",
      headers: { "X-File-Name": encodeURIComponent(file.name), "Content-Type": "application/octet-stream" },
      body: file,
    });
    const body = (await response.json().catch(() => ({}))) as { path?: string; error?: string };
    if (response.ok && body.path) return { ok: true, path: body.path };
    return { ok: false, message: body.error ?? "The image could not be uploaded. Try again." };
  } catch {
    return { ok: false, message: "The image could not be uploaded: check your connection and try again." };
  }
}

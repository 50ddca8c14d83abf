import type { AttachedFile } from "@/db/queries/resources/files";
import { formatBytes } from "@/lib/format";
import { checkFile, tooLargeMessage } from "./file-type";

export { FORM_FILE_MAX_BYTES } from "./limits";

export type FormFile = { ok: true; file: AttachedFile | null } | { ok: false; message: string };

/** The document chosen in a form's file field, checked as an upload is; null when none was chosen. */
export async function readFormFile(formData: FormData, name: string, max: number): Promise<FormFile> {
  const value = formData.get(name);
  // A file field left empty still sends a part, with no bytes (and, from a script, no name at all).
  if (!(value instanceof Blob) || value.size === 0) return { ok: true, file: null };
  const filename = "name" in value && typeof value.name === "string" ? value.name : "";
  if (value.size > max) return { ok: false, message: tooLargeMessage(value.size, max) };
  const bytes = new Uint8Array(await value.arrayBuffer());
  const check = checkFile(filename, bytes, max);
  if (!check.ok) return check;
  return { ok: true, file: { filename: check.filename, contentType: check.contentType, bytes, sizeText: formatBytes(bytes.byteLength) } };
}

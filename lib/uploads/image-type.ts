/**
 * What staff may upload as an image for an article or resource, decided by the file's first bytes,
 * not its name: a program renamed photo.png is not a picture. SVG is refused outright, since an SVG
 * can carry script. Pure: runs in the browser for a quick answer and on the server for the real check.
 */
import { formatBytes } from "@/lib/format";

/** Images are shown on public pages, so a few megabytes is plenty; the optimizer resizes them. */
export const IMAGE_MAX_BYTES = 8 * 1024 * 1024;

export const IMAGE_ACCEPT = "image/png,image/jpeg,image/webp,image/gif,.png,.jpg,.jpeg,.webp,.gif";
export const IMAGE_DESCRIPTION = "PNG, JPEG, WebP or GIF";

interface ImageKind {
  contentType: string;
  extension: string;
  matches: (bytes: Uint8Array) => boolean;
}

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0) => prefix.every((b, i) => bytes[at + i] === b);
const ascii = (text: string) => Array.from(text, (c) => c.charCodeAt(0));

const kinds: ImageKind[] = [
  { contentType: "image/png", extension: "png", matches: (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { contentType: "image/jpeg", extension: "jpg", matches: (b) => startsWith(b, [0xff, 0xd8, 0xff]) },
  { contentType: "image/gif", extension: "gif", matches: (b) => startsWith(b, ascii("GIF87a")) || startsWith(b, ascii("GIF89a")) },
  { contentType: "image/webp", extension: "webp", matches: (b) => startsWith(b, ascii("RIFF")) && startsWith(b, ascii("WEBP"), 8) },
];

/** The kind the bytes really are, whatever the file is called. */
export function imageKindOf(bytes: Uint8Array): ImageKind | undefined {
  return kinds.find((kind) => kind.matches(bytes));
}

/**
 * The name an image is served under: lower-case letters, digits and hyphens, with the extension of
 * what it really is ("Pupils Reading.PNG" holding a JPEG → "pupils-reading.jpg").
 */
export function mediaFilename(rawName: string, extension: string): string {
  const base = (rawName.split(/[\\/]/).pop() ?? "").replace(/\.[^.]*$/, "");
  const slug = base
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
  return `${slug || "image"}.${extension}`;
}

export type ImageCheck = { ok: true; filename: string; contentType: string } | { ok: false; message: string };

const looksLikeSvg = (name: string, bytes: Uint8Array) =>
  /\.svgz?$/i.test(name) || /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<svg[\s>]/i.test(new TextDecoder().decode(bytes.subarray(0, 512)));

/** The browser's quick check before uploading: size and a name that could be an image. */
export function checkImageNameAndSize(name: string, size: number): ImageCheck | null {
  if (size === 0) return { ok: false, message: `“${name}” is empty. Choose the image again.` };
  if (size > IMAGE_MAX_BYTES) {
    return {
      ok: false,
      message: `This image is ${formatBytes(size)}: the largest image you can upload is ${formatBytes(IMAGE_MAX_BYTES)}. Save it smaller (for example, 2000 pixels wide) and try again.`,
    };
  }
  if (/\.svgz?$/i.test(name)) return { ok: false, message: svgMessage(name) };
  return null;
}

const svgMessage = (name: string) =>
  `“${name}” is an SVG drawing, which can carry scripts, so it cannot be uploaded. Save it as a ${IMAGE_DESCRIPTION} image and upload that.`;

/** The full check, on the bytes: size, not SVG, and really one of the image kinds we serve. */
export function checkImage(rawName: string, bytes: Uint8Array): ImageCheck {
  const name = (rawName.split(/[\\/]/).pop() ?? "").replace(/[\u0000-\u001f\u007f]/g, "").trim().slice(-200) || "image";
  const quick = checkImageNameAndSize(name, bytes.byteLength);
  if (quick) return quick;
  if (looksLikeSvg(name, bytes)) return { ok: false, message: svgMessage(name) };
  const kind = imageKindOf(bytes);
  if (!kind) {
    return {
      ok: false,
      message: `“${name}” is not an image we can show: its contents are not ${IMAGE_DESCRIPTION}, whatever its name says. Save it as a ${IMAGE_DESCRIPTION} image and upload that.`,
    };
  }
  return { ok: true, filename: mediaFilename(name, kind.extension), contentType: kind.contentType };
}

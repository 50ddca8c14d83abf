/**
 * What staff may attach to a resource, checked twice: by the file's name and by its first bytes
 * (a renamed program does not become a PDF by being called report.pdf). Pure: runs in the browser
 * for a quick answer and on the server for the real check.
 */
import { formatBytes } from "@/lib/format";

type Signature = "pdf" | "png" | "jpeg" | "ole" | "ooxml-word" | "ooxml-ppt" | "ooxml-xl" | "mp3" | "mp4-audio" | "ogg";

/** What an upload is for: the resource's file (and its large-print version), or its audio version. */
export type UploadPurpose = "document" | "audio";

interface Kind {
  extensions: string[];
  contentType: string;
  label: string;
  signature: Signature;
}

const kinds: Kind[] = [
  { extensions: ["pdf"], contentType: "application/pdf", label: "PDF", signature: "pdf" },
  { extensions: ["doc"], contentType: "application/msword", label: "Word", signature: "ole" },
  {
    extensions: ["docx"],
    contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    label: "Word",
    signature: "ooxml-word",
  },
  { extensions: ["ppt"], contentType: "application/vnd.ms-powerpoint", label: "PowerPoint", signature: "ole" },
  {
    extensions: ["pptx"],
    contentType: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    label: "PowerPoint",
    signature: "ooxml-ppt",
  },
  { extensions: ["xls"], contentType: "application/vnd.ms-excel", label: "Excel", signature: "ole" },
  {
    extensions: ["xlsx"],
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    label: "Excel",
    signature: "ooxml-xl",
  },
  { extensions: ["png"], contentType: "image/png", label: "PNG image", signature: "png" },
  { extensions: ["jpg", "jpeg"], contentType: "image/jpeg", label: "JPEG image", signature: "jpeg" },
];

const audioKinds: Kind[] = [
  { extensions: ["mp3"], contentType: "audio/mpeg", label: "MP3 audio", signature: "mp3" },
  { extensions: ["m4a"], contentType: "audio/mp4", label: "M4A audio", signature: "mp4-audio" },
  { extensions: ["ogg", "oga"], contentType: "audio/ogg", label: "Ogg audio", signature: "ogg" },
];

const kindsFor = (purpose: UploadPurpose) => (purpose === "audio" ? audioKinds : kinds);

/** For `<input type="file" accept>`. */
export const acceptedExtensions = (purpose: UploadPurpose = "document") =>
  kindsFor(purpose).flatMap((k) => k.extensions.map((e) => `.${e}`)).join(",");
export const ACCEPTED_EXTENSIONS = acceptedExtensions("document");
export const ACCEPTED_DESCRIPTION = "PDF, Word, PowerPoint, Excel, PNG or JPEG";
export const ACCEPTED_AUDIO_DESCRIPTION = "MP3, M4A or Ogg";
export const acceptedDescription = (purpose: UploadPurpose = "document") =>
  purpose === "audio" ? ACCEPTED_AUDIO_DESCRIPTION : ACCEPTED_DESCRIPTION;

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);
const ascii = (text: string) => Array.from(text, (c) => c.charCodeAt(0));

function contains(bytes: Uint8Array, text: string): boolean {
  const needle = ascii(text);
  const first = needle[0]!;
  for (let i = bytes.indexOf(first); i !== -1 && i <= bytes.length - needle.length; i = bytes.indexOf(first, i + 1)) {
    if (needle.every((b, j) => bytes[i + j] === b)) return true;
  }
  return false;
}

function matches(signature: Signature, bytes: Uint8Array): boolean {
  switch (signature) {
    case "pdf":
      return startsWith(bytes, ascii("%PDF-"));
    case "png":
      return startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    case "jpeg":
      return startsWith(bytes, [0xff, 0xd8, 0xff]);
    case "ole":
      return startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    case "mp3":
      // An ID3 tag, or straight into an MPEG audio frame (11 sync bits, layer III).
      return startsWith(bytes, ascii("ID3")) || (bytes[0] === 0xff && ((bytes[1] ?? 0) & 0xe6) === 0xe2);
    case "mp4-audio":
      // An ISO media file: a box whose type is `ftyp`, at byte 4.
      return bytes.length >= 12 && startsWith(bytes.subarray(4), ascii("ftyp"));
    case "ogg":
      return startsWith(bytes, ascii("OggS"));
    default: {
      // Office Open XML: a zip holding [Content_Types].xml and the application's own folder.
      const folder = { "ooxml-word": "word/", "ooxml-ppt": "ppt/", "ooxml-xl": "xl/" }[signature];
      return startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) && contains(bytes, "[Content_Types].xml") && contains(bytes, folder);
    }
  }
}

/** The name without any folder, control characters or surrounding spaces, at most 200 characters. */
export function cleanFilename(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  return base.replace(/[\u0000-\u001f\u007f]/g, "").trim().slice(-200);
}

function kindByName(filename: string, purpose: UploadPurpose = "document"): Kind | undefined {
  const extension = /\.([a-z0-9]+)$/i.exec(filename)?.[1]?.toLowerCase();
  return kindsFor(purpose).find((k) => extension && k.extensions.includes(extension));
}

export function tooLargeMessage(size: number, max: number): string {
  return `This file is ${formatBytes(size)}: the largest file you can attach is ${formatBytes(max)}. Make it smaller (for example, compress its images) and try again.`;
}

export type NameCheck = { ok: true; label: string } | { ok: false; message: string };

/** The checks that need only the name and size (the browser runs these before uploading). */
export function checkNameAndSize(filename: string, size: number, max: number, purpose: UploadPurpose = "document"): NameCheck {
  const kind = kindByName(filename, purpose);
  if (!kind) return { ok: false, message: `“${filename}” is not a file you can attach here. Attach ${purpose === "audio" ? "an" : "a"} ${acceptedDescription(purpose)} file.` };
  if (size > max) return { ok: false, message: tooLargeMessage(size, max) };
  if (size === 0) return { ok: false, message: `“${filename}” is empty. Choose the file again.` };
  return { ok: true, label: kind.label };
}

export type FileCheck = { ok: true; filename: string; contentType: string; label: string } | { ok: false; message: string };

/** The full check: name, size, and that the bytes really are the kind the name says. */
export function checkFile(rawName: string, bytes: Uint8Array, max: number, purpose: UploadPurpose = "document"): FileCheck {
  const filename = cleanFilename(rawName);
  const named = checkNameAndSize(filename, bytes.byteLength, max, purpose);
  if (!named.ok) return named;
  const kind = kindByName(filename, purpose)!;
  if (!matches(kind.signature, bytes)) {
    return {
      ok: false,
      message: `“${filename}” is not really a ${kind.label} file: its contents do not match its name. Save it again as a ${kind.label} file and attach that.`,
    };
  }
  return { ok: true, filename, contentType: kind.contentType, label: kind.label };
}

/**
 * `attachment` with a filename every browser handles: an ASCII fallback with anything risky
 * replaced, plus the exact UTF-8 name (RFC 6266 / 5987). Never `inline`: an uploaded HTML or SVG
 * file must not render in our origin.
 */
export function attachmentDisposition(filename: string): string {
  const cleaned = filename.replace(/[\u0000-\u001f\u007f/\\]/g, "").trim() || "download";
  const ascii = cleaned.replace(/[^\x20-\x7e]/g, "_").replace(/["%;]/g, "_");
  const encoded = encodeURIComponent(cleaned).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

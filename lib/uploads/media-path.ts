/** Addresses of uploaded images: `/media/<sha256 of the bytes>/<filename>`, the same bytes forever. */

const pattern = /^\/media\/([0-9a-f]{64})\/([a-z0-9][a-z0-9-]*\.(?:png|jpg|gif|webp))$/;

export function mediaPath(sha256: string, filename: string): string {
  return `/media/${sha256}/${filename}`;
}

/** The hash and name of an uploaded image's address, or null for anything else. */
export function parseMediaPath(path: string): { sha256: string; filename: string } | null {
  const match = pattern.exec(path);
  return match ? { sha256: match[1]!, filename: match[2]! } : null;
}

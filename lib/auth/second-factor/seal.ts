import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { twoFactorKey } from "@/lib/env";

/**
 * Second-factor secrets are stored sealed (AES-256-GCM): a copy of the database alone cannot mint
 * codes. Format: `v1.<iv>.<tag>.<ciphertext>`, each base64url.
 */
const key = (secret: string) => createHash("sha256").update(secret).digest();

export function seal(plain: string, secret: string = twoFactorKey()): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(secret), iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return ["v1", iv, cipher.getAuthTag(), body].map((part) => (typeof part === "string" ? part : part.toString("base64url"))).join(".");
}

/** The sealed text, or null when it was sealed with another key or altered. */
export function unseal(sealed: string, secret: string = twoFactorKey()): string | null {
  const [version, iv, tag, body] = sealed.split(".");
  if (version !== "v1" || !iv || !tag || body === undefined) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key(secret), Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}

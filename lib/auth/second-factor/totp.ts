import { createHash, randomBytes } from "node:crypto";
import { generateSecret, generateURI, verifySync } from "otplib";
import QRCode from "qrcode";

/** Codes one step either side of now are accepted (a phone's clock a little off, a slow typist). */
const TOLERANCE_SECONDS = 30;

export function newTotpSecret(): string {
  return generateSecret();
}

/** The otpauth:// address an authenticator app reads from the QR code. */
export function totpUri(secret: string, accountEmail: string, issuer: string): string {
  return generateURI({ issuer, label: accountEmail, secret });
}

/** The QR code as an SVG data URL, drawn on the server (no script needed to enrol). */
export async function totpQrDataUrl(uri: string): Promise<string> {
  const svg = await QRCode.toString(uri, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
}

/** A six-digit code as typed (spaces allowed), or null when it is not one. */
export function asTotpCode(input: string): string | null {
  const digits = input.replace(/[\s-]/g, "");
  return /^\d{6}$/.test(digits) ? digits : null;
}

/**
 * The time step a right code belongs to, or null. Steps at or before `afterStep` (the last one used)
 * are refused, so a code cannot be used twice.
 */
export function checkTotp(secret: string, code: string, afterStep: number | null): number | null {
  const token = asTotpCode(code);
  if (!token) return null;
  const result = verifySync({
    secret,
    token,
    epochTolerance: TOLERANCE_SECONDS,
    ...(afterStep === null ? {} : { afterTimeStep: afterStep }),
  });
  return result.valid && "timeStep" in result ? result.timeStep : null;
}

// Recovery codes: ten of them, 10 characters from 31 letters and digits without look-alikes (about 49 bits).
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
export const RECOVERY_CODE_COUNT = 10;

export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = [...randomBytes(10)].map((byte) => ALPHABET[byte % ALPHABET.length]).join("");
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/** A recovery code as typed, normalised (case, spaces, dashes), or null when it cannot be one. */
export function asRecoveryCode(input: string): string | null {
  const plain = input.toLowerCase().replace(/[\s-]/g, "");
  return /^[a-z0-9]{10}$/.test(plain) ? plain : null;
}

/** Stored form: codes are random, so one SHA-256 is enough (no password-style stretching). */
export function hashRecoveryCode(code: string): string {
  return createHash("sha256").update(`recovery\0${asRecoveryCode(code) ?? code}`).digest("base64url");
}

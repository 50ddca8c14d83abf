import "server-only";
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { cookies } from "next/headers";
import { authSecret, env } from "@/lib/env";

/**
 * A browser that has signed in to an account before carries a device cookie for it (OWASP's
 * "device cookies"): a random id signed with the server's secret over the account's email. Failed
 * sign-ins from that browser count against the device only, so a stranger's wrong passwords, which
 * lock the account for unknown browsers, never lock its owner out of a browser they have used.
 */
export const DEVICE_COOKIE = "known_device";
const ONE_YEAR = 365 * 24 * 60 * 60;

const normalise = (email: string) => email.trim().toLowerCase();

function signature(email: string, id: string): string {
  return createHmac("sha256", authSecret()).update(`device\0${normalise(email)}\0${id}`).digest().subarray(0, 24).toString("base64url");
}

/** A new device cookie's value for this email. */
export function deviceToken(email: string): string {
  const id = randomBytes(16).toString("base64url");
  return `${id}.${signature(email, id)}`;
}

/** The device id when `token` was made for this email by this server; null otherwise. */
export function verifyDeviceToken(token: string | undefined, email: string): string | null {
  const [id, given, extra] = (token ?? "").split(".");
  if (!id || !given || extra !== undefined || !/^[\w-]{22}$/.test(id) || !/^[\w-]{32}$/.test(given)) return null;
  return timingSafeEqual(Buffer.from(given), Buffer.from(signature(email, id))) ? id : null;
}

/** The device id this request's cookie proves for `email`, or null (an unknown browser). */
export function knownDevice(headers: Headers, email: string): string | null {
  const cookie = headers.get("cookie") ?? "";
  const value = cookie.match(new RegExp(`(?:^|;\\s*)${DEVICE_COOKIE}=([^;]*)`))?.[1];
  return verifyDeviceToken(value, email);
}

/** Marks this browser as known for `email`. Call from a server action or route handler. */
export async function rememberDevice(email: string): Promise<void> {
  (await cookies()).set(DEVICE_COOKIE, deviceToken(email), {
    path: "/",
    maxAge: ONE_YEAR,
    sameSite: "lax",
    httpOnly: true,
    secure: env.SITE_URL.startsWith("https://"),
  });
}

import { createHmac, timingSafeEqual } from "node:crypto";
import { authSecret } from "@/lib/env";

/**
 * The token in a newsletter's unsubscribe link: the account id and a signature made with the
 * server's secret, so whoever holds the email can unsubscribe that one address without signing in,
 * and nobody can make a link for anyone else. It does not expire: an old newsletter's link must
 * still work (unsubscribing is harmless to repeat).
 */
function signature(accountId: string): string {
  return createHmac("sha256", authSecret()).update(`newsletter-unsubscribe\0${accountId}`).digest().subarray(0, 18).toString("base64url");
}

export function unsubscribeToken(accountId: string): string {
  return `${accountId}.${signature(accountId)}`;
}

/** The account a token was made for, or null when it is not one of ours. */
export function verifyUnsubscribeToken(token: unknown): string | null {
  if (typeof token !== "string") return null;
  const m = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.([A-Za-z0-9_-]{24})$/.exec(token);
  if (!m) return null;
  const given = Buffer.from(m[2]!, "base64url");
  const expected = Buffer.from(signature(m[1]!), "base64url");
  return given.length === expected.length && timingSafeEqual(given, expected) ? m[1]! : null;
}

import "server-only";
import { cookies } from "next/headers";
import type { Session } from "next-auth";
import { decode } from "next-auth/jwt";
import { authSecret } from "@/lib/env";

/** Auth.js's session cookie names (the secure one on https), each also the salt of its token. */
const SESSION_COOKIES = ["__Secure-authjs.session-token", "authjs.session-token"];

/** Whether a request carries an Auth.js session cookie (whole or chunked), valid or not. */
export function carriesSessionCookie(names: string[]): boolean {
  return names.some((name) => SESSION_COOKIES.some((cookie) => name === cookie || (name.startsWith(`${cookie}.`) && /^\d+$/.test(name.slice(cookie.length + 1)))));
}

/** What the viewer lookup needs from a session: Auth.js's Session has it, and so does readSession. */
export type SessionClaims = Pick<Session, "sid" | "sessionVersion" | "exp"> & { user?: { id?: string } };

/**
 * This request's session cookie, decrypted and verified (signature and expiry) with Auth.js's own
 * `decode`. Pages use this rather than `auth()`: `auth()` answers through Auth.js's session endpoint,
 * which also encrypts a refreshed cookie that a page cannot send, work wasted on every signed-in
 * request. proxy.ts still uses `auth()`, and refreshes the cookie, on /account and /admin; for
 * resource pages and downloads it reads the cookie this way too.
 */
export async function readSession(): Promise<SessionClaims | null> {
  return sessionFromCookies((await cookies()).getAll());
}

/** readSession for a request's cookies as a list (proxy.ts has them so, without next/headers). */
export async function sessionFromCookies(all: { name: string; value: string }[]): Promise<SessionClaims | null> {
  for (const name of SESSION_COOKIES) {
    const token = all.find((cookie) => cookie.name === name)?.value ?? joinChunks(all, name);
    if (!token) continue;
    return decodeSession(token, name);
  }
  return null;
}

/**
 * Tokens already decrypted in this process, with what they said. A cookie is sent unchanged with
 * every request of a visit, and decrypting it (key derivation, AES, HMAC) is most of a member's
 * resource page's own CPU. A token is a key here only once it has decrypted and verified; expiry
 * is checked on every use, and the account behind it is still read on every request, so
 * revocation and changes take effect as before. Bounded: the oldest entries go first.
 */
// Kept for speed, measured: about a third more gated-row throughput (bench/results/2026-11-28-run-3.md).
const decoded = new Map<string, SessionClaims>();
const DECODED_MAX = 5000;

async function decodeSession(token: string, salt: string): Promise<SessionClaims | null> {
  const key = `${salt}\0${token}`;
  const known = decoded.get(key);
  if (known) return known.exp! * 1000 > Date.now() ? known : null;
  const claims = await decode({ token, secret: authSecret(), salt }).catch(() => null);
  if (!claims?.sub) return null;
  const session: SessionClaims = { user: { id: claims.sub }, sid: claims.sid, sessionVersion: claims.sv, exp: claims.exp };
  if (typeof claims.exp !== "number") return session;
  if (decoded.size >= DECODED_MAX) decoded.delete(decoded.keys().next().value!);
  decoded.set(key, session);
  return session;
}

/** A large cookie is split by Auth.js into name.0, name.1, …: joined in order, or undefined. */
function joinChunks(all: { name: string; value: string }[], name: string): string | undefined {
  const chunks = all
    .map((cookie) => ({ index: Number(cookie.name.slice(name.length + 1)), value: cookie.value, name: cookie.name }))
    .filter((chunk) => chunk.name.startsWith(`${name}.`) && Number.isInteger(chunk.index))
    .sort((a, b) => a.index - b.index);
  return chunks.length ? chunks.map((chunk) => chunk.value).join("") : undefined;
}

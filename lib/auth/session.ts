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

/** What lib/auth/viewer.ts needs from a session: Auth.js's Session has it, and so does readSession. */
export type SessionClaims = Pick<Session, "sid" | "sessionVersion" | "exp"> & { user?: { id?: string } };

/**
 * This request's session cookie, decrypted and verified (signature and expiry) with Auth.js's own
 * `decode`. Pages use this rather than `auth()`: `auth()` answers through Auth.js's session endpoint,
 * which also encrypts a refreshed cookie that a page cannot send: about 3 ms of server CPU per
 * signed-in request (bench/README.md). proxy.ts still uses `auth()`, and refreshes the cookie, on
 * /account, /admin and downloads.
 */
export async function readSession(): Promise<SessionClaims | null> {
  const jar = await cookies();
  for (const name of SESSION_COOKIES) {
    const token = jar.get(name)?.value ?? joinChunks(jar.getAll(), name);
    if (!token) continue;
    const claims = await decode({ token, secret: authSecret(), salt: name }).catch(() => null);
    if (!claims?.sub) return null;
    return { user: { id: claims.sub }, sid: claims.sid, sessionVersion: claims.sv, exp: claims.exp };
  }
  return null;
}

/** A large cookie is split by Auth.js into name.0, name.1, …: joined in order, or undefined. */
function joinChunks(all: { name: string; value: string }[], name: string): string | undefined {
  const chunks = all
    .map((cookie) => ({ index: Number(cookie.name.slice(name.length + 1)), value: cookie.value, name: cookie.name }))
    .filter((chunk) => chunk.name.startsWith(`${name}.`) && Number.isInteger(chunk.index))
    .sort((a, b) => a.index - b.index);
  return chunks.length ? chunks.map((chunk) => chunk.value).join("") : undefined;
}

import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { authSecret, env, siteOrigin } from "@/lib/env";
import { getAccountPreferences, revokeSession } from "@/db/queries/accounts";
import { createAccountSession, deleteAccountSession, isCompleteSession } from "@/db/queries/account-sessions";
import { hasSecondFactor } from "@/db/queries/second-factor";
import { normalizePreferences } from "@/lib/preferences";
import { writePreferencesCookie, writeSessionHint } from "@/lib/preferences-cookie";
import { logger } from "@/lib/logger";
import { checkCredentials, type SignInClient } from "./credentials";
import { knownDevice, rememberDevice } from "./device";
import { sessionFromCookies } from "./session";
import { noticeSignIn } from "./sign-in-notice";

export class TooManyAttempts extends CredentialsSignin {
  code = "rate_limited";
}

export class EmailNotConfirmed extends CredentialsSignin {
  code = "unconfirmed";
}

export class TooBusy extends CredentialsSignin {
  code = "busy";
}

const credentialsSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1)
    .max(320)
    .regex(/^[^\u0000-\u001f\u007f]*$/),
  password: z.string().min(1).max(1024),
});

// Auth.js builds its URLs (redirects, its endpoints' addresses) from AUTH_URL, which it reads itself,
// else from the request's X-Forwarded-Host or Host. In production that is SITE_URL, never a header.
const origin = siteOrigin();
if (origin) process.env.AUTH_URL = origin;

export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: authSecret(),
  // Whose Host to believe: none in production (AUTH_URL above); development's own address otherwise.
  trustHost: true,
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/login", error: "/login" },
  // Into our JSON logs. A refused sign-in is routine (a wrong password, or an attack the rate limit
  // holds): one info line each, not the stack trace Auth.js prints by default for every attempt.
  logger: {
    error(error) {
      if (error instanceof CredentialsSignin || error.name === "CredentialsSignin") {
        logger.info({ event: "sign-in refused", code: (error as CredentialsSignin).code }, "sign-in refused");
      } else {
        logger.error({ err: error, event: "auth" }, error.message);
      }
    },
    warn(code) {
      logger.warn({ event: "auth", code }, "Auth.js warning");
    },
    debug() {},
  },
  providers: [
    Credentials({
      credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        const result = await checkCredentials(email, password, signInClient(request.headers, email));
        if (result.status === "rate-limited") throw new TooManyAttempts();
        if (result.status === "unconfirmed") throw new EmailNotConfirmed();
        if (result.status === "busy") throw new TooBusy();
        if (result.status !== "ok") return null;
        // The email and the client go no further than the jwt callback and the signIn event below
        // (the cookie keeps only ids). With a second factor the session waits for it (/login/verify).
        return {
          id: result.accountId,
          email,
          sessionVersion: result.sessionVersion,
          pendingSecondFactor: (await hasSecondFactor(result.accountId)) && !(await continuesWholeSession(request.headers, result.accountId)),
          userAgent: request.headers.get("user-agent") ?? "",
          address: clientAddress(request.headers),
        };
      },
    }),
  ],
  events: {
    // Reading preferences follow the account: whichever device signs in gets them.
    async signIn({ user }) {
      if (!user.id) return;
      // Once the sign-in is whole (after the second factor, if any: /login/verify does this then),
      // the browser is known to the account, and a new one is told to the owner.
      if (user.email && !user.pendingSecondFactor) {
        await rememberDevice(user.email);
        await noticeSignIn({ id: user.id, email: user.email }, { userAgent: user.userAgent ?? "", address: user.address ?? null });
      }
      await writeSessionHint(true);
      const saved = await getAccountPreferences(user.id);
      if (saved) await writePreferencesCookie(normalizePreferences(saved));
    },
    // Every way of signing out (our header's button, a POST to /api/auth/signout) ends the session
    // here, on the server: a copy of its cookie is refused from now on, not just this one cleared.
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      if (typeof token?.sid !== "string") return;
      const expires = typeof token.exp === "number" ? new Date(token.exp * 1000) : new Date(Date.now() + 31 * 24 * 60 * 60 * 1000);
      await revokeSession(token.sid, expires);
      await deleteAccountSession(token.sid);
    },
  },
  callbacks: {
    async jwt({ token, user }) {
      // Only the account id, its session version and this sign-in's id ride in the cookie;
      // everything else is re-read from the database on each request.
      if (user?.id) {
        token.sub = user.id;
        token.sv = user.sessionVersion ?? 1;
        token.sid = crypto.randomUUID();
        await createAccountSession({
          id: token.sid,
          accountId: user.id,
          pendingSecondFactor: user.pendingSecondFactor ?? false,
          sessionVersion: user.sessionVersion ?? 1,
          userAgent: user.userAgent ?? "",
          address: user.address ?? null,
        });
      }
      return { sub: token.sub, sv: token.sv, sid: token.sid, iat: token.iat, exp: token.exp };
    },
    session({ session, token }) {
      session.user = { ...session.user, id: token.sub ?? "" };
      session.sessionVersion = token.sv;
      session.sid = token.sid;
      session.exp = typeof token.exp === "number" ? token.exp : undefined;
      return session;
    },
  },
});

/**
 * Whether the request already carries a whole sign-in of this account (second factor given): a
 * password change signs the browser in again, and that session keeps what this one had proved.
 */
async function continuesWholeSession(headers: Headers, accountId: string): Promise<boolean> {
  const cookies = (headers.get("cookie") ?? "").split(/;\s*/).map((pair) => {
    const at = pair.indexOf("=");
    return { name: pair.slice(0, at), value: pair.slice(at + 1) };
  });
  const claims = await sessionFromCookies(cookies);
  if (claims?.user?.id !== accountId || typeof claims.sid !== "string" || !/^[0-9a-f-]{36}$/i.test(claims.sid)) return false;
  return isCompleteSession(claims.sid, accountId);
}

/**
 * The client's address as our reverse proxy reports it, or null when the app is not configured to
 * trust proxy headers. X-Real-IP (set by the proxy) first; else the LAST X-Forwarded-For hop, the
 * one our proxy appended: earlier hops are whatever the client chose to send.
 */
export function clientAddress(headers: Headers): string | null {
  if (!env.TRUST_PROXY_HEADERS) return null;
  const address = headers.get("x-real-ip") ?? headers.get("x-forwarded-for")?.split(",").at(-1);
  return address?.trim().slice(0, 64) || null;
}

/** Who is signing in as `email`, for the rate limits: the client address and the browser, if known. */
export function signInClient(headers: Headers, email: string): SignInClient {
  return { address: clientAddress(headers), device: knownDevice(headers, email) };
}

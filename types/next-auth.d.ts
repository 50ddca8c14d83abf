import "next-auth";

declare module "next-auth" {
  interface User {
    sessionVersion?: number;
    /** Password accepted; the account's second factor is still to come (/login/verify). */
    pendingSecondFactor?: boolean;
    userAgent?: string;
    address?: string | null;
  }
  interface Session {
    /** The account's session version when the cookie was issued (see lib/auth/viewer.ts). */
    sessionVersion?: number;
    /** This sign-in's id (stable while the cookie is refreshed) and expiry in seconds, so a sign-out can revoke it. */
    sid?: string;
    exp?: number;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    sv?: number;
    sid?: string;
  }
}

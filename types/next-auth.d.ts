import "next-auth";

declare module "next-auth" {
  interface User {
    sessionVersion?: number;
  }
  interface Session {
    /** The account's session version when the cookie was issued (see lib/auth/viewer.ts). */
    sessionVersion?: number;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    sv?: number;
  }
}

import "server-only";
import { getCredentialsByEmail } from "@/db/queries/accounts";
import { clearFailures, countRecentFailures, recordFailures } from "@/db/queries/sign-in-failures";
import { hashPassword, verifyPassword } from "./password";

export const MAX_FAILURES = 10;
export const FAILURE_WINDOW_MS = 15 * 60 * 1000;

export type CredentialsResult =
  | { status: "ok"; accountId: string; sessionVersion: number }
  | { status: "invalid" }
  | { status: "unconfirmed"; accountId: string }
  | { status: "rate-limited"; retryAfterMs: number };

/**
 * Who is trying: the client address (null unless proxy headers are trusted) and, when the browser
 * has signed in to this email before, its device id (lib/auth/device.ts).
 */
export interface SignInClient {
  address: string | null;
  device: string | null;
}

const emailKey = (email: string) => `email:${email.trim().toLowerCase()}`;
const addressKeys = (address: string | null) => (address ? [`ip:${address}`] : []);

/**
 * The limits that apply: a known browser answers only for its own failures (a stranger cannot lock
 * the owner out of it); an unknown one shares the account's limit and its address's.
 */
const limitKeys = (email: string, client: SignInClient) =>
  client.device ? [`device:${client.device}`] : [emailKey(email), ...addressKeys(client.address)];

/** Where a failure counts: the browser (known) or the account (unknown), and the address either way. */
const failureKeys = (email: string, client: SignInClient) =>
  [client.device ? `device:${client.device}` : emailKey(email), ...addressKeys(client.address)];

/** How long until this client may try this email again; 0 when it may try now. */
export async function lockoutRemaining(email: string, client: SignInClient): Promise<number> {
  const recent = await countRecentFailures(limitKeys(email, client), FAILURE_WINDOW_MS);
  const locked = recent.filter((r) => r.failures >= MAX_FAILURES);
  if (locked.length === 0) return 0;
  const until = Math.max(...locked.map((r) => r.oldest.getTime() + FAILURE_WINDOW_MS));
  return Math.max(until - Date.now(), 1000);
}

export async function recordSignInFailure(email: string, client: SignInClient): Promise<void> {
  await recordFailures(failureKeys(email, client));
}

/** After a password reset the owner has proved who they are: lift the account's lockout. */
export async function clearAccountLockout(email: string): Promise<void> {
  await clearFailures(emailKey(email));
}

// Verified against when no account matches, so a missing account takes as long as a wrong password.
let dummyHash: Promise<string> | undefined;

/**
 * Checks an email and password, rate limited per account, per browser and per client address in
 * the database (so the limits hold across app processes). Once limited, the password is not
 * checked at all.
 */
export async function checkCredentials(email: string, password: string, client: SignInClient): Promise<CredentialsResult> {
  const retryAfterMs = await lockoutRemaining(email, client);
  if (retryAfterMs > 0) return { status: "rate-limited", retryAfterMs };
  const account = await getCredentialsByEmail(email);
  dummyHash ??= hashPassword("not-a-real-password-just-for-timing");
  const valid = await verifyPassword(account?.passwordHash ?? (await dummyHash), password);
  if (!account || !valid || account.disabled) {
    await recordSignInFailure(email, client);
    return { status: "invalid" };
  }
  await clearFailures(limitKeys(email, client)[0]!);
  if (!account.emailVerifiedAt) return { status: "unconfirmed", accountId: account.id };
  return { status: "ok", accountId: account.id, sessionVersion: account.sessionVersion };
}

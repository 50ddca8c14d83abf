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

/** Rate-limit keys: the account's email always; the client address when it is known. */
const keysFor = (email: string, address: string | null) => [
  `email:${email.trim().toLowerCase()}`,
  ...(address ? [`ip:${address}`] : []),
];

/** How long until this email or address may try again; 0 when it may try now. */
export async function lockoutRemaining(email: string, address: string | null): Promise<number> {
  const recent = await countRecentFailures(keysFor(email, address), FAILURE_WINDOW_MS);
  const locked = recent.filter((r) => r.failures >= MAX_FAILURES);
  if (locked.length === 0) return 0;
  const until = Math.max(...locked.map((r) => r.oldest.getTime() + FAILURE_WINDOW_MS));
  return Math.max(until - Date.now(), 1000);
}

export async function recordSignInFailure(email: string, address: string | null): Promise<void> {
  await recordFailures(keysFor(email, address));
}

/** After a password reset the owner has proved who they are: lift the account's lockout. */
export async function clearAccountLockout(email: string): Promise<void> {
  await clearFailures(keysFor(email, null)[0]!);
}

// Verified against when no account matches, so a missing account takes as long as a wrong password.
let dummyHash: Promise<string> | undefined;

/**
 * Checks an email and password, rate limited per account and per client address in the database
 * (so the limit holds across app processes). Once limited, the password is not checked at all.
 */
export async function checkCredentials(
  email: string,
  password: string,
  address: string | null,
): Promise<CredentialsResult> {
  const retryAfterMs = await lockoutRemaining(email, address);
  if (retryAfterMs > 0) return { status: "rate-limited", retryAfterMs };

  const account = await getCredentialsByEmail(email);
  dummyHash ??= hashPassword("not-a-real-password-just-for-timing");
  const valid = await verifyPassword(account?.passwordHash ?? (await dummyHash), password);
  if (!account || !valid || account.disabled) {
    await recordFailures(keysFor(email, address));
    return { status: "invalid" };
  }
  await clearFailures(keysFor(email, address)[0]!);
  if (!account.emailVerifiedAt) return { status: "unconfirmed", accountId: account.id };
  return { status: "ok", accountId: account.id, sessionVersion: account.sessionVersion };
}

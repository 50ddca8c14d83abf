import "server-only";
import { getCredentialsByEmail } from "@/db/queries/accounts";
import { clearFailures, countRecentFailures, recordFailures } from "@/db/queries/sign-in-failures";
import { hashPassword, PasswordWorkBusy, verifyPassword } from "./password";

export const MAX_FAILURES = 10;
export const FAILURE_WINDOW_MS = 15 * 60 * 1000;
/** Password checks (argon2 runs) one client address may ask for in a minute. */
export const PASSWORD_CHECKS_PER_MINUTE = 60;
/** What a person is told when withinPasswordLimits says "busy". */
export const PASSWORD_BUSY_MESSAGE = "We are handling a lot of sign-ins right now. Please wait a minute and try again.";

export type CredentialsResult =
  | { status: "ok"; accountId: string; sessionVersion: number }
  | { status: "invalid" }
  | { status: "unconfirmed"; accountId: string }
  | { status: "rate-limited"; retryAfterMs: number }
  | { status: "busy" };

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

/**
 * Runs password hashing for a client within its address's share (counted in the database, so the
 * limit holds across app processes) and the process's queue (lib/auth/password.ts); "busy" when
 * either is full. Without a trusted address there is nothing to key on: the queue still holds.
 */
export async function withinPasswordLimits<T>(address: string | null, work: () => Promise<T>): Promise<T | "busy"> {
  if (address) {
    const key = `hash:${address}`;
    const [recent] = await countRecentFailures([key], 60_000);
    if ((recent?.failures ?? 0) >= PASSWORD_CHECKS_PER_MINUTE) return "busy";
    await recordFailures([key]);
  }
  try {
    return await work();
  } catch (error) {
    if (error instanceof PasswordWorkBusy) return "busy";
    throw error;
  }
}

// Verified against when no account matches, so a missing account takes as long as a wrong password.
let dummyHash: Promise<string> | undefined;
function standInHash(): Promise<string> {
  dummyHash ??= hashPassword("not-a-real-password-just-for-timing").catch((error: unknown) => {
    dummyHash = undefined; // a full queue must not poison it for good
    throw error;
  });
  return dummyHash;
}

/**
 * Checks an email and password, rate limited per account, per browser and per client address in
 * the database (so the limits hold across app processes). Once limited, the password is not
 * checked at all.
 */
export async function checkCredentials(email: string, password: string, client: SignInClient): Promise<CredentialsResult> {
  const retryAfterMs = await lockoutRemaining(email, client);
  if (retryAfterMs > 0) return { status: "rate-limited", retryAfterMs };
  const account = await getCredentialsByEmail(email);
  const valid = await withinPasswordLimits(client.address, async () =>
    verifyPassword(account?.passwordHash ?? (await standInHash()), password),
  );
  if (valid === "busy") return { status: "busy" };
  if (!account || !valid || account.disabled) {
    await recordSignInFailure(email, client);
    return { status: "invalid" };
  }
  await clearFailures(limitKeys(email, client)[0]!);
  if (!account.emailVerifiedAt) return { status: "unconfirmed", accountId: account.id };
  return { status: "ok", accountId: account.id, sessionVersion: account.sessionVersion };
}

/**
 * Wrong second-factor codes count in the same table, keyed by the account (and the client address).
 * Not by the browser, and a right password does not clear them: someone who has the password could
 * otherwise sign in again for a fresh allowance of guesses.
 */
const secondFactorKeys = (accountId: string, address: string | null) => [`second-factor:${accountId}`, ...addressKeys(address)];

/** How long until this account may try another code from this address; 0 when it may now. */
export async function secondFactorLockout(accountId: string, address: string | null): Promise<number> {
  const recent = await countRecentFailures(secondFactorKeys(accountId, address), FAILURE_WINDOW_MS);
  const locked = recent.filter((r) => r.failures >= MAX_FAILURES);
  if (locked.length === 0) return 0;
  const until = Math.max(...locked.map((r) => r.oldest.getTime() + FAILURE_WINDOW_MS));
  return Math.max(until - Date.now(), 1000);
}

export async function recordSecondFactorFailure(accountId: string, address: string | null): Promise<void> {
  await recordFailures(secondFactorKeys(accountId, address));
}

export async function clearSecondFactorFailures(accountId: string): Promise<void> {
  await clearFailures(`second-factor:${accountId}`);
}

import "server-only";
import {
  claimTotpStep,
  confirmTotpEnrolment,
  getTotpFactor,
  regenerateRecoveryCodes,
  startTotpEnrolment,
  spendRecoveryCode,
} from "@/db/queries/second-factor";
import { site } from "@/lib/site";
import { seal, unseal } from "./seal";
import { asRecoveryCode, asTotpCode, checkTotp, hashRecoveryCode, newRecoveryCodes, newTotpSecret, totpQrDataUrl, totpUri } from "./totp";

export interface TotpEnrolment {
  /** The key in base32, for typing into an app by hand. */
  secret: string;
  qrDataUrl: string;
}

/** A new key for the account's authenticator app, waiting for its first code. Null when one is already active. */
export async function beginTotpEnrolment(accountId: string): Promise<boolean> {
  return startTotpEnrolment(accountId, seal(newTotpSecret()));
}

/** The enrolment waiting for its first code (its QR code and key), or null. */
export async function pendingTotpEnrolment(accountId: string, email: string): Promise<TotpEnrolment | null> {
  const factor = await getTotpFactor(accountId);
  if (!factor || factor.confirmedAt) return null;
  const secret = unseal(factor.secretSealed);
  if (!secret) return null;
  return { secret, qrDataUrl: await totpQrDataUrl(totpUri(secret, email, site.name)) };
}

/**
 * Confirms the waiting enrolment with a first right code: the app is active from now on, and its
 * ten recovery codes are returned, to be shown once. Null when the code is not right.
 */
export async function confirmTotp(accountId: string, code: string): Promise<string[] | null> {
  const factor = await getTotpFactor(accountId);
  if (!factor || factor.confirmedAt) return null;
  const secret = unseal(factor.secretSealed);
  const step = secret ? checkTotp(secret, code, null) : null;
  if (step === null) return null;
  const codes = newRecoveryCodes();
  return (await confirmTotpEnrolment(accountId, step, codes.map(hashRecoveryCode))) ? codes : null;
}

/** New recovery codes, replacing the old; returned to be shown once. */
export async function renewRecoveryCodes(accountId: string): Promise<string[]> {
  const codes = newRecoveryCodes();
  await regenerateRecoveryCodes(accountId, codes.map(hashRecoveryCode));
  return codes;
}

/**
 * Checks a code given at sign-in: an authenticator code (each accepted once: its time step is
 * claimed) or a recovery code (each works once). Says which, or null.
 */
export async function checkSignInCode(accountId: string, input: string): Promise<"totp" | "recovery" | null> {
  if (asTotpCode(input)) {
    const factor = await getTotpFactor(accountId);
    if (!factor?.confirmedAt) return null;
    const secret = unseal(factor.secretSealed);
    const step = secret ? checkTotp(secret, input, factor.lastUsedStep ?? null) : null;
    return step !== null && (await claimTotpStep(accountId, step)) ? "totp" : null;
  }
  if (asRecoveryCode(input)) return (await spendRecoveryCode(accountId, hashRecoveryCode(input))) ? "recovery" : null;
  return null;
}

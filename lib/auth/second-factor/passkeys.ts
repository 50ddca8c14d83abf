import "server-only";
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  type RegistrationResponseJSON,
} from "@simplewebauthn/server";
import { setSessionChallenge, takeSessionChallenge } from "@/db/queries/account-sessions";
import { addPasskey, listPasskeyCredentials, markPasskeyUsed } from "@/db/queries/second-factor";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { site } from "@/lib/site";

/** The relying party is the site named by SITE_URL: its host name, and its origin for responses. */
function relyingParty() {
  const url = new URL(env.SITE_URL);
  return { rpName: site.name, rpID: url.hostname, origin: url.origin };
}

/** Options for the browser to make a passkey for this account; the challenge is kept with the session. */
export async function passkeyRegistrationOptions(account: { id: string; email: string; name: string }, sessionId: string): Promise<PublicKeyCredentialCreationOptionsJSON> {
  const { rpName, rpID } = relyingParty();
  const existing = await listPasskeyCredentials(account.id);
  const options = await generateRegistrationOptions({
    rpName,
    rpID,
    userName: account.email,
    userDisplayName: account.name,
    userID: new TextEncoder().encode(account.id),
    attestationType: "none",
    excludeCredentials: existing.map((key) => ({ id: key.id, transports: key.transports })),
    authenticatorSelection: { residentKey: "preferred", userVerification: "preferred" },
  });
  await setSessionChallenge(sessionId, account.id, options.challenge);
  return options;
}

/** Verifies the browser's new credential against the session's challenge and stores it. */
export async function registerPasskey(accountId: string, sessionId: string, response: RegistrationResponseJSON, name: string): Promise<boolean> {
  const challenge = await takeSessionChallenge(sessionId, accountId);
  if (!challenge) return false;
  const { rpID, origin } = relyingParty();
  try {
    const result = await verifyRegistrationResponse({ response, expectedChallenge: challenge, expectedOrigin: origin, expectedRPID: rpID, requireUserVerification: false });
    if (!result.verified) return false;
    const { credential } = result.registrationInfo;
    return addPasskey({
      accountId,
      id: credential.id,
      publicKey: credential.publicKey,
      counter: credential.counter,
      transports: credential.transports ?? [],
      name,
    });
  } catch (error) {
    logger.info({ err: error, event: "passkey registration refused" }, "passkey registration refused");
    return false;
  }
}

/** Options for signing in with one of the account's passkeys; null when it has none. */
export async function passkeySignInOptions(accountId: string, sessionId: string): Promise<PublicKeyCredentialRequestOptionsJSON | null> {
  const keys = await listPasskeyCredentials(accountId);
  if (keys.length === 0) return null;
  const options = await generateAuthenticationOptions({
    rpID: relyingParty().rpID,
    allowCredentials: keys.map((key) => ({ id: key.id, transports: key.transports })),
    userVerification: "preferred",
  });
  await setSessionChallenge(sessionId, accountId, options.challenge);
  return options;
}

/** Whether the browser's answer proves one of the account's passkeys, for the session's challenge. */
export async function checkPasskeySignIn(accountId: string, sessionId: string, response: AuthenticationResponseJSON): Promise<boolean> {
  const challenge = await takeSessionChallenge(sessionId, accountId);
  if (!challenge) return false;
  const key = (await listPasskeyCredentials(accountId)).find((k) => k.id === response.id);
  if (!key) return false;
  const { rpID, origin } = relyingParty();
  try {
    const result = await verifyAuthenticationResponse({
      response,
      expectedChallenge: challenge,
      expectedOrigin: origin,
      expectedRPID: rpID,
      credential: { id: key.id, publicKey: new Uint8Array(key.publicKey), counter: key.counter, transports: key.transports },
      requireUserVerification: false,
    });
    if (!result.verified) return false;
    await markPasskeyUsed(accountId, key.id, result.authenticationInfo.newCounter);
    return true;
  } catch (error) {
    logger.info({ err: error, event: "passkey sign-in refused" }, "passkey sign-in refused");
    return false;
  }
}

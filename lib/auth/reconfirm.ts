import "server-only";
import { headers } from "next/headers";
import { getPasswordHash } from "@/db/queries/accounts";
import { signInClient } from "./config";
import { lockoutRemaining, PASSWORD_BUSY_MESSAGE, recordSignInFailure, withinPasswordLimits } from "./credentials";
import { verifyPassword } from "./password";

/**
 * Re-asks a signed-in person's password before a change to how they sign in, rate limited like
 * sign-in (a borrowed session must not allow guessing). Null when right; otherwise what to say.
 */
export async function reconfirmPassword(account: { id: string; email: string }, password: string): Promise<string | null> {
  const client = signInClient(await headers(), account.email);
  const waitMs = await lockoutRemaining(account.email, client);
  if (waitMs > 0) {
    const minutes = Math.max(1, Math.ceil(waitMs / 60_000));
    return `Too many wrong passwords. Try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`;
  }
  const hash = await getPasswordHash(account.id);
  const right = await withinPasswordLimits(client.address, async () => Boolean(hash && (await verifyPassword(hash, password))));
  if (right === "busy") return PASSWORD_BUSY_MESSAGE;
  if (right) return null;
  await recordSignInFailure(account.email, client);
  return "Your password is not right.";
}

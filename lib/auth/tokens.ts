import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Executor } from "@/db";
import { saveToken } from "@/db/queries/tokens";

export const RESET_TOKEN_TTL_MS = 60 * 60 * 1000;
export const VERIFY_TOKEN_TTL_MS = 7 * 24 * 60 * 60 * 1000;
/** A set-your-password link for an account staff created (CSV import): a week, like confirmation. */
export const INVITE_TOKEN_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * A new single-use token for the account; only its hash is stored. Returns the token to email.
 * With `executor` a transaction, the token is stored as part of it.
 */
export async function issueToken(
  accountId: string,
  purpose: "reset-password" | "verify-email",
  ttlMs?: number,
  executor?: Executor,
): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  const ttl = ttlMs ?? (purpose === "reset-password" ? RESET_TOKEN_TTL_MS : VERIFY_TOKEN_TTL_MS);
  await saveToken(accountId, purpose, hashToken(token), new Date(Date.now() + ttl), executor);
  return token;
}

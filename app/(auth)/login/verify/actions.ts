"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formError, formFields, invalidForm, type FormState } from "@/lib/actions";
import { signedInHome } from "@/lib/admin/landing";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { clientAddress } from "@/lib/auth/config";
import { recordSecondFactorFailure, secondFactorLockout } from "@/lib/auth/credentials";
import { checkSignInCode } from "@/lib/auth/second-factor/codes";
import { checkPasskeySignIn, passkeySignInOptions } from "@/lib/auth/second-factor/passkeys";
import { finishPendingSignIn, getPendingSignIn, type PendingSignIn } from "@/lib/auth/pending-sign-in";

const expired = "Your sign-in has timed out. Sign in again with your email and password.";

const codeSchema = z.object({
  code: z.string().trim().min(1, "Enter the code from your authenticator app, or a recovery code.").max(40, "That is not a code we recognise."),
});

/** Too many wrong codes for this account (or from this address): the message to show, or null. */
async function lockedOut(pending: PendingSignIn): Promise<string | null> {
  const ms = await secondFactorLockout(pending.accountId, clientAddress(await headers()));
  if (ms <= 0) return null;
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  return `Too many wrong codes. Try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`;
}

function destination(pending: PendingSignIn, callbackUrl: string): string {
  return callbackUrl ? safeCallbackUrl(callbackUrl) : signedInHome(pending);
}

/** The second step of signing in with a code: an authenticator app's, or a recovery code. */
export async function verifyCodeAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formFields(formData, ["code", "callbackUrl"]);
  const pending = await getPendingSignIn();
  if (!pending) return formError(expired);
  const parsed = codeSchema.safeParse(values);
  if (!parsed.success) return invalidForm(parsed.error, {});
  const locked = await lockedOut(pending);
  if (locked) return formError(locked);
  const used = await checkSignInCode(pending.accountId, parsed.data.code);
  if (!used) {
    await recordSecondFactorFailure(pending.accountId, clientAddress(await headers()));
    return {
      status: "error",
      message: "Please correct the highlighted fields.",
      fieldErrors: { code: ["That code is not right, or has been used already. Check it and try again."] },
    };
  }
  if (!(await finishPendingSignIn(pending))) return formError(expired);
  redirect(destination(pending, values.callbackUrl ?? ""));
}

/** Options for the browser to sign in with a passkey (null: this account has none, or the sign-in timed out). */
export async function passkeyOptionsAction() {
  const pending = await getPendingSignIn();
  if (!pending) return null;
  return passkeySignInOptions(pending.accountId, pending.sessionId);
}

const passkeyResponse = z.object({ id: z.string().min(1).max(1024), rawId: z.string(), type: z.literal("public-key"), response: z.object({}).passthrough() }).passthrough();

/** The second step of signing in with a passkey: where to go next, or why not. */
export async function verifyPasskeyAction(response: unknown, callbackUrl: string): Promise<{ ok: true; next: string } | { ok: false; message: string }> {
  const pending = await getPendingSignIn();
  if (!pending) return { ok: false, message: expired };
  const locked = await lockedOut(pending);
  if (locked) return { ok: false, message: locked };
  const parsed = passkeyResponse.safeParse(response);
  const ok = parsed.success && (await checkPasskeySignIn(pending.accountId, pending.sessionId, parsed.data as never));
  if (!ok) {
    await recordSecondFactorFailure(pending.accountId, clientAddress(await headers()));
    return { ok: false, message: "That passkey did not work. Try again, or use a code." };
  }
  if (!(await finishPendingSignIn(pending))) return { ok: false, message: expired };
  return { ok: true, next: destination(pending, typeof callbackUrl === "string" ? callbackUrl : "") };
}

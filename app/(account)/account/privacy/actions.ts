"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getPasswordHash } from "@/db/queries/accounts";
import { consentPurposeEnum } from "@/db/schema";
import { isStaff } from "@/lib/access";
import { formError, formFields, type FormState } from "@/lib/actions";
import { signInClient } from "@/lib/auth/config";
import { lockoutRemaining, PASSWORD_BUSY_MESSAGE, recordSignInFailure, withinPasswordLimits } from "@/lib/auth/credentials";
import { verifyPassword } from "@/lib/auth/password";
import { getViewer } from "@/lib/auth/viewer";
import { withdrawConsent } from "@/lib/privacy/consents";
import { cancelErasure, requestErasure } from "@/lib/privacy/erasure";

const notSignedIn: FormState = { status: "error", message: "Your session has ended. Sign in again to make changes." };

const erasureSchema = z.object({ password: z.string().min(1, "Enter your password to confirm.").max(1024) });

/** Asks for the account to be erased after the grace period, confirmed by the account's password. */
export async function requestErasureAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const viewer = await getViewer();
  if (!viewer) return notSignedIn;
  if (isStaff(viewer)) return formError("Staff accounts cannot be erased from here: ask another administrator to remove your staff role first.");
  const parsed = erasureSchema.safeParse(formFields(formData, ["password"]));
  if (!parsed.success) return { status: "error", message: "Please correct the highlighted fields.", fieldErrors: { password: ["Enter your password to confirm."] } };
  // Rate limited like sign-in: a borrowed session must not allow guessing the password.
  const client = signInClient(await headers(), viewer.email);
  const waitMs = await lockoutRemaining(viewer.email, client);
  if (waitMs > 0) {
    const minutes = Math.max(1, Math.ceil(waitMs / 60_000));
    return formError(`Too many wrong passwords. Try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`);
  }
  const hash = await getPasswordHash(viewer.id);
  const ok = await withinPasswordLimits(client.address, async () => Boolean(hash && (await verifyPassword(hash, parsed.data.password))));
  if (ok === "busy") return formError(PASSWORD_BUSY_MESSAGE);
  if (!ok) {
    await recordSignInFailure(viewer.email, client);
    return { status: "error", message: "Please correct the highlighted fields.", fieldErrors: { password: ["That is not your password."] } };
  }
  await requestErasure({ accountId: viewer.id, source: "self", actorId: viewer.id });
  revalidatePath("/account", "layout");
  redirect("/account/privacy?erasure=requested");
}

/** Keeps the account: cancels its pending erasure. */
export async function cancelErasureAction(_prev: FormState, _formData: FormData): Promise<FormState> {
  const viewer = await getViewer();
  if (!viewer) return notSignedIn;
  const cancelled = await cancelErasure(viewer.id, viewer.id);
  if (!cancelled) return formError("There is no erasure waiting to be cancelled.");
  revalidatePath("/account", "layout");
  redirect("/account/privacy?erasure=cancelled");
}

/** Withdraws a consent (the history keeps the earlier answer). */
export async function withdrawConsentAction(purpose: unknown, _prev: FormState, _formData: FormData): Promise<FormState> {
  const viewer = await getViewer();
  if (!viewer) return notSignedIn;
  const parsed = z.enum(consentPurposeEnum.enumValues).safeParse(purpose);
  if (!parsed.success) return formError("Choose a consent to withdraw.");
  const withdrawn = await withdrawConsent(viewer.id, parsed.data);
  revalidatePath("/account/privacy");
  return withdrawn
    ? { status: "success", message: "Your consent has been withdrawn." }
    : formError("You had not given this consent, so there was nothing to withdraw.");
}

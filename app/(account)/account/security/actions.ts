"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { endAccountSession } from "@/db/queries/account-sessions";
import { getSecondFactorStatus, removePasskey, removeTotp } from "@/db/queries/second-factor";
import { formError, formFields, invalidForm, type FormState } from "@/lib/actions";
import { reconfirmPassword } from "@/lib/auth/reconfirm";
import { beginTotpEnrolment, confirmTotp, renewRecoveryCodes } from "@/lib/auth/second-factor/codes";
import { sendFactorChangeEmail } from "@/lib/auth/second-factor/emails";
import { passkeyRegistrationOptions, registerPasskey } from "@/lib/auth/second-factor/passkeys";
import { getViewer } from "@/lib/auth/viewer";

/** A form's state, with recovery codes to show once when the change made them. */
export type SecurityFormState = FormState & { codes?: string[] };

const PATH = "/account/security";
const notSignedIn: FormState = { status: "error", message: "Your session has ended. Sign in again to make changes." };
const passwordSchema = z.object({ password: z.string().min(1, "Enter your password.").max(1024) });
const codeSchema = z.object({ code: z.string().trim().min(1, "Enter the 6-digit code from your app.").max(20, "Enter the 6-digit code from your app.") });

/** Starts setting up an authenticator app: the page then shows its QR code. */
export async function startTotpAction(): Promise<FormState> {
  const viewer = await getViewer();
  if (!viewer) return notSignedIn;
  if (!(await beginTotpEnrolment(viewer.id))) return formError("An authenticator app is already set up. Remove it first to set up another.");
  revalidatePath(PATH);
  return { status: "success" };
}

/** The app's first code confirms the set-up; the recovery codes are shown once. */
export async function confirmTotpAction(_prev: SecurityFormState, formData: FormData): Promise<SecurityFormState> {
  const viewer = await getViewer();
  if (!viewer) return notSignedIn;
  const values = formFields(formData, ["code"]);
  const parsed = codeSchema.safeParse(values);
  if (!parsed.success) return invalidForm(parsed.error, {});
  const codes = await confirmTotp(viewer.id, parsed.data.code);
  if (!codes) {
    return { status: "error", message: "Please correct the highlighted fields.", fieldErrors: { code: ["That code is not right. Check your app shows this site, and enter its current code."] } };
  }
  await sendFactorChangeEmail(viewer.email, "added", "An authenticator app was added as a second factor");
  revalidatePath(PATH);
  return { status: "success", message: "Your authenticator app is set up. Save your recovery codes now: they are shown only this once.", codes };
}

export async function removeTotpAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const viewer = await getViewer();
  if (!viewer) return notSignedIn;
  const parsed = passwordSchema.safeParse(formFields(formData, ["password"]));
  if (!parsed.success) return invalidForm(parsed.error, {});
  const wrong = await reconfirmPassword(viewer, parsed.data.password);
  if (wrong) return { status: "error", message: "Please correct the highlighted fields.", fieldErrors: { password: [wrong] } };
  if (!(await removeTotp(viewer.id))) return formError("There is no authenticator app to remove.");
  await sendFactorChangeEmail(viewer.email, "removed", "Your authenticator app was removed from your second factors");
  revalidatePath(PATH);
  return { status: "success", message: "Your authenticator app has been removed." };
}

export async function regenerateRecoveryCodesAction(_prev: SecurityFormState, formData: FormData): Promise<SecurityFormState> {
  const viewer = await getViewer();
  if (!viewer) return notSignedIn;
  const parsed = passwordSchema.safeParse(formFields(formData, ["password"]));
  if (!parsed.success) return invalidForm(parsed.error, {});
  const wrong = await reconfirmPassword(viewer, parsed.data.password);
  if (wrong) return { status: "error", message: "Please correct the highlighted fields.", fieldErrors: { password: [wrong] } };
  if (!viewer.secondFactor) return formError("Set up a second factor first: recovery codes stand in for it.");
  const codes = await renewRecoveryCodes(viewer.id);
  await sendFactorChangeEmail(viewer.email, "renewed", "New recovery codes were made for your account, and the old ones no longer work");
  revalidatePath(PATH);
  return { status: "success", message: "Here are your new recovery codes. The old ones no longer work. Save these now: they are shown only this once.", codes };
}

/** Options for the browser to make a passkey (null: signed out). */
export async function passkeyRegistrationOptionsAction() {
  const viewer = await getViewer();
  if (!viewer) return null;
  return passkeyRegistrationOptions(viewer, viewer.sessionId);
}

const passkeyName = z.string().trim().min(1).max(60).catch("Passkey");
const registration = z.object({ id: z.string().min(1).max(1024), rawId: z.string(), type: z.literal("public-key"), response: z.object({}).passthrough() }).passthrough();

export async function registerPasskeyAction(response: unknown, name: unknown): Promise<{ ok: boolean; message: string; codes?: string[] }> {
  const viewer = await getViewer();
  if (!viewer) return { ok: false, message: notSignedIn.message! };
  const parsed = registration.safeParse(response);
  const label = passkeyName.parse(name);
  if (!parsed.success || !(await registerPasskey(viewer.id, viewer.sessionId, parsed.data as never, label))) {
    return { ok: false, message: "The passkey could not be added. Try again." };
  }
  await sendFactorChangeEmail(viewer.email, "added", `A passkey ("${label}") was added as a second factor`);
  // A first factor comes with recovery codes, as an authenticator app does.
  const codes = (await getSecondFactorStatus(viewer.id)).recoveryCodesLeft === 0 ? await renewRecoveryCodes(viewer.id) : undefined;
  revalidatePath(PATH);
  return { ok: true, message: `Your passkey "${label}" has been added.${codes ? " Save your recovery codes now: they are shown only this once." : ""}`, codes };
}

/** Removes one passkey (its id in the form): the answer names the id, so the right form shows an error. */
export async function removePasskeyAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const viewer = await getViewer();
  if (!viewer) return notSignedIn;
  const { id, password } = formFields(formData, ["id", "password"]);
  const parsed = passwordSchema.safeParse({ password });
  if (!parsed.success) return invalidForm(parsed.error, { id: id! });
  const wrong = await reconfirmPassword(viewer, parsed.data.password);
  if (wrong) return { status: "error", message: "Please correct the highlighted fields.", fieldErrors: { password: [wrong] }, values: { id: id! } };
  const name = id ? await removePasskey(viewer.id, id) : null;
  if (!name) return formError("That passkey has already been removed.");
  await sendFactorChangeEmail(viewer.email, "removed", `A passkey ("${name}") was removed from your second factors`);
  revalidatePath(PATH);
  return { status: "success", message: `The passkey "${name}" has been removed.` };
}

/** Signs out one of the account's other sessions (its id in the form): its cookie is refused from its next request. */
export async function endSessionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const viewer = await getViewer();
  if (!viewer) return notSignedIn;
  const { sessionId } = formFields(formData, ["sessionId"]);
  if (!sessionId || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(sessionId)) return formError("That session has already ended.");
  if (sessionId === viewer.sessionId) return formError("To sign out of this browser, use Sign out at the top of the page.");
  if (!(await endAccountSession(viewer.id, sessionId))) return formError("That session has already ended.");
  revalidatePath(PATH);
  return { status: "success", message: "That session has been signed out." };
}

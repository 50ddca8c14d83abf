"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getPasswordHash, setPassword, updateAccountName } from "@/db/queries/accounts";
import { formError, formFields, invalidForm, type FormState } from "@/lib/actions";
import { headers } from "next/headers";
import { signIn, signInClient } from "@/lib/auth/config";
import { lockoutRemaining, PASSWORD_BUSY_MESSAGE, recordSignInFailure, withinPasswordLimits } from "@/lib/auth/credentials";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { newPassword } from "@/lib/auth/password-policy";
import { getViewer } from "@/lib/auth/viewer";

const notSignedIn: FormState = { status: "error", message: "Your session has ended. Sign in again to make changes." };

const profileSchema = z.object({
  name: z.string().trim().min(1, "Enter your name.").max(120, "Your name must be at most 120 characters."),
});

export async function updateProfileAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const viewer = await getViewer();
  if (!viewer) return notSignedIn;
  const values = formFields(formData, ["name"]);
  const parsed = profileSchema.safeParse(values);
  if (!parsed.success) return invalidForm(parsed.error, values);
  await updateAccountName(viewer.id, parsed.data.name);
  revalidatePath("/account");
  return { status: "success", message: "Your name has been saved.", values: { name: parsed.data.name } };
}

const passwordSchema = z
  .object({ current: z.string().min(1, "Enter your current password.").max(1024), password: newPassword, confirm: z.string() })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "The two new passwords do not match." })
  .refine((v) => v.password !== v.current, { path: ["password"], message: "Choose a password different from your current one." });

/**
 * Changes the password after checking the current one. Every other session of the account is
 * signed out (its session version moves on); this browser is signed in again with the new one.
 */
export async function changePasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const viewer = await getViewer();
  if (!viewer) return notSignedIn;
  const values = formFields(formData, ["current", "password", "confirm"]);
  const parsed = passwordSchema.safeParse(values);
  if (!parsed.success) return invalidForm(parsed.error, {});
  // The current-password check is rate limited like sign-in: a borrowed session must not allow guessing.
  const client = signInClient(await headers(), viewer.email);
  const waitMs = await lockoutRemaining(viewer.email, client);
  if (waitMs > 0) {
    const minutes = Math.max(1, Math.ceil(waitMs / 60_000));
    return formError(`Too many wrong passwords. Try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`);
  }
  const hash = await getPasswordHash(viewer.id);
  const newHash = await withinPasswordLimits(client.address, async () =>
    hash && (await verifyPassword(hash, parsed.data.current)) ? hashPassword(parsed.data.password) : null,
  );
  if (newHash === "busy") return formError(PASSWORD_BUSY_MESSAGE);
  if (!newHash) {
    await recordSignInFailure(viewer.email, client);
    return { status: "error", message: "Please correct the highlighted fields.", fieldErrors: { current: ["Your current password is not right."] } };
  }
  await setPassword(viewer.id, newHash);
  try {
    await signIn("credentials", { email: viewer.email, password: parsed.data.password, redirect: false });
  } catch {
    return formError("Your password has been changed. Please sign in again with your new password.");
  }
  redirect("/account?password=changed");
}

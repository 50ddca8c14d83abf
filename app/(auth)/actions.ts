"use server";

import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { after } from "next/server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { db } from "@/db";
import { createAccount, getAccountByEmail, getAccountEmail, markEmailVerified, setPassword } from "@/db/queries/accounts";
import { hasSecondFactor } from "@/db/queries/second-factor";
import { consumeToken } from "@/db/queries/tokens";
import { formError, formFields, invalidForm, type FormState } from "@/lib/actions";
import { signedInHome } from "@/lib/admin/landing";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { needsSecondFactor, SECOND_FACTOR_REQUIRED_PATH } from "@/lib/auth/second-factor/policy";
import { clientAddress, signIn, signInClient } from "@/lib/auth/config";
import { clearAccountLockout, lockoutRemaining, PASSWORD_BUSY_MESSAGE, withinPasswordLimits } from "@/lib/auth/credentials";
import { rememberDevice } from "@/lib/auth/device";
import { hashPassword } from "@/lib/auth/password";
import { newPassword } from "@/lib/auth/password-policy";
import { sendConfirmation, sendPasswordReset } from "@/lib/auth/emails";
import { hashToken } from "@/lib/auth/tokens";
import { sendAccountEmail } from "@/lib/email";
import { env } from "@/lib/env";
import { site } from "@/lib/site";
import { grantNewsletterConsent } from "@/db/queries/newsletters/preferences";
import { NEWSLETTER_CONSENT_WORDING } from "@/lib/newsletters/consent-wording";

const email = z.string().trim().min(1, "Enter your email address.").max(320).email("Enter a valid email address, like name@school.org.uk.");

const signInSchema = z.object({ email, password: z.string().min(1, "Enter your password.").max(1024) });

export async function signInAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formFields(formData, ["email", "password", "callbackUrl"]);
  const parsed = signInSchema.safeParse(values);
  if (!parsed.success) return invalidForm(parsed.error, values);
  const account = await getAccountByEmail(parsed.data.email);
  const factor = account ? await hasSecondFactor(account.id) : false;
  // An admin without a second factor goes to set one up (the dashboard would send them there anyway).
  const home = account && needsSecondFactor({ role: account.role, secondFactor: factor }) ? SECOND_FACTOR_REQUIRED_PATH : signedInHome(account);
  const target = values.callbackUrl ? safeCallbackUrl(values.callbackUrl) : home;
  // Only reached when the password is right: an account with a second factor is asked for it next.
  const redirectTo = factor ? `/login/verify${values.callbackUrl ? `?callbackUrl=${encodeURIComponent(target)}` : ""}` : target;
  try {
    await signIn("credentials", { ...parsed.data, redirectTo });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error; // includes Next's redirect on success
    const code = (error as AuthError & { code?: string }).code;
    if (code === "rate_limited") {
      const ms = await lockoutRemaining(parsed.data.email, signInClient(await headers(), parsed.data.email));
      const minutes = Math.max(1, Math.ceil(ms / 60_000));
      return formError(
        `Too many attempts to sign in. Try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}, or reset your password.`,
        values,
      );
    }
    if (code === "busy") return formError(PASSWORD_BUSY_MESSAGE, values);
    if (code === "unconfirmed") {
      after(() => sendConfirmation(parsed.data.email));
      return formError(
        "Please confirm your email address first. We have sent you a new link: open it, then sign in.",
        values,
      );
    }
    return formError("The email or password is not right. Check them and try again.", values);
  }
  return { status: "success" };
}

const registerSchema = z.object({
  name: z.string().trim().min(1, "Enter your name.").max(120, "Your name must be at most 120 characters."),
  email,
  password: newPassword,
});

/**
 * Creates a free account. Whether or not the address was already registered, the visitor sees the
 * same answer (OWASP: no account enumeration); the owner of an existing account is told by email.
 */
export async function registerAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formFields(formData, ["name", "email", "password", "callbackUrl", "newsletter"]);
  const next = values.callbackUrl ? safeCallbackUrl(values.callbackUrl, "") : "";
  const parsed = registerSchema.safeParse(values);
  if (!parsed.success) return invalidForm(parsed.error, values);
  const { name, email: address, password } = parsed.data;

  const passwordHash = await withinPasswordLimits(clientAddress(await headers()), () => hashPassword(password));
  if (passwordHash === "busy") return formError(PASSWORD_BUSY_MESSAGE, values);
  const id = await createAccount({ email: address, name, passwordHash });
  // Only a new account's own tick counts: an existing account's choice is never changed from here.
  if (id && values.newsletter === "yes") await grantNewsletterConsent(id, NEWSLETTER_CONSENT_WORDING, "registration");
  // Emails go out after the response, so both paths answer alike and equally fast.
  after(async () => {
    if (id) return sendConfirmation(address, next || undefined);
    const existing = await getAccountByEmail(address);
    await sendAccountEmail(existing?.email ?? address, () => ({
      subject: `You already have a ${site.name} account`,
      text: `Hello,\n\nSomeone, probably you, tried to create a ${site.name} account with this email address, but you already have one.\n\nSign in: ${env.SITE_URL}/login\nForgotten your password? ${env.SITE_URL}/forgot-password\n\nIf this was not you, you can ignore this email.\n`,
    }));
  });
  redirect(`/register/check-email${next ? `?callbackUrl=${encodeURIComponent(next)}` : ""}`);
}

const forgotSchema = z.object({ email });

/** Always the same answer; a reset link goes only to an existing, enabled account. */
export async function forgotPasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formFields(formData, ["email"]);
  const parsed = forgotSchema.safeParse(values);
  if (!parsed.success) return invalidForm(parsed.error, values);
  // After the response: whether the account exists must not show in how long the answer takes.
  after(() => sendPasswordReset(parsed.data.email));
  return {
    status: "success",
    message: `If there is an account for ${parsed.data.email}, we have emailed it a link to reset the password. The link works for one hour.`,
  };
}

const resetSchema = z
  .object({ token: z.string().min(10).max(200), password: newPassword, confirm: z.string() })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "The two passwords do not match." });

export async function resetPasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formFields(formData, ["token", "password", "confirm"]);
  const parsed = resetSchema.safeParse(values);
  if (!parsed.success) {
    if (parsed.error.issues.some((i) => i.path[0] === "token")) return formError(expiredLink, {});
    return invalidForm(parsed.error, { token: values.token ?? "" });
  }
  const passwordHash = await withinPasswordLimits(clientAddress(await headers()), () => hashPassword(parsed.data.password));
  if (passwordHash === "busy") return formError(PASSWORD_BUSY_MESSAGE, { token: values.token ?? "" });
  const accountId = await db.transaction(async (tx) => {
    const id = await consumeToken(hashToken(parsed.data.token), "reset-password", tx);
    if (!id) return null;
    await setPassword(id, passwordHash, tx);
    await markEmailVerified(id, tx); // the link proved they own the address
    return id;
  });
  if (!accountId) return formError(expiredLink, {});
  const email = await getAccountEmail(accountId);
  if (email) {
    await clearAccountLockout(email);
    // The link proved who they are: this browser is theirs, and a stranger's guesses cannot lock it.
    await rememberDevice(email);
  }
  redirect("/login?reset=1");
}


const expiredLink = "This reset link has expired or has already been used. Ask for a new one below.";

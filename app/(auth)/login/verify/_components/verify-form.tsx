"use client";

import { startAuthentication } from "@simplewebauthn/browser";
import { useActionState, useState, useTransition } from "react";
import { Field } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState } from "@/lib/actions";
import { passkeyOptionsAction, verifyCodeAction, verifyPasskeyAction } from "../actions";

export function VerifyForm({ callbackUrl, hasPasskey }: { callbackUrl: string; hasPasskey: boolean }) {
  const [state, action] = useActionState(verifyCodeAction, initialFormState);
  const [passkeyMessage, setPasskeyMessage] = useState("");
  const [busy, startPasskey] = useTransition();

  function signInWithPasskey() {
    setPasskeyMessage("");
    startPasskey(async () => {
      const options = await passkeyOptionsAction();
      if (!options) return setPasskeyMessage("Your sign-in has timed out. Sign in again with your email and password.");
      try {
        const result = await verifyPasskeyAction(await startAuthentication({ optionsJSON: options }), callbackUrl);
        if (result.ok) return window.location.assign(result.next);
        setPasskeyMessage(result.message);
      } catch {
        setPasskeyMessage("The passkey was not used (cancelled, or this browser has none for this site). Try again, or use a code.");
      }
    });
  }

  return (
    <div className="space-y-6">
      {hasPasskey && (
        <div className="space-y-3">
          <button
            type="button"
            onClick={signInWithPasskey}
            disabled={busy}
            className="inline-flex min-h-11 w-full cursor-pointer items-center justify-center rounded-md bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800 disabled:cursor-wait disabled:opacity-70"
          >
            {busy ? "Waiting for your passkey…" : "Use a passkey"}
          </button>
          <div aria-live="polite" role="status">
            {passkeyMessage && <p className="rounded-md border-l-4 border-red-700 bg-red-50 p-4 font-medium text-red-900">{passkeyMessage}</p>}
          </div>
          <p className="text-center text-muted">or</p>
        </div>
      )}
      <form action={action} className="space-y-5" noValidate>
        <FormStatus state={state} />
        <input type="hidden" name="callbackUrl" value={callbackUrl} />
        <Field
          name="code"
          label="Code"
          hint="The 6-digit code from your authenticator app, or one of your recovery codes."
          autoComplete="one-time-code"
          inputMode="text"
          spellCheck={false}
          autoCapitalize="off"
          required
          errors={state.fieldErrors?.code}
        />
        <SubmitButton pendingText="Checking…">Continue</SubmitButton>
      </form>
    </div>
  );
}

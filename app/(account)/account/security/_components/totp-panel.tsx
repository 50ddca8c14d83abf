"use client";

import { useActionState } from "react";
import { Field } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState } from "@/lib/actions";
import { confirmTotpAction, removeTotpAction, startTotpAction, type SecurityFormState } from "../actions";
import { PasswordConfirm } from "./password-confirm";
import { RecoveryCodes } from "./recovery-codes";

/**
 * The authenticator app: set up (scan, then confirm a first code), or remove. Kept mounted across
 * the page's refresh, so the recovery codes a confirmation made stay on screen.
 */
export function TotpPanel({
  activeSince,
  enrolment,
}: {
  activeSince: string | null;
  enrolment: { secret: string; qrDataUrl: string } | null;
}) {
  const [confirmState, confirm] = useActionState(confirmTotpAction, initialFormState as SecurityFormState);
  const [startState, start] = useActionState(startTotpAction, initialFormState);
  const [removeState, remove] = useActionState(removeTotpAction, initialFormState);

  return (
    <div className="space-y-5">
      {removeState.status === "success" && <FormStatus state={removeState} />}
      {confirmState.codes && (
        <>
          <FormStatus state={confirmState} />
          <RecoveryCodes codes={confirmState.codes} />
        </>
      )}
      {activeSince ? (
        <>
          <p>
            <strong>On</strong> since {activeSince}. When you sign in, we ask for the code your app shows.
          </p>
          <form action={remove} className="space-y-4" noValidate>
            {removeState.status === "error" && <FormStatus state={removeState} />}
            <PasswordConfirm id="remove-totp-password" errors={removeState.fieldErrors?.password} />
            <SubmitButton pendingText="Removing…">Remove authenticator app</SubmitButton>
          </form>
        </>
      ) : enrolment ? (
        <div className="space-y-4">
          <ol className="list-decimal space-y-2 pl-6">
            <li>Open an authenticator app on your phone (for example Google Authenticator, Microsoft Authenticator or 1Password).</li>
            <li>Scan this QR code, or type in the key below.</li>
            <li>Enter the 6-digit code the app shows, to confirm.</li>
          </ol>
          {/* eslint-disable-next-line @next/next/no-img-element -- a data URL drawn on the server, nothing to optimise */}
          <img src={enrolment.qrDataUrl} alt="QR code to scan with your authenticator app" width={200} height={200} className="rounded-md border border-line bg-white p-2" />
          <p>
            Key: <code data-testid="totp-key" className="break-all rounded bg-wash px-2 py-1 font-mono">{enrolment.secret}</code>
          </p>
          <form action={confirm} className="space-y-4" noValidate>
            {!confirmState.codes && <FormStatus state={confirmState} />}
            <Field
              name="code"
              label="Code from the app"
              autoComplete="one-time-code"
              inputMode="numeric"
              required
              errors={confirmState.fieldErrors?.code}
            />
            <SubmitButton pendingText="Checking…">Confirm and turn on</SubmitButton>
          </form>
        </div>
      ) : (
        <form action={start} className="space-y-4">
          <FormStatus state={startState} />
          <p>Use an app on your phone to make a new code every 30 seconds. We will ask for one whenever you sign in.</p>
          <SubmitButton pendingText="Preparing…">Set up an authenticator app</SubmitButton>
        </form>
      )}
    </div>
  );
}

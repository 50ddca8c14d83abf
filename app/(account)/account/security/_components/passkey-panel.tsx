"use client";

import { startRegistration } from "@simplewebauthn/browser";
import { useActionState, useState, useTransition } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState, type FormState } from "@/lib/actions";
import { passkeyRegistrationOptionsAction, registerPasskeyAction, removePasskeyAction } from "../actions";
import { PasswordConfirm } from "./password-confirm";
import { RecoveryCodes } from "./recovery-codes";

export interface PasskeyRow {
  id: string;
  name: string;
  added: string;
  lastUsed: string | null;
}

/** Passkeys: add one (the browser makes it), list them, remove one. */
export function PasskeyPanel({ passkeys }: { passkeys: PasskeyRow[] }) {
  const [name, setName] = useState("");
  const [result, setResult] = useState<{ ok: boolean; message: string; codes?: string[] } | null>(null);
  const [busy, startAdding] = useTransition();
  // One state for every remove form: the passkey removed leaves the list, and the message must stay.
  const [removeState, remove] = useActionState(removePasskeyAction, initialFormState);

  function add() {
    setResult(null);
    startAdding(async () => {
      const options = await passkeyRegistrationOptionsAction();
      if (!options) return setResult({ ok: false, message: "Your session has ended. Sign in again to make changes." });
      try {
        const response = await startRegistration({ optionsJSON: options });
        setResult(await registerPasskeyAction(response, name || "Passkey"));
        setName("");
      } catch {
        setResult({ ok: false, message: "No passkey was made (cancelled, or this browser cannot make one). Try again." });
      }
    });
  }

  return (
    <div className="space-y-5">
      <div aria-live="polite" role="status">
        {result && (
          <p className={`rounded-md border-l-4 p-4 font-medium ${result.ok ? "border-emerald-700 bg-emerald-50 text-emerald-900" : "border-red-700 bg-red-50 text-red-900"}`}>
            {result.message}
          </p>
        )}
      </div>
      {result?.codes && <RecoveryCodes codes={result.codes} />}
      {removeState.status === "success" && <FormStatus state={removeState} />}
      {passkeys.length > 0 ? (
        <ul className="space-y-4" aria-label="Your passkeys">
          {passkeys.map((key) => (
            <li key={key.id} className="rounded-md border border-line p-4">
              <p className="font-semibold">{key.name}</p>
              <p className="text-sm text-muted">
                Added {key.added}
                {key.lastUsed ? `; last used ${key.lastUsed}` : "; not used yet"}
              </p>
              <RemovePasskey id={key.id} name={key.name} state={removeState} action={remove} />
            </li>
          ))}
        </ul>
      ) : (
        <p>You have no passkeys. A passkey lets you confirm it is you with your fingerprint, face, screen lock or a security key.</p>
      )}
      <div className="space-y-3">
        <label htmlFor="passkey-name" className="block font-semibold text-ink">
          Name for a new passkey
        </label>
        <input
          id="passkey-name"
          value={name}
          onChange={(event) => setName(event.target.value)}
          maxLength={60}
          placeholder="For example: work laptop"
          className="block min-h-11 w-full max-w-sm rounded-md border border-slate-500 bg-paper px-3 text-base text-ink"
        />
        <button
          type="button"
          onClick={add}
          disabled={busy}
          className="inline-flex min-h-11 cursor-pointer items-center justify-center rounded-md bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800 disabled:cursor-wait disabled:opacity-70"
        >
          {busy ? "Waiting for your browser…" : "Add a passkey"}
        </button>
      </div>
    </div>
  );
}

function RemovePasskey({ id, name, state, action }: { id: string; name: string; state: FormState; action: (data: FormData) => void }) {
  const mine = state.status === "error" && state.values?.id === id;
  return (
    <details className="mt-3" open={mine || undefined}>
      <summary className="cursor-pointer font-medium text-brand-700">Remove {name}</summary>
      <form action={action} className="mt-3 space-y-3" noValidate>
        {mine && <FormStatus state={state} />}
        <input type="hidden" name="id" value={id} />
        <PasswordConfirm id={`remove-passkey-${id}`} errors={mine ? state.fieldErrors?.password : undefined} />
        <SubmitButton pendingText="Removing…">Remove passkey</SubmitButton>
      </form>
    </details>
  );
}

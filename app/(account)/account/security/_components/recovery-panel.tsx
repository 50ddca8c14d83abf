"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState } from "@/lib/actions";
import { regenerateRecoveryCodesAction, type SecurityFormState } from "../actions";
import { PasswordConfirm } from "./password-confirm";
import { RecoveryCodes } from "./recovery-codes";

export function RecoveryPanel({ left }: { left: number }) {
  const [state, action] = useActionState(regenerateRecoveryCodesAction, initialFormState as SecurityFormState);
  return (
    <div className="space-y-4">
      {state.codes && <RecoveryCodes codes={state.codes} />}
      <p>
        {left === 0 ? "You have no unused recovery codes." : `You have ${left} unused recovery ${left === 1 ? "code" : "codes"}.`} Making new ones
        stops every old one working.
      </p>
      <form action={action} className="space-y-4" noValidate>
        <FormStatus state={state} />
        <PasswordConfirm id="recovery-password" errors={state.fieldErrors?.password} />
        <SubmitButton pendingText="Making codes…">Make new recovery codes</SubmitButton>
      </form>
    </div>
  );
}

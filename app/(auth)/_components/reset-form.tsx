"use client";

import { Link } from "@/components/ui/link";
import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { NewPasswordFields } from "@/components/forms/new-password-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState } from "@/lib/actions";
import { resetPasswordAction } from "../actions";

/** `first`: the account's first password (an imported account), so nothing is called "new". */
export function ResetForm({ token, first = false }: { token: string; first?: boolean }) {
  const [state, action] = useActionState(resetPasswordAction, initialFormState);
  return (
    <form action={action} className="space-y-5" noValidate>
      <FormStatus state={state} />
      {state.status === "error" && !state.fieldErrors && (
        <p>
          <Link href="/forgot-password">Ask for a new reset link</Link>
        </p>
      )}
      <input type="hidden" name="token" value={token} />
      <NewPasswordFields state={state} first={first} />
      <SubmitButton pendingText="Saving…">{first ? "Save password" : "Save new password"}</SubmitButton>
    </form>
  );
}

"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState } from "@/lib/actions";
import { cancelErasureAction } from "../actions";

export function CancelErasureForm() {
  const [state, action] = useActionState(cancelErasureAction, initialFormState);
  return (
    <form action={action} className="mt-3 space-y-3">
      <FormStatus state={state} />
      <SubmitButton pendingText="Cancelling…">Cancel the erasure</SubmitButton>
    </form>
  );
}

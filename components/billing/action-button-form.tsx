"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState, type FormState } from "@/lib/actions";

/** A one-button form for a billing action (pay, change plan, renewal, card), with its error shown above it. */
export function ActionButtonForm({
  action,
  label,
  pendingText,
}: {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  label: string;
  pendingText?: string;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-3">
      <FormAlert state={state} labels={{}} />
      <SubmitButton pendingText={pendingText}>{label}</SubmitButton>
    </form>
  );
}

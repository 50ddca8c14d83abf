"use client";

import { useActionState } from "react";
import { Field } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState } from "@/lib/actions";
import { updateProfileAction } from "../actions";

export function ProfileForm({ name }: { name: string }) {
  const [state, action] = useActionState(updateProfileAction, initialFormState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormStatus state={state} />
      <Field
        name="name"
        label="Full name"
        autoComplete="name"
        required
        defaultValue={state.values?.name ?? name}
        errors={state.fieldErrors?.name}
      />
      <SubmitButton pendingText="Saving…">Save name</SubmitButton>
    </form>
  );
}

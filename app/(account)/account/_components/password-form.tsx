"use client";

import { useActionState } from "react";
import { Field } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState } from "@/lib/actions";
import { passwordRules } from "@/lib/auth/password-rules";
import { changePasswordAction } from "../actions";

export function PasswordForm() {
  const [state, action] = useActionState(changePasswordAction, initialFormState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormStatus state={state} />
      <Field
        name="current"
        label="Current password"
        type="password"
        autoComplete="current-password"
        required
        errors={state.fieldErrors?.current}
      />
      <Field
        name="password"
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        hint={passwordRules}
        errors={state.fieldErrors?.password}
      />
      <Field
        name="confirm"
        label="Confirm new password"
        type="password"
        autoComplete="new-password"
        required
        errors={state.fieldErrors?.confirm}
      />
      <SubmitButton pendingText="Changing password…">Change password</SubmitButton>
    </form>
  );
}

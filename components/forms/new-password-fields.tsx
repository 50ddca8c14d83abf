import type { FormState } from "@/lib/actions";
import { passwordRules } from "@/lib/auth/password-rules";
import { Field } from "./field";

/** "New password" (with the rules) and "Confirm new password", as every password-setting form asks them. */
export function NewPasswordFields({ state }: { state: FormState }) {
  return (
    <>
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
    </>
  );
}

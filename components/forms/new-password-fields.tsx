import type { FormState } from "@/lib/actions";
import { passwordRules } from "@/lib/auth/password-rules";
import { Field } from "./field";

/**
 * "New password" (with the rules) and "Confirm new password", as every password-setting form asks
 * them; `first` drops "new" for an account choosing its first password.
 */
export function NewPasswordFields({ state, first = false }: { state: FormState; first?: boolean }) {
  return (
    <>
      <Field
        name="password"
        label={first ? "Password" : "New password"}
        type="password"
        autoComplete="new-password"
        required
        hint={passwordRules}
        errors={state.fieldErrors?.password}
      />
      <Field
        name="confirm"
        label={first ? "Confirm password" : "Confirm new password"}
        type="password"
        autoComplete="new-password"
        required
        errors={state.fieldErrors?.confirm}
      />
    </>
  );
}

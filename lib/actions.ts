import type { z } from "zod";

/** What every form's server action returns to `useActionState`. Passwords are never echoed. */
export interface FormState {
  status: "idle" | "error" | "success";
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  /** What the person typed, to refill the form after an error (never passwords). */
  values?: Record<string, string>;
}

export const initialFormState: FormState = { status: "idle" };

/** The form's fields as strings, for zod and for refilling the form. */
export function formFields(formData: unknown, names: readonly string[]): Record<string, string> {
  // A crafted request can call an action with anything, not just a form.
  const form = formData instanceof FormData ? formData : new FormData();
  return Object.fromEntries(names.map((n) => [n, typeof form.get(n) === "string" ? (form.get(n) as string) : ""]));
}

export function invalidForm(
  error: z.ZodError,
  values: Record<string, string>,
  message = "Please correct the highlighted fields.",
): FormState {
  const fieldErrors: Record<string, string[]> = {};
  // One message per field (the first rule broken), as the GOV.UK pattern asks: fix that, then the next.
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    fieldErrors[key] ??= [issue.message];
  }
  return { status: "error", message, fieldErrors, values: withoutSecrets(values) };
}

export function formError(message: string, values: Record<string, string> = {}): FormState {
  return { status: "error", message, values: withoutSecrets(values) };
}

function withoutSecrets(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter(([k]) => !/password/i.test(k)));
}

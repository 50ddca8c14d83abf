"use client";

import { useActionState } from "react";
import { Field } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { initialFormState } from "@/lib/actions";
import { requestErasureAction } from "../actions";

export function ErasureForm({ graceDays }: { graceDays: number }) {
  const [state, action, pending] = useActionState(requestErasureAction, initialFormState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormStatus state={state} />
      <Field
        name="password"
        label="Your password"
        hint={`To confirm it is you. Your account is erased ${graceDays} days later; until then you can sign in and cancel.`}
        type="password"
        autoComplete="current-password"
        required
        errors={state.fieldErrors?.password}
      />
      <button
        type="submit"
        disabled={pending}
        className="inline-flex min-h-11 cursor-pointer items-center justify-center rounded-md bg-red-700 px-5 font-semibold text-white hover:bg-red-800 disabled:cursor-wait disabled:opacity-70"
      >
        {pending ? "Sending your request…" : "Erase my account"}
      </button>
    </form>
  );
}

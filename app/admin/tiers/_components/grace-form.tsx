"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState } from "@/lib/actions";
import { inputClass } from "../../_components/admin-page";
import { describedBy, FieldError, FieldHint } from "../../_components/content/field-parts";
import { updateGracePeriodAction } from "../actions";

/** The grace period after a paid membership lapses or a renewal payment fails. */
export function GraceForm({ graceDays }: { graceDays: number }) {
  const [state, action] = useActionState(updateGracePeriodAction, initialFormState);
  const errors = state.fieldErrors ?? {};
  const hint = "Access continues this long, with a banner, after a membership ends or a renewal payment fails. 30 days is one month.";
  return (
    <form action={action} noValidate className="space-y-4">
      <FormAlert state={state} idPrefix="field-" labels={{ graceDays: "Grace period" }} />
      <div className="max-w-xs">
        <label htmlFor="field-graceDays" className="block font-semibold text-ink">
          Grace period (days)
        </label>
        <FieldHint name="graceDays">{hint}</FieldHint>
        <FieldError name="graceDays" errors={errors.graceDays} />
        <input
          id="field-graceDays"
          name="graceDays"
          type="number"
          min={0}
          max={365}
          defaultValue={state.values?.graceDays ?? String(graceDays)}
          aria-describedby={describedBy("graceDays", hint, errors.graceDays)}
          aria-invalid={errors.graceDays ? true : undefined}
          className={inputClass(Boolean(errors.graceDays))}
        />
      </div>
      <SubmitButton pendingText="Saving…">Save grace period</SubmitButton>
    </form>
  );
}

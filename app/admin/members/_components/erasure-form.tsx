"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { initialFormState } from "@/lib/actions";
import { buttonClass, inputClass } from "../../_components/admin-page";
import { describedBy, FieldError, FieldHint } from "../../_components/content/field-parts";
import { startErasureAction } from "../actions";

/** Staff start an erasure for a request received by post: now, or after the grace period. */
export function StaffErasureForm({ id, graceDays }: { id: string; graceDays: number }) {
  const [state, action, pending] = useActionState(startErasureAction, initialFormState);
  const errors = state.fieldErrors ?? {};
  const hint = "How the request reached us, for the audit log, like “Letter dated 1 December 2026”. No names or addresses: this note is kept.";
  return (
    <form action={action} noValidate className="space-y-4">
      <FormAlert state={state} idPrefix="erase-" labels={{ note: "How the request arrived", when: "When", confirm: "Confirm" }} />
      <input type="hidden" name="id" value={id} />
      <div>
        <label htmlFor="erase-note" className="block font-semibold text-ink">
          How the request arrived
        </label>
        <FieldHint name="erase-note">{hint}</FieldHint>
        <FieldError name="erase-note" errors={errors.note} />
        <input
          id="erase-note"
          name="note"
          maxLength={200}
          defaultValue={state.values?.note ?? ""}
          aria-describedby={describedBy("erase-note", hint, errors.note)}
          aria-invalid={errors.note ? true : undefined}
          className={inputClass(Boolean(errors.note))}
        />
      </div>
      <fieldset>
        <legend className="font-semibold text-ink">When</legend>
        <FieldError name="erase-when" errors={errors.when} />
        <div className="mt-2 space-y-2">
          <label className="flex min-h-11 items-center gap-3">
            <input type="radio" name="when" value="grace" defaultChecked={state.values?.when !== "now"} className="size-5" />
            In {graceDays} days, emailing them how to cancel
          </label>
          <label className="flex min-h-11 items-center gap-3">
            <input type="radio" name="when" value="now" defaultChecked={state.values?.when === "now"} className="size-5" />
            Now (the request asked for it)
          </label>
        </div>
      </fieldset>
      <div>
        <FieldError name="erase-confirm" errors={errors.confirm} />
        <label htmlFor="erase-confirm" className="flex min-h-11 items-center gap-3">
          <input id="erase-confirm" type="checkbox" name="confirm" className="size-5" aria-describedby={describedBy("erase-confirm", null, errors.confirm)} />
          I have checked that the request comes from the account holder. Erasure cannot be undone.
        </label>
      </div>
      <button type="submit" className={buttonClass.danger} disabled={pending}>
        {pending ? "Starting…" : "Erase this account"}
      </button>
    </form>
  );
}

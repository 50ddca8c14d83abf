"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState } from "@/lib/actions";
import { inputClass } from "../../_components/admin-page";
import { describedBy, FieldError, FieldHint } from "../../_components/content/field-parts";
import { saveSynonymGroupAction } from "../actions";

/** One group of the vocabulary, or a new one (no `id`): its terms, one per line. */
export function SynonymForm({ id, terms, label }: { id?: string; terms: string[]; label: string }) {
  const [state, action] = useActionState(saveSynonymGroupAction, initialFormState);
  const key = id ?? "new";
  const errors = state.fieldErrors?.terms;
  const hint = "One per line: the acronym first, then other spellings and the words in full.";
  return (
    <form action={action} noValidate className="space-y-3">
      <FormAlert state={state} idPrefix={`field-${key}-`} labels={{ terms: label }} />
      {id && <input type="hidden" name="id" value={id} />}
      <div>
        <label htmlFor={`field-${key}-terms`} className="block font-semibold text-ink">
          {label}
        </label>
        <FieldHint name={`${key}-terms`}>{hint}</FieldHint>
        <FieldError name={`${key}-terms`} errors={errors} />
        <textarea
          id={`field-${key}-terms`}
          name="terms"
          rows={Math.max(3, terms.length + 1)}
          defaultValue={state.values?.terms ?? terms.join("\n")}
          aria-describedby={describedBy(`${key}-terms`, hint, errors)}
          aria-invalid={errors ? true : undefined}
          className={`${inputClass(Boolean(errors))} py-2`}
        />
      </div>
      <SubmitButton pendingText="Saving…">{id ? "Save" : "Add group"}</SubmitButton>
    </form>
  );
}

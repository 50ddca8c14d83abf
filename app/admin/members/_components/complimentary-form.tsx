"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState } from "@/lib/actions";
import { inputClass } from "../../_components/admin-page";
import { describedBy, FieldError, FieldHint } from "../../_components/content/field-parts";
import { grantComplimentaryAction } from "../actions";

/** Grants a paid tier at no charge until a date; Stripe is not involved. */
export function ComplimentaryForm({ id, tiers }: { id: string; tiers: { slug: string; name: string }[] }) {
  const [state, action] = useActionState(grantComplimentaryAction, initialFormState);
  const errors = state.fieldErrors ?? {};
  const hint = "The last day it opens resources, like 31/07/2027.";
  return (
    <form action={action} noValidate className="space-y-4">
      <FormAlert state={state} idPrefix="comp-" labels={{ tierSlug: "Membership to grant", until: "Last day" }} />
      <input type="hidden" name="id" value={id} />
      <div>
        <label htmlFor="comp-tierSlug" className="block font-semibold text-ink">
          Membership to grant
        </label>
        <FieldError name="comp-tierSlug" errors={errors.tierSlug} />
        <select
          id="comp-tierSlug"
          name="tierSlug"
          defaultValue={state.values?.tierSlug ?? tiers[tiers.length - 1]?.slug}
          aria-describedby={describedBy("comp-tierSlug", null, errors.tierSlug)}
          className={inputClass(Boolean(errors.tierSlug))}
        >
          {tiers.map((t) => (
            <option key={t.slug} value={t.slug}>
              {t.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="comp-until" className="block font-semibold text-ink">
          Last day
        </label>
        <FieldHint name="comp-until">{hint}</FieldHint>
        <FieldError name="comp-until" errors={errors.until} />
        <input
          id="comp-until"
          name="until"
          defaultValue={state.values?.until ?? ""}
          aria-describedby={describedBy("comp-until", hint, errors.until)}
          aria-invalid={errors.until ? true : undefined}
          className={inputClass(Boolean(errors.until))}
        />
      </div>
      <SubmitButton pendingText="Granting…">Grant complimentary membership</SubmitButton>
    </form>
  );
}

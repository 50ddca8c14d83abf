"use client";

import { useActionState, type ReactNode } from "react";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState } from "@/lib/actions";
import type { TierSummary } from "@/db/queries/taxonomy";
import { inputClass } from "../../_components/admin-page";
import { FormAlert } from "@/components/forms/form-alert";
import { describedBy, FieldError, FieldHint } from "../../_components/content/field-parts";
import { updateTierAction } from "../actions";

/** One tier's public description. Field ids carry the tier's slug, as several forms share the page. */
export function TierForm({ tier }: { tier: TierSummary }) {
  const [state, action] = useActionState(updateTierAction, initialFormState);
  const v = { ...tier, benefits: tier.benefits.join("\n"), position: String(tier.position), ...state.values };
  const errors = state.fieldErrors ?? {};
  const field = (name: keyof typeof v & string, label: string, hint: string | null, input: (id: string, described?: string) => ReactNode) => {
    const key = `${tier.slug}-${name}`;
    return (
      <div>
        <label htmlFor={`field-${key}`} className="block font-semibold text-ink">
          {label}
        </label>
        <FieldHint name={key}>{hint}</FieldHint>
        <FieldError name={key} errors={errors[name]} />
        {input(`field-${key}`, describedBy(key, hint, errors[name]))}
      </div>
    );
  };
  return (
    <form action={action} noValidate className="space-y-4">
      <FormAlert state={state} idPrefix={`field-${tier.slug}-`} labels={{ name: "Name", priceText: "Price", position: "Order", description: "Description", benefits: "What it includes" }} />
      <input type="hidden" name="slug" value={tier.slug} />
      <div className="grid gap-4 sm:grid-cols-[2fr_2fr_1fr]">
        {field("name", "Name", "Used in badges and on the membership page.", (id, d) => (
          <input id={id} name="name" defaultValue={v.name} aria-describedby={d} aria-invalid={errors.name ? true : undefined} className={inputClass(Boolean(errors.name))} />
        ))}
        {field("priceText", "Price", "As shown, e.g. “£45 a year”.", (id, d) => (
          <input id={id} name="priceText" defaultValue={v.priceText} aria-describedby={d} aria-invalid={errors.priceText ? true : undefined} className={inputClass(Boolean(errors.priceText))} />
        ))}
        {field("position", "Order", "0 comes first.", (id, d) => (
          <input id={id} name="position" type="number" min={0} max={99} defaultValue={v.position} aria-describedby={d} aria-invalid={errors.position ? true : undefined} className={inputClass(Boolean(errors.position))} />
        ))}
      </div>
      {field("description", "Description", null, (id, d) => (
        <textarea id={id} name="description" rows={3} defaultValue={v.description} aria-describedby={d} aria-invalid={errors.description ? true : undefined} className={`${inputClass(Boolean(errors.description))} py-2`} />
      ))}
      {field("benefits", "What it includes", "One benefit per line, in the order shown.", (id, d) => (
        <textarea id={id} name="benefits" rows={4} defaultValue={v.benefits} aria-describedby={d} aria-invalid={errors.benefits ? true : undefined} className={`${inputClass(Boolean(errors.benefits))} py-2`} />
      ))}
      <SubmitButton pendingText="Saving…">Save {tier.name}</SubmitButton>
    </form>
  );
}

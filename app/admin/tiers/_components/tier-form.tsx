"use client";

import { useActionState, type ReactNode } from "react";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState } from "@/lib/actions";
import type { TierSummary } from "@/db/queries/taxonomy";
import { inputClass } from "../../_components/admin-page";
import { FormAlert } from "@/components/forms/form-alert";
import { describedBy, FieldError, FieldHint } from "../../_components/content/field-parts";
import { FREE_TIER } from "@/lib/access";
import { updateTierAction } from "../actions";

/** One tier's public description. Field ids carry the tier's slug, as several forms share the page. */
export function TierForm({ tier }: { tier: TierSummary }) {
  const [state, action] = useActionState(updateTierAction, initialFormState);
  const v = {
    ...tier,
    benefits: tier.benefits.join("\n"),
    position: String(tier.position),
    price: tier.annualPricePence ? (tier.annualPricePence / 100).toFixed(2).replace(/\.00$/, "") : "0",
    ...state.values,
  };
  const free = tier.slug === FREE_TIER;
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
      <FormAlert state={state} idPrefix={`field-${tier.slug}-`} labels={{ name: "Name", price: "Yearly price", vatTreatment: "VAT", position: "Order", description: "Description", benefits: "What it includes" }} />
      <input type="hidden" name="slug" value={tier.slug} />
      <div className="grid gap-4 sm:grid-cols-[2fr_2fr_1fr]">
        {field("name", "Name", "Used in badges and on the membership page.", (id, d) => (
          <input id={id} name="name" defaultValue={v.name} aria-describedby={d} aria-invalid={errors.name ? true : undefined} className={inputClass(Boolean(errors.name))} />
        ))}
        {free ? (
          <div>
            <p className="font-semibold text-ink">Yearly price</p>
            <p className="mt-3 text-muted">No charge: every registered account has this tier.</p>
            <input type="hidden" name="price" value="0" />
            <input type="hidden" name="vatTreatment" value={v.vatTreatment} />
          </div>
        ) : (
          field("price", "Yearly price (£)", "In pounds, e.g. 45 or 45.50; 0 for not sold online. New members pay the new price; members already paying keep theirs until their renewal, and their renewal reminder states the new one.", (id, d) => (
            <input id={id} name="price" inputMode="decimal" defaultValue={v.price} aria-describedby={d} aria-invalid={errors.price ? true : undefined} className={inputClass(Boolean(errors.price))} />
          ))
        )}
        {field("position", "Order", "0 comes first.", (id, d) => (
          <input id={id} name="position" type="number" min={0} max={99} defaultValue={v.position} aria-describedby={d} aria-invalid={errors.position ? true : undefined} className={inputClass(Boolean(errors.position))} />
        ))}
      </div>
      {!free && (
        <fieldset>
          <legend className="font-semibold text-ink">VAT</legend>
          <FieldError name={`${tier.slug}-vatTreatment`} errors={errors.vatTreatment} />
          <div className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
            {(
              [
                ["exempt", "Exempt (no VAT charged)"],
                ["standard", "Standard-rated (the price includes VAT at 20%)"],
              ] as const
            ).map(([value, label]) => (
              <label key={value} className="inline-flex min-h-11 items-center gap-2">
                <input type="radio" name="vatTreatment" value={value} defaultChecked={v.vatTreatment === value} className="size-5" />
                {label}
              </label>
            ))}
          </div>
        </fieldset>
      )}
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

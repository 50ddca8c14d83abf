"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { initialFormState, type FormState } from "@/lib/actions";
import { buttonClass, inputClass } from "../../_components/admin-page";
import { choiceClass, choiceInputClass, describedBy, FieldError } from "../../_components/content/field-parts";

/** Adds a ticket type: a price per audience and an optional tier restriction. */
export function TicketForm({ action, tiers }: { action: (prev: FormState, form: FormData) => Promise<FormState>; tiers: Array<{ slug: string; name: string }> }) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const e = state.fieldErrors ?? {};
  const labels: Record<string, string> = { name: "Ticket name", nonMember: "Non-member price", restrictTiers: "Only for", ...Object.fromEntries(tiers.map((t) => [`tier-${t.slug}`, `${t.name} price`])) };
  const input = (name: string, label: string, hint?: string) => (
    <div>
      <label htmlFor={`field-${name}`} className="block font-semibold text-ink">
        {label}
      </label>
      {hint && (
        <p id={`field-${name}-hint`} className="mt-1 text-sm text-muted">
          {hint}
        </p>
      )}
      <FieldError name={name} errors={e[name]} />
      <input id={`field-${name}`} name={name} defaultValue={state.values?.[name] ?? ""} aria-invalid={e[name]?.length ? true : undefined} aria-describedby={describedBy(name, hint, e[name])} className={inputClass(Boolean(e[name]?.length))} />
    </div>
  );
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormAlert state={state} labels={labels} />
      <div className="grid gap-4 sm:grid-cols-2">
        {input("name", "Ticket name")}
        {input("description", "Description (optional)")}
        {input("nonMember", "Non-member price", "In pounds; 0 for free; empty: not sold to non-members.")}
        {tiers.map((t) => input(`tier-${t.slug}`, `${t.name} price`, "Empty: they pay the non-member price."))}
      </div>
      <fieldset>
        <legend className="font-semibold">Only for (optional)</legend>
        <FieldError name="restrictTiers" errors={e.restrictTiers} />
        {tiers.map((t) => (
          <label key={t.slug} className={choiceClass}>
            <input type="checkbox" name="restrictTiers" value={t.slug} className={choiceInputClass} />
            {t.name} members
          </label>
        ))}
      </fieldset>
      <button type="submit" className={buttonClass.primary} disabled={pending}>
        {pending ? "Adding…" : "Add ticket"}
      </button>
    </form>
  );
}

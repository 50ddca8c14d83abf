"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState, type FormState } from "@/lib/actions";

export interface CompactField {
  name: string;
  label: string;
  type?: "text" | "email" | "number" | "date" | "textarea" | "select";
  hint?: string;
  defaultValue?: string;
  options?: ReadonlyArray<{ value: string; label: string }>;
  autoComplete?: string;
  required?: boolean;
  min?: number;
  max?: number;
}

const input = (invalid: boolean) =>
  `mt-1 block min-h-11 w-full rounded-md border bg-paper px-3 text-base text-ink ${invalid ? "border-red-700 ring-1 ring-red-700" : "border-slate-500"}`;

/**
 * A small form for one organisation action (invite, transfer, issue an invoice, edit): labelled
 * fields with their hints and errors tied to them, ids unique on the page by `idPrefix`. With
 * `confirm`, the first press only asks; a second, clearly labelled button does it.
 */
export function CompactForm({
  action,
  idPrefix,
  fields = [],
  hidden = {},
  submitLabel,
  pendingText,
  confirm,
  tone = "primary",
  layout = "stack",
}: {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  idPrefix: string;
  fields?: CompactField[];
  hidden?: Record<string, string>;
  submitLabel: string;
  pendingText?: string;
  confirm?: string;
  tone?: "primary" | "secondary" | "danger";
  layout?: "stack" | "inline";
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  // The confirmation is open for the form's current result; a new result (after submitting) closes it.
  const [askedAt, setAskedAt] = useState<FormState | null>(null);
  const asking = askedAt === state;
  const setAsking = (open: boolean) => setAskedAt(open ? state : null);
  const promptRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (asking) promptRef.current?.focus();
  }, [asking]);
  const errors = state.fieldErrors ?? {};
  const labels = Object.fromEntries(fields.map((f) => [f.name, f.label]));
  const secondary =
    "inline-flex min-h-11 cursor-pointer items-center justify-center rounded-md bg-paper px-5 font-semibold text-brand-800 ring-1 ring-brand-300 hover:bg-brand-50";
  const danger = "inline-flex min-h-11 cursor-pointer items-center justify-center rounded-md bg-red-700 px-5 font-semibold text-white hover:bg-red-800";
  return (
    <form action={formAction} noValidate className="space-y-3">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FormAlert state={state} labels={labels} idPrefix={`${idPrefix}-`} />
      <div className={layout === "inline" ? "flex flex-wrap items-end gap-3" : "space-y-3"}>
        {fields.map((f) => {
          const id = `${idPrefix}-${f.name}`;
          const fieldErrors = errors[f.name];
          const describedBy = [f.hint ? `${id}-hint` : null, fieldErrors?.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
          const common = {
            id,
            name: f.name,
            "aria-invalid": fieldErrors?.length ? true : undefined,
            "aria-describedby": describedBy,
            defaultValue: state.values?.[f.name] ?? f.defaultValue ?? "",
            className: input(Boolean(fieldErrors?.length)),
          };
          return (
            <div key={f.name} className={layout === "inline" ? "min-w-48 flex-1" : undefined}>
              <label htmlFor={id} className="block font-semibold text-ink">
                {f.label}
              </label>
              {f.hint && (
                <p id={`${id}-hint`} className="mt-1 text-sm text-muted">
                  {f.hint}
                </p>
              )}
              {fieldErrors?.length ? (
                <p id={`${id}-error`} className="mt-1 text-sm font-semibold text-red-700">
                  <span className="sr-only">Error: </span>
                  {fieldErrors.join(" ")}
                </p>
              ) : null}
              {f.type === "textarea" ? (
                <textarea {...common} rows={4} className={`${common.className} py-2`} />
              ) : f.type === "select" ? (
                <select {...common}>
                  {(f.options ?? []).map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
              ) : (
                <input {...common} type={f.type ?? "text"} autoComplete={f.autoComplete} required={f.required} min={f.min} max={f.max} />
              )}
            </div>
          );
        })}
        {confirm && !asking ? (
          <button type="button" className={tone === "danger" ? secondary.replace("text-brand-800", "text-red-800").replace("ring-brand-300", "ring-red-300") : secondary} onClick={() => setAsking(true)}>
            {submitLabel}
          </button>
        ) : confirm ? (
          <div ref={promptRef} tabIndex={-1} role="group" aria-label="Confirm" className="rounded-md border border-red-300 bg-red-50 p-4">
            <p className="text-red-900">{confirm}</p>
            <div className="mt-3 flex flex-wrap gap-3">
              <button type="submit" className={danger}>
                {`Yes, ${submitLabel.charAt(0).toLowerCase()}${submitLabel.slice(1)}`}
              </button>
              <button type="button" className={secondary} onClick={() => setAsking(false)}>
                Cancel
              </button>
            </div>
          </div>
        ) : tone === "secondary" ? (
          <button type="submit" className={secondary}>
            {submitLabel}
          </button>
        ) : (
          <SubmitButton pendingText={pendingText}>{submitLabel}</SubmitButton>
        )}
      </div>
    </form>
  );
}

import type { ReactNode } from "react";
import { inputClass } from "../admin-page";

/** Ids of a field's hint and error, for aria-describedby. */
export function describedBy(name: string, hint?: unknown, errors?: string[]): string | undefined {
  const ids = [hint ? `field-${name}-hint` : null, errors?.length ? `field-${name}-error` : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

export function FieldHint({ name, children }: { name: string; children?: ReactNode }) {
  if (!children) return null;
  return (
    <p id={`field-${name}-hint`} className="mt-1 text-sm text-muted">
      {children}
    </p>
  );
}

export function FieldError({ name, errors }: { name: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={`field-${name}-error`} className="mt-1 text-sm font-semibold text-red-700">
      <span className="sr-only">Error: </span>
      {errors.join(" ")}
    </p>
  );
}

/** A plain multi-line field (no markdown) with its label, hint and errors. */
export function TextAreaField({
  name,
  label,
  hint,
  defaultValue,
  maxLength,
  errors,
}: {
  name: string;
  label: string;
  hint: string;
  defaultValue: string;
  maxLength: number;
  errors?: string[];
}) {
  return (
    <div>
      <label htmlFor={`field-${name}`} className="block font-semibold text-ink">
        {label}
      </label>
      <FieldHint name={name}>{hint}</FieldHint>
      <FieldError name={name} errors={errors} />
      <textarea
        id={`field-${name}`}
        name={name}
        defaultValue={defaultValue}
        rows={3}
        maxLength={maxLength}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(name, hint, errors)}
        className={`${inputClass(Boolean(errors?.length))} py-2`}
      />
    </div>
  );
}

/** A fieldset with a legend, hint and errors, for radio and checkbox groups. */
export function FieldGroup({
  name,
  legend,
  hint,
  errors,
  children,
}: {
  name: string;
  legend: string;
  hint?: ReactNode;
  errors?: string[];
  children: ReactNode;
}) {
  return (
    <fieldset id={`field-${name}`} tabIndex={-1} aria-describedby={describedBy(name, hint, errors)}>
      <legend className="font-semibold text-ink">{legend}</legend>
      <FieldHint name={name}>{hint}</FieldHint>
      <FieldError name={name} errors={errors} />
      <div className="mt-2">{children}</div>
    </fieldset>
  );
}

/** A 44px-tall clickable row for a checkbox or radio and its label. */
export const choiceClass =
  "flex min-h-11 cursor-pointer items-center gap-3 rounded-md px-2 hover:bg-brand-50 has-[:checked]:font-semibold";
export const choiceInputClass = "size-5 shrink-0 accent-brand-700";

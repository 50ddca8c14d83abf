import type { InputHTMLAttributes, ReactNode } from "react";

/**
 * A labelled input with its hint and errors tied to it by aria-describedby, so a screen reader
 * reads them with the field.
 */
export function Field({
  name,
  label,
  hint,
  errors,
  ...input
}: {
  name: string;
  label: string;
  hint?: ReactNode;
  errors?: string[];
} & InputHTMLAttributes<HTMLInputElement>) {
  const id = `field-${name}`;
  const describedBy = [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div>
      <label htmlFor={id} className="block font-semibold text-ink">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-sm text-muted">
          {hint}
        </p>
      )}
      {errors && errors.length > 0 && (
        <p id={`${id}-error`} className="mt-1 text-sm font-semibold text-red-700">
          <span className="sr-only">Error: </span>
          {errors.join(" ")}
        </p>
      )}
      <input
        id={id}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy || undefined}
        className={`mt-1 block min-h-11 w-full rounded-md border bg-paper px-3 text-base text-ink ${
          errors?.length ? "border-red-700 ring-1 ring-red-700" : "border-slate-500"
        }`}
        {...input}
      />
    </div>
  );
}

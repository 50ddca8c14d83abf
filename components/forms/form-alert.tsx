"use client";

import { useEffect, useRef } from "react";
import type { FormState } from "@/lib/actions";

/**
 * A form's result, on the dashboard and the public forms alike. An error takes focus and lists each field's problem with a link to the field,
 * so keyboard and screen-reader users can reach it at once (the GOV.UK error summary pattern).
 */
export function FormAlert({
  state,
  labels = {},
  idPrefix = "field-",
}: {
  state: FormState;
  labels?: Record<string, string>;
  /** Field ids are `${idPrefix}${name}`. */
  idPrefix?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status === "error") ref.current?.focus();
  }, [state]);
  const fields = Object.entries(state.fieldErrors ?? {}).filter(([, errors]) => errors?.length);
  return (
    <div aria-live="polite" role="status">
      {state.message && (
        <div
          ref={ref}
          tabIndex={-1}
          data-testid={state.status === "error" ? "error-summary" : undefined}
          className={`rounded-md border-l-4 p-4 ${
            state.status === "error" ? "border-red-700 bg-red-50 text-red-900" : "border-emerald-700 bg-emerald-50 text-emerald-900"
          }`}
        >
          <p className="font-semibold">{state.message}</p>
          {fields.length > 0 && (
            <ul className="mt-2 list-disc space-y-1 pl-6">
              {fields.map(([name, errors]) => (
                <li key={name}>
                  <a href={`#${idPrefix}${name}`} className="text-red-900">
                    {labels[name] ? `${labels[name]}: ` : ""}
                    {errors!.join(" ")}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}

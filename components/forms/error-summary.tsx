"use client";

import { useEffect, useRef } from "react";
import type { FormState } from "@/lib/actions";

/**
 * A form's result, as the dashboard forms show it: an error takes focus and lists each field in
 * error, one message each, linked to the field (the GOV.UK error summary). Fields are `field-<name>`.
 */
export function ErrorSummary({ state, labels }: { state: FormState; labels: Record<string, string> }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status === "error") ref.current?.focus();
  }, [state]);
  const fields = Object.entries(state.fieldErrors ?? {}).filter(([, errors]) => errors?.length);
  const error = state.status === "error";
  return (
    <div aria-live="polite" role="status">
      {state.message && (
        <div
          ref={ref}
          tabIndex={-1}
          data-testid={error ? "error-summary" : undefined}
          className={`rounded-md border-l-4 p-4 ${error ? "border-red-700 bg-red-50 text-red-900" : "border-emerald-700 bg-emerald-50 text-emerald-900"}`}
        >
          <p className="font-medium">{state.message}</p>
          {fields.length > 0 && (
            <ul className="mt-2 list-disc space-y-1 pl-6">
              {fields.map(([name, errors]) => (
                <li key={name}>
                  <a href={`#field-${name}`} className="text-red-900">
                    {labels[name] ? `${labels[name]}: ` : ""}
                    {errors![0]}
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

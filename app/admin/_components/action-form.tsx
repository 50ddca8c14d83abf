"use client";

import { useActionState, useEffect, useRef, useState, type ReactNode } from "react";
import { initialFormState, type FormState } from "@/lib/actions";
import { buttonClass } from "./admin-page";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

/**
 * A one-button form for an action on an item (unpublish, remove a file, delete). With `confirm`,
 * the first press only asks: a second, clearly labelled button does it, and Cancel steps back.
 */
export function ActionForm({
  action,
  id,
  label,
  pendingLabel,
  confirm,
  confirmLabel,
  tone = "secondary",
  hidden = {},
}: {
  action: Action;
  id: string;
  label: string;
  pendingLabel: string;
  confirm?: ReactNode;
  confirmLabel?: string;
  tone?: keyof typeof buttonClass;
  hidden?: Record<string, string>;
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const [asking, setAsking] = useState(false);
  const promptRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (asking) promptRef.current?.focus();
  }, [asking]);

  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="id" value={id} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div aria-live="polite">
        {state.status === "error" && (
          <p role="alert" className="rounded-md border-l-4 border-red-700 bg-red-50 p-3 font-medium text-red-900">
            {state.message}
          </p>
        )}
        {state.status === "success" && (
          <p className="rounded-md border-l-4 border-emerald-700 bg-emerald-50 p-3 font-medium text-emerald-900">{state.message}</p>
        )}
      </div>
      {confirm && !asking ? (
        <button type="button" className={buttonClass[tone]} onClick={() => setAsking(true)}>
          {label}
        </button>
      ) : confirm ? (
        <div ref={promptRef} tabIndex={-1} role="group" aria-label="Confirm" className="rounded-md border border-red-300 bg-red-50 p-4">
          <div className="text-red-900">{confirm}</div>
          <div className="mt-3 flex flex-wrap gap-3">
            <button type="submit" className={buttonClass.danger} disabled={pending}>
              {pending ? pendingLabel : (confirmLabel ?? label)}
            </button>
            <button type="button" className={buttonClass.secondary} onClick={() => setAsking(false)} disabled={pending}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <button type="submit" className={buttonClass[tone]} disabled={pending}>
          {pending ? pendingLabel : label}
        </button>
      )}
    </form>
  );
}

"use client";

import { startTransition, useActionState, type FormEvent, type ReactNode } from "react";
import { initialFormState, type FormState } from "@/lib/actions";
import { buttonClass } from "../admin-page";
import { FormAlert } from "@/components/forms/form-alert";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;
export type FieldErrors = Record<string, string[] | undefined>;

/**
 * An article's or resource's form: the error summary, the id and version the save checks, the
 * kind's fields (given the errors to show) and the submit button. It submits without React's
 * automatic reset, so after a refused save (a clash or a conflict) every field still holds what
 * the person wrote.
 */
export function ContentForm({
  action,
  labels,
  id,
  version,
  noun,
  children,
}: {
  action: Action;
  /** Each field's label, for the error summary's links. */
  labels: Record<string, string>;
  id: string | null;
  version: number;
  noun: string;
  children: (errors: FieldErrors) => ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  };
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-8">
      <FormAlert state={state} labels={labels} />
      <input type="hidden" name="id" value={id ?? ""} />
      <input type="hidden" name="version" value={version} />
      {children(state.fieldErrors ?? {})}
      <div className="flex flex-wrap items-center gap-3 border-t border-line pt-6">
        <button type="submit" className={buttonClass.primary} disabled={pending}>
          {pending ? "Saving…" : id ? "Save changes" : `Create ${noun}`}
        </button>
      </div>
    </form>
  );
}

"use client";

import { startTransition, useActionState, type FormEvent } from "react";
import { initialFormState, type FormState } from "@/lib/actions";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

/**
 * Submits the form through the action without React's automatic reset, so after a refused save
 * (a clash or a conflict) every field still holds what the person wrote.
 */
export function useContentForm(action: Action) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  };
  return { state, formAction, pending, onSubmit, errors: state.fieldErrors ?? {} };
}

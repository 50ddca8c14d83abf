"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { initialFormState, type FormState } from "@/lib/actions";
import { buttonClass, inputClass } from "../../_components/admin-page";
import { describedBy, FieldError, TextAreaField } from "../../_components/content/field-parts";

/** Emails everyone with a confirmed place: a subject and a plain-text message. */
export function MessageForm({ action }: { action: (prev: FormState, form: FormData) => Promise<FormState> }) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const e = state.fieldErrors ?? {};
  const v = state.values ?? {};
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormAlert state={state} labels={{ subject: "Subject", message: "Message" }} />
      <div>
        <label htmlFor="field-subject" className="block font-semibold text-ink">
          Subject
        </label>
        <FieldError name="subject" errors={e.subject} />
        <input id="field-subject" name="subject" maxLength={200} defaultValue={v.subject ?? ""} aria-invalid={e.subject?.length ? true : undefined} aria-describedby={describedBy("subject", undefined, e.subject)} className={inputClass(Boolean(e.subject?.length))} />
      </div>
      <TextAreaField name="message" label="Message" hint="Plain text. It is sent with a greeting by name and a link to their bookings." defaultValue={v.message ?? ""} maxLength={10_000} errors={e.message} />
      <button type="submit" className={buttonClass.primary} disabled={pending}>
        {pending ? "Sending…" : "Send message"}
      </button>
    </form>
  );
}

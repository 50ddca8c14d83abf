"use client";

import { useActionState, useState } from "react";
import { initialFormState } from "@/lib/actions";
import { buttonClass, inputClass } from "../../_components/admin-page";
import { choiceClass, choiceInputClass } from "../../_components/content/field-parts";
import { sendNewsletterAction } from "../actions";

/** Send now, or at a time (UK time), the saved version to its audience. */
export function SendPanel({ id, version, audienceCount, initialSendAt }: { id: string; version: number; audienceCount: number; initialSendAt: string }) {
  const [state, formAction, pending] = useActionState(sendNewsletterAction, initialFormState);
  const [when, setWhen] = useState<"now" | "later">(initialSendAt ? "later" : "now");
  return (
    <form action={formAction} className="space-y-4">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <div aria-live="polite">
        {state.status === "error" && (
          <p role="alert" className="rounded-md border-l-4 border-red-700 bg-red-50 p-3 font-medium text-red-900">
            {state.message}
          </p>
        )}
      </div>
      <fieldset>
        <legend className="font-semibold text-ink">When</legend>
        <label className={choiceClass}>
          <input type="radio" name="when" value="now" checked={when === "now"} onChange={() => setWhen("now")} className={choiceInputClass} />
          Send now
        </label>
        <label className={choiceClass}>
          <input type="radio" name="when" value="later" checked={when === "later"} onChange={() => setWhen("later")} className={choiceInputClass} />
          At a time
        </label>
      </fieldset>
      {when === "later" && (
        <div>
          <label htmlFor="field-sendAt" className="block font-semibold text-ink">
            Date and time (UK time, Europe/London)
          </label>
          <input id="field-sendAt" name="sendAt" type="datetime-local" defaultValue={initialSendAt} className={`${inputClass()} max-w-xs`} />
        </div>
      )}
      <button type="submit" className={buttonClass.primary} disabled={pending || audienceCount === 0}>
        {pending ? "Sending…" : when === "now" ? `Send to ${audienceCount} ${audienceCount === 1 ? "person" : "people"}` : "Schedule"}
      </button>
      {audienceCount === 0 && <p className="text-muted">Nobody in this audience has agreed to receive the newsletter yet.</p>}
    </form>
  );
}

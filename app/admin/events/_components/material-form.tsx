"use client";

import { useActionState, useState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { initialFormState, type FormState } from "@/lib/actions";
import { formatBytes } from "@/lib/format";
import { acceptedDescription, acceptedExtensions, checkNameAndSize } from "@/lib/uploads/file-type";
import { buttonClass, inputClass } from "../../_components/admin-page";
import { choiceClass, choiceInputClass, describedBy, FieldError, FieldGroup, FieldHint } from "../../_components/content/field-parts";

/**
 * Ids are prefixed `field-material-`: the event's own form on the same page has a title field.
 *
 * Adds slides, a recording or a handout to the event: a title, who may open it and the file (sent
 * with the form, as a new resource's file is, so it works without JavaScript).
 */
export function MaterialForm({ action, tiers, maxBytes }: { action: (prev: FormState, form: FormData) => Promise<FormState>; tiers: Array<{ slug: string; name: string }>; maxBytes: number }) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const [problem, setProblem] = useState<string | null>(null);
  const e = state.fieldErrors ?? {};
  const fileErrors = problem ? [problem] : e.file;
  const fileHint = `${acceptedDescription()}, up to ${formatBytes(maxBytes)}.`;
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormAlert state={state} labels={{ title: "Title", audience: "Who may open it", file: "File" }} idPrefix="field-material-" />
      <div>
        <label htmlFor="field-material-title" className="block font-semibold text-ink">
          Title
        </label>
        <FieldError name="material-title" errors={e.title} />
        <input id="field-material-title" name="title" maxLength={200} defaultValue={state.values?.title ?? ""} aria-invalid={e.title?.length ? true : undefined} aria-describedby={describedBy("material-title", undefined, e.title)} className={inputClass(Boolean(e.title?.length))} />
      </div>
      <FieldGroup name="material-audience" legend="Who may open it" hint="Staff can always open it." errors={e.audience}>
        <label className={choiceClass}>
          <input type="checkbox" name="attendees" defaultChecked className={choiceInputClass} />
          People booked on the event
        </label>
        {tiers.map((t) => (
          <label key={t.slug} className={choiceClass}>
            <input type="checkbox" name="tiers" value={t.slug} className={choiceInputClass} />
            {t.name} members
          </label>
        ))}
      </FieldGroup>
      <div>
        <label htmlFor="field-material-file" className="block font-semibold text-ink">
          File
        </label>
        <FieldHint name="material-file">{fileHint}</FieldHint>
        <FieldError name="material-file" errors={fileErrors} />
        <input
          id="field-material-file"
          name="file"
          type="file"
          accept={acceptedExtensions()}
          aria-invalid={fileErrors?.length ? true : undefined}
          aria-describedby={describedBy("material-file", fileHint, fileErrors)}
          onChange={(event) => {
            const chosen = event.target.files?.[0];
            const check = chosen ? checkNameAndSize(chosen.name, chosen.size, maxBytes) : null;
            setProblem(check && !check.ok ? check.message : null);
            if (check && !check.ok) event.target.value = "";
          }}
          className={`${inputClass(Boolean(fileErrors?.length))} py-2`}
        />
      </div>
      <button type="submit" className={buttonClass.primary} disabled={pending}>
        {pending ? "Uploading…" : "Add material"}
      </button>
    </form>
  );
}

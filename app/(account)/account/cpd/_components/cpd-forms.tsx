"use client";

import { useActionState } from "react";
import { Field } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState } from "@/lib/actions";
import { addCpdActivityAction, setCpdGoalAction } from "../actions";

export function AddActivityForm() {
  const [state, action] = useActionState(addCpdActivityAction, initialFormState);
  const v = state.status === "error" ? state.values : undefined;
  return (
    <form action={action} className="space-y-4" noValidate key={state.status === "success" ? state.message : "form"}>
      <FormAlert state={state} labels={{ title: "Activity", date: "Date", hours: "Hours", reflection: "Reflection" }} />
      <Field name="title" label="Activity" hint="For example: read the SEND Code of Practice chapter 6" required defaultValue={v?.title ?? ""} errors={state.fieldErrors?.title} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="date" label="Date" type="date" required defaultValue={v?.date ?? ""} errors={state.fieldErrors?.date} />
        <Field name="hours" label="Hours" inputMode="decimal" hint="For example 1.5" required defaultValue={v?.hours ?? ""} errors={state.fieldErrors?.hours} />
      </div>
      <div>
        <label htmlFor="field-reflection" className="block font-semibold text-ink">
          Reflection (optional)
        </label>
        <p id="field-reflection-hint" className="mt-1 text-sm text-muted">
          What you learned and how you will use it.
        </p>
        <textarea
          id="field-reflection"
          name="reflection"
          rows={4}
          aria-describedby={state.fieldErrors?.reflection ? "field-reflection-hint field-reflection-error" : "field-reflection-hint"}
          defaultValue={v?.reflection ?? ""}
          className="mt-1 block w-full rounded-md border border-slate-500 bg-paper px-3 py-2 text-base text-ink"
        />
        {state.fieldErrors?.reflection && (
          <p id="field-reflection-error" className="mt-1 text-sm font-semibold text-red-700">
            {state.fieldErrors.reflection.join(" ")}
          </p>
        )}
      </div>
      <SubmitButton pendingText="Adding…">Add activity</SubmitButton>
    </form>
  );
}

export function GoalForm({ goal }: { goal: number | null }) {
  const [state, action] = useActionState(setCpdGoalAction, initialFormState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormAlert state={state} labels={{ goal: "Hours a year" }} />
      <Field name="goal" label="Hours a year" inputMode="numeric" required defaultValue={state.values?.goal ?? (goal ? String(goal) : "")} errors={state.fieldErrors?.goal} />
      <SubmitButton pendingText="Saving…">Save goal</SubmitButton>
    </form>
  );
}

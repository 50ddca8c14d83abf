"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { initialFormState } from "@/lib/actions";
import { withdrawConsentAction } from "../actions";

export function WithdrawConsentForm({ purpose, label }: { purpose: string; label: string }) {
  const [state, action, pending] = useActionState(withdrawConsentAction.bind(null, purpose), initialFormState);
  return (
    <form action={action} className="mt-3 space-y-3">
      <FormStatus state={state} />
      <button
        type="submit"
        disabled={pending}
        className="inline-flex min-h-11 cursor-pointer items-center rounded-md border border-brand-700 px-4 font-semibold text-brand-800 hover:bg-brand-50 disabled:cursor-wait"
      >
        {pending ? "Withdrawing…" : `Withdraw consent: ${label}`}
      </button>
    </form>
  );
}

"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState, type FormState } from "@/lib/actions";

export interface TicketChoice {
  id: string;
  name: string;
  /** "Free", "£60 (your Silver price)", or why not. */
  priceText: string;
  available: boolean;
}

/** Choose a ticket at the viewer's price and book it (or join the waitlist). */
export function BookForm({ action, tickets, full }: { action: (prev: FormState, form: FormData) => Promise<FormState>; tickets: readonly TicketChoice[]; full: boolean }) {
  const [state, formAction] = useActionState(action, initialFormState);
  const firstAvailable = tickets.find((t) => t.available)?.id;
  return (
    <form action={formAction} className="space-y-5">
      <FormAlert state={state} labels={{ ticket: "Ticket" }} />
      <fieldset aria-describedby={state.fieldErrors?.ticket ? "ticket-error" : undefined}>
        <legend className="text-lg font-semibold">Choose a ticket</legend>
        {state.fieldErrors?.ticket && (
          <p id="ticket-error" className="mt-1 font-semibold text-red-800">
            {state.fieldErrors.ticket[0]}
          </p>
        )}
        <div className="mt-3 space-y-3">
          {tickets.map((t) => (
            <div key={t.id} className="flex items-start gap-3 rounded-lg border border-line bg-paper p-3">
              <input id={`ticket-${t.id}`} type="radio" name="ticket" value={t.id} disabled={!t.available} defaultChecked={t.id === firstAvailable} className="mt-1 size-5" />
              <label htmlFor={`ticket-${t.id}`} className={t.available ? "" : "text-muted"}>
                <span className="block font-semibold">{t.name}</span>
                <span className="block">{t.priceText}</span>
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      <SubmitButton pendingText="Booking…">{full ? "Join the waitlist" : "Book"}</SubmitButton>
    </form>
  );
}

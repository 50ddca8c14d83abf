"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState } from "@/lib/actions";
import { endSessionAction } from "../actions";

export interface SessionRow {
  id: string;
  browser: string;
  address: string | null;
  signedIn: string;
  lastSeen: string;
  current: boolean;
}

/** Where the account is signed in; any other session can be signed out from here. */
export function SessionList({ sessions }: { sessions: SessionRow[] }) {
  // One state for the list: the row signed out leaves it, and the message must stay.
  const [state, action] = useActionState(endSessionAction, initialFormState);
  return (
    <div className="space-y-4">
      <FormStatus state={state} />
      <ul className="space-y-4" aria-label="Your sessions">
        {sessions.map((session) => (
          <li key={session.id} className="rounded-md border border-line p-4" data-testid="session">
            <p className="font-semibold">
              {session.browser}
              {session.current && <span className="ml-2 rounded bg-emerald-100 px-2 py-0.5 text-sm text-emerald-900">This browser</span>}
            </p>
            <dl className="mt-1 grid gap-x-4 text-sm sm:grid-cols-[8rem_1fr]">
              <dt className="font-semibold">Address</dt>
              <dd>{session.address ?? "Not known"}</dd>
              <dt className="font-semibold">Signed in</dt>
              <dd>{session.signedIn}</dd>
              <dt className="font-semibold">Last seen</dt>
              <dd>{session.lastSeen}</dd>
            </dl>
            {!session.current && (
              <form action={action} className="mt-3">
                <input type="hidden" name="sessionId" value={session.id} />
                <SubmitButton pendingText="Signing out…">
                  Sign out<span className="sr-only"> {session.browser}, signed in {session.signedIn}</span>
                </SubmitButton>
              </form>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

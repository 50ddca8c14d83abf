"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState } from "@/lib/actions";
import { NEWSLETTER_CONSENT_WORDING } from "@/lib/newsletters/consent-wording";
import { saveNewsletterPreferencesAction } from "../newsletter-actions";

const choice = "flex min-h-11 cursor-pointer items-center gap-3 rounded-md px-2 hover:bg-brand-50";
const box = "size-5 shrink-0 accent-brand-700";

/** Whether to receive the newsletter (unticked until the person ticks it) and which topics interest them. */
export function NewsletterForm({ subscribed, topics, chosen }: { subscribed: boolean; topics: { slug: string; name: string }[]; chosen: string[] }) {
  const [state, action] = useActionState(saveNewsletterPreferencesAction, initialFormState);
  return (
    <form action={action} className="space-y-4">
      <FormStatus state={state} />
      <div className="flex items-start gap-3">
        <input
          id="account-newsletter"
          name="newsletter"
          type="checkbox"
          value="yes"
          defaultChecked={subscribed}
          aria-describedby="account-newsletter-wording"
          className={`mt-1 ${box}`}
        />
        <div>
          <label htmlFor="account-newsletter" className="font-semibold">
            Send me the newsletter
          </label>
          <p id="account-newsletter-wording" className="text-muted">
            {NEWSLETTER_CONSENT_WORDING}
          </p>
        </div>
      </div>
      <fieldset>
        <legend className="font-semibold">Topics that interest me</legend>
        <p className="text-sm text-muted">Some newsletters are sent only to people interested in their topic.</p>
        <div className="mt-2 grid gap-x-4 sm:grid-cols-2">
          {topics.map((topic) => (
            <label key={topic.slug} className={choice}>
              <input type="checkbox" name="topics" value={topic.slug} defaultChecked={chosen.includes(topic.slug)} className={box} />
              {topic.name}
            </label>
          ))}
        </div>
      </fieldset>
      <SubmitButton pendingText="Saving…">Save newsletter preferences</SubmitButton>
    </form>
  );
}

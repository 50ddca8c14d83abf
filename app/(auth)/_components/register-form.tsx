"use client";

import { Link } from "@/components/ui/link";
import { useActionState } from "react";
import { Field } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState } from "@/lib/actions";
import { passwordRules } from "@/lib/auth/password-rules";
import { NEWSLETTER_CONSENT_WORDING } from "@/lib/newsletters/consent-wording";
import { registerAction } from "../actions";

const labels = { name: "Full name", email: "Email", password: "Password" };

export function RegisterForm({ callbackUrl = "" }: { callbackUrl?: string }) {
  const [state, action] = useActionState(registerAction, initialFormState);
  return (
    <form action={action} className="space-y-5" noValidate>
      <FormAlert state={state} labels={labels} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Field name="name" label="Full name" autoComplete="name" required defaultValue={state.values?.name} errors={state.fieldErrors?.name} />
      <Field
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        required
        defaultValue={state.values?.email}
        errors={state.fieldErrors?.email}
      />
      <Field
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        hint={passwordRules}
        errors={state.fieldErrors?.password}
      />
      <div className="flex items-start gap-3">
        <input
          id="field-newsletter"
          name="newsletter"
          type="checkbox"
          value="yes"
          defaultChecked={state.values?.newsletter === "yes"}
          aria-describedby="field-newsletter-wording"
          className="mt-1 size-5 shrink-0 accent-brand-700"
        />
        <div>
          <label htmlFor="field-newsletter" className="font-semibold">
            Send me the newsletter
          </label>
          {/* The words stored with the answer; outside the label, so the box's name stays short. */}
          <p id="field-newsletter-wording" className="text-muted">
            {NEWSLETTER_CONSENT_WORDING}
          </p>
        </div>
      </div>
      <SubmitButton pendingText="Creating your account…">Create account</SubmitButton>
      <p className="text-sm text-muted">
        We use your details to run your membership. Read <Link href="/privacy">how we use your data</Link> and your rights.
      </p>
    </form>
  );
}

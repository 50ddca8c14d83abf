"use client";

import { useActionState } from "react";
import { Field } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState } from "@/lib/actions";
import { inputClass } from "../../_components/admin-page";
import { FormAlert } from "@/components/forms/form-alert";
import { describedBy, FieldError, FieldHint } from "../../_components/content/field-parts";
import { updateMemberAction } from "../actions";

export interface MemberFormValues {
  id: string;
  tierSlug: string;
  expiry: string;
  role: string;
  disabled: boolean;
}

const labels = { tierSlug: "Tier", expiry: "Membership ends on", role: "Role", disabled: "Disabled" };

export function MemberForm({ values, tiers, isSelf }: { values: MemberFormValues; tiers: Array<{ slug: string; name: string }>; isSelf: boolean }) {
  const [state, action] = useActionState(updateMemberAction, initialFormState);
  const v = { ...values, ...state.values };
  const errors = state.fieldErrors ?? {};
  const roleHint = isSelf ? "This is your own account: you cannot remove your admin role." : "Editors manage content; admins also manage members and tiers.";
  const disabledHint = isSelf ? "Admins cannot disable their own account." : "A disabled account is signed out at once and cannot sign in.";
  return (
    <form action={action} noValidate className="space-y-5">
      <FormAlert state={state} labels={labels} />
      <input type="hidden" name="id" value={values.id} />
      <div>
        <label htmlFor="field-tierSlug" className="block font-semibold text-ink">
          Tier
        </label>
        <FieldError name="tierSlug" errors={errors.tierSlug} />
        <select id="field-tierSlug" name="tierSlug" defaultValue={v.tierSlug} aria-describedby={describedBy("tierSlug", null, errors.tierSlug)} className={`${inputClass(Boolean(errors.tierSlug?.length))} sm:max-w-xs`}>
          {tiers.map((t) => (
            <option key={t.slug} value={t.slug}>
              {t.name}
            </option>
          ))}
        </select>
      </div>
      <Field
        name="expiry"
        label="Membership ends on"
        type="date"
        hint="The last day of the paid tier (UK time). Leave empty for no end date. Not used for Free."
        defaultValue={v.expiry}
        errors={errors.expiry}
        className={`${inputClass(Boolean(errors.expiry?.length))} sm:max-w-xs`}
      />
      <div>
        <label htmlFor="field-role" className="block font-semibold text-ink">
          Role
        </label>
        <FieldHint name="role">{roleHint}</FieldHint>
        <FieldError name="role" errors={errors.role} />
        <select id="field-role" name="role" defaultValue={v.role} aria-describedby={describedBy("role", roleHint, errors.role)} className={`${inputClass(Boolean(errors.role?.length))} sm:max-w-xs`}>
          <option value="member">Member</option>
          <option value="editor">Editor</option>
          <option value="admin">Admin</option>
        </select>
      </div>
      <div id="field-disabled" tabIndex={-1}>
        <label className="flex min-h-11 cursor-pointer items-center gap-3">
          <input type="checkbox" name="disabled" defaultChecked={values.disabled} aria-describedby={describedBy("disabled", disabledHint, errors.disabled)} className="size-5 accent-brand-700" />
          <span className="font-semibold">Disabled</span>
        </label>
        <FieldHint name="disabled">{disabledHint}</FieldHint>
        <FieldError name="disabled" errors={errors.disabled} />
      </div>
      <SubmitButton pendingText="Saving…">Save changes</SubmitButton>
    </form>
  );
}

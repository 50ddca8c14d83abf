"use client";

import { useState } from "react";
import type { DisplayStatus } from "@/db/queries/content/status";
import { inputClass } from "../admin-page";
import { choiceClass, choiceInputClass, describedBy, FieldError, FieldGroup, FieldHint } from "./field-parts";

const options: Array<{ value: DisplayStatus; label: string; hint: string }> = [
  { value: "draft", label: "Draft", hint: "Only staff can see it." },
  { value: "published", label: "Published", hint: "On the site now." },
  { value: "scheduled", label: "Scheduled", hint: "Appears on the site by itself at the time below." },
];

/** Draft, published or scheduled, and the publication time (UK time, to the second). */
export function StatusField({
  initialStatus,
  initialPublishAt,
  errors,
}: {
  initialStatus: DisplayStatus;
  initialPublishAt: string;
  errors: Record<string, string[] | undefined>;
}) {
  const [status, setStatus] = useState(initialStatus);
  const timeHint =
    status === "scheduled"
      ? "UK time. Required: when it should appear on the site."
      : status === "published"
        ? "UK time. The date shown on the site; leave empty to use the time it first went live (or now)."
        : "UK time. Optional for a draft.";
  return (
    <div className="space-y-4">
      <FieldGroup name="status" legend="Status" errors={errors.status}>
        {options.map((option) => (
          <label key={option.value} className={choiceClass}>
            <input
              type="radio"
              name="status"
              value={option.value}
              checked={status === option.value}
              onChange={() => setStatus(option.value)}
              className={choiceInputClass}
            />
            <span>
              {option.label} <span className="font-normal text-muted">— {option.hint}</span>
            </span>
          </label>
        ))}
      </FieldGroup>
      <div>
        <label htmlFor="field-publishAt" className="block font-semibold text-ink">
          Publication date and time
        </label>
        <FieldHint name="publishAt">{timeHint}</FieldHint>
        <FieldError name="publishAt" errors={errors.publishAt} />
        <input
          id="field-publishAt"
          name="publishAt"
          type="datetime-local"
          step={1}
          defaultValue={initialPublishAt}
          aria-invalid={errors.publishAt?.length ? true : undefined}
          aria-describedby={describedBy("publishAt", timeHint, errors.publishAt)}
          className={`${inputClass(Boolean(errors.publishAt?.length))} sm:max-w-xs`}
        />
      </div>
    </div>
  );
}

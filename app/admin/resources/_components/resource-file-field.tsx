"use client";

import { useState } from "react";
import { formatBytes } from "@/lib/format";
import { PUBLISH_WITHOUT_FILE } from "@/lib/content/publish-without-file";
import { acceptedDescription, acceptedExtensions, checkNameAndSize } from "@/lib/uploads/file-type";
import { inputClass } from "../../_components/admin-page";
import { choiceClass, choiceInputClass, describedBy, FieldError, FieldHint } from "../../_components/content/field-parts";

/**
 * The resource form's file part: on a new resource, its file (sent with the form, so it works
 * without JavaScript); and, when the save asked, the box that publishes a gated resource without one.
 */
export function ResourceFileField({ isNew, maxBytes, errors }: { isNew: boolean; maxBytes: number; errors: Record<string, string[] | undefined> }) {
  const [problem, setProblem] = useState<string | null>(null);
  const fileErrors = problem ? [problem] : errors.file;
  const hint = `Optional: you can attach or replace it later. ${acceptedDescription()}, up to ${formatBytes(maxBytes)}.`;
  const asked = errors[PUBLISH_WITHOUT_FILE];
  if (!isNew && !asked?.length) return null;
  return (
    <div className="space-y-4">
      {isNew && (
        <div>
          <label htmlFor="field-file" className="block font-semibold text-ink">
            Downloadable file
          </label>
          <FieldHint name="file">{hint}</FieldHint>
          <FieldError name="file" errors={fileErrors} />
          <input
            id="field-file"
            name="file"
            type="file"
            accept={acceptedExtensions()}
            aria-invalid={fileErrors?.length ? true : undefined}
            aria-describedby={describedBy("file", hint, fileErrors)}
            onChange={(e) => {
              const chosen = e.target.files?.[0];
              const check = chosen ? checkNameAndSize(chosen.name, chosen.size, maxBytes) : null;
              setProblem(check && !check.ok ? check.message : null);
              if (check && !check.ok) e.target.value = "";
            }}
            className={`${inputClass(Boolean(fileErrors?.length))} py-2`}
          />
        </div>
      )}
      {asked?.length ? (
        <div>
          <FieldError name={PUBLISH_WITHOUT_FILE} errors={asked} />
          <label className={choiceClass}>
            <input
              id={`field-${PUBLISH_WITHOUT_FILE}`}
              type="checkbox"
              name={PUBLISH_WITHOUT_FILE}
              aria-describedby={`field-${PUBLISH_WITHOUT_FILE}-error`}
              className={choiceInputClass}
            />
            <span>Publish without a file</span>
          </label>
        </div>
      ) : null}
    </div>
  );
}

"use client";

import Image from "next/image";
import { useState } from "react";
import { IMAGE_ACCEPT, IMAGE_DESCRIPTION } from "@/lib/uploads/image-type";
import { buttonClass, inputClass } from "../admin-page";
import type { FieldErrors } from "./content-form";
import { describedBy, FieldError, FieldGroup } from "./field-parts";
import { uploadImage } from "./upload-image";

/**
 * The feature image: shown on cards, at the top of the page and when the page is shared. Choosing
 * a file uploads it at once; the form then carries only its address, and saving keeps it.
 */
export function FeatureImageField({ initialPath, initialAlt, errors }: { initialPath: string; initialAlt: string; errors: FieldErrors }) {
  const [path, setPath] = useState(initialPath);
  const [status, setStatus] = useState<{ error: boolean; message: string }>({ error: false, message: "" });

  async function choose(file: File | undefined) {
    if (!file) return;
    setStatus({ error: false, message: `Uploading ${file.name}…` });
    const result = await uploadImage(file);
    if (!result.ok) return setStatus({ error: true, message: result.message });
    setPath(result.path);
    setStatus({ error: false, message: `Uploaded ${file.name}. Describe it below, then save.` });
  }

  return (
    <FieldGroup
      name="featureImage"
      legend="Feature image"
      hint={`Optional. Shown on cards, at the top of the page and when the page is shared. ${IMAGE_DESCRIPTION}, up to 8 MB; it is cropped to 16:9.`}
      errors={errors.featureImage}
    >
      <input type="hidden" name="featureImage" value={path} />
      <div className="flex flex-wrap items-start gap-5">
        {path && (
          <div className="relative aspect-video w-64 shrink-0 overflow-hidden rounded-md border border-line bg-brand-50">
            <Image src={path} alt="" fill sizes="16rem" className="object-cover" data-testid="feature-image-preview" />
          </div>
        )}
        <div className="min-w-0 flex-1 space-y-3">
          <div>
            <label htmlFor="field-featureImageFile" className="block text-sm font-semibold text-ink">
              {path ? "Replace the image" : "Choose an image"}
            </label>
            <input
              id="field-featureImageFile"
              type="file"
              accept={IMAGE_ACCEPT}
              onChange={(e) => choose(e.target.files?.[0])}
              className="mt-1 block w-full text-sm file:mr-3 file:min-h-9 file:rounded-md file:border-0 file:bg-brand-700 file:px-3 file:font-semibold file:text-white"
            />
          </div>
          {path && (
            <button type="button" onClick={() => setPath("")} className={`${buttonClass.dangerOutline} min-h-9 px-3 text-sm`}>
              Remove the feature image
            </button>
          )}
          <p aria-live="polite" className={status.error ? "text-sm font-semibold text-red-700" : "text-sm text-muted"}>
            {status.message}
          </p>
        </div>
      </div>
      {path && (
        <div className="mt-4">
          <label htmlFor="field-featureImageAlt" className="block font-semibold text-ink">
            Describe the feature image (alt text)
          </label>
          <p id="field-featureImageAlt-hint" className="mt-1 text-sm text-muted">
            What someone who cannot see it needs to know, like “Two pupils reading together”.
          </p>
          <FieldError name="featureImageAlt" errors={errors.featureImageAlt} />
          <input
            id="field-featureImageAlt"
            name="featureImageAlt"
            defaultValue={initialAlt}
            maxLength={300}
            aria-invalid={errors.featureImageAlt?.length ? true : undefined}
            aria-describedby={describedBy("featureImageAlt", true, errors.featureImageAlt)}
            className={inputClass(Boolean(errors.featureImageAlt?.length))}
          />
        </div>
      )}
    </FieldGroup>
  );
}

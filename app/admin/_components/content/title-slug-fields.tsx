"use client";

import { useState } from "react";
import { slugify } from "@/lib/content/slug";
import { inputClass } from "../admin-page";
import { describedBy, FieldError, FieldHint } from "./field-parts";

/**
 * Title and web address. For a new item the address follows the title until someone edits it;
 * an existing item keeps its address (changing it breaks links people have saved) unless edited.
 */
export function TitleSlugFields({
  initialTitle,
  initialSlug,
  isNew,
  pathPrefix,
  errors,
}: {
  initialTitle: string;
  initialSlug: string;
  isNew: boolean;
  pathPrefix: string;
  errors: Record<string, string[] | undefined>;
}) {
  const [title, setTitle] = useState(initialTitle);
  const [slug, setSlug] = useState(initialSlug);
  const [slugEdited, setSlugEdited] = useState(!isNew);
  const slugHint = (
    <>
      The page’s address: {pathPrefix}
      <strong>{slug || "…"}</strong>. Lower-case letters, digits and hyphens.{" "}
      {isNew ? "Made from the title until you change it." : "Changing it breaks links people have saved."}
    </>
  );
  return (
    <>
      <div>
        <label htmlFor="field-title" className="block font-semibold text-ink">
          Title
        </label>
        <FieldError name="title" errors={errors.title} />
        <input
          id="field-title"
          name="title"
          value={title}
          maxLength={200}
          required
          aria-invalid={errors.title?.length ? true : undefined}
          aria-describedby={describedBy("title", null, errors.title)}
          onChange={(e) => {
            setTitle(e.target.value);
            if (!slugEdited) setSlug(slugify(e.target.value));
          }}
          className={`${inputClass(Boolean(errors.title?.length))} text-lg`}
        />
      </div>
      <div>
        <label htmlFor="field-slug" className="block font-semibold text-ink">
          Web address
        </label>
        <FieldHint name="slug">{slugHint}</FieldHint>
        <FieldError name="slug" errors={errors.slug} />
        <input
          id="field-slug"
          name="slug"
          value={slug}
          maxLength={100}
          spellCheck={false}
          autoCapitalize="none"
          aria-invalid={errors.slug?.length ? true : undefined}
          aria-describedby={describedBy("slug", slugHint, errors.slug)}
          onChange={(e) => {
            setSlug(e.target.value);
            setSlugEdited(true);
          }}
          className={`${inputClass(Boolean(errors.slug?.length))} font-mono`}
        />
      </div>
    </>
  );
}

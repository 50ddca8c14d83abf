"use client";

import { useEffect, useState } from "react";
import { previewMarkdownAction } from "../../actions";
import { inputClass } from "../admin-page";
import { describedBy, FieldError, FieldHint } from "./field-parts";

/**
 * The markdown body beside a live preview. The preview is rendered on the server by the same
 * sanitizing renderer as the public page, so it shows exactly what visitors will see.
 */
export function MarkdownField({
  name,
  label,
  initial,
  hint,
  errors,
}: {
  name: string;
  label: string;
  initial: string;
  hint?: string;
  errors?: string[];
}) {
  const [source, setSource] = useState(initial);
  const [preview, setPreview] = useState<{ html: string } | { error: string } | null>(null);

  useEffect(() => {
    let cancelled = false;
    const timer = setTimeout(async () => {
      const result = await previewMarkdownAction(source).catch(() => ({ error: "The preview is not available just now." }));
      if (!cancelled) setPreview(result);
    }, 350);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [source]);

  const fullHint = `${hint ? `${hint} ` : ""}Markdown: ## for a heading, **bold**, *italic*, - for a list, [words](https://link) for a link.`;
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <div>
        <label htmlFor={`field-${name}`} className="block font-semibold text-ink">
          {label}
        </label>
        <FieldHint name={name}>{fullHint}</FieldHint>
        <FieldError name={name} errors={errors} />
        <textarea
          id={`field-${name}`}
          name={name}
          value={source}
          onChange={(e) => setSource(e.target.value)}
          rows={18}
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={describedBy(name, fullHint, errors)}
          className={`${inputClass(Boolean(errors?.length))} py-2 font-mono text-sm leading-6`}
        />
      </div>
      <section aria-labelledby={`${name}-preview-heading`} className="min-w-0">
        <h2 id={`${name}-preview-heading`} className="font-sans text-base font-semibold text-ink">
          Preview
        </h2>
        <p className="mt-1 text-sm text-muted">As visitors will see it. Updates as you type.</p>
        <div className="mt-1 max-h-[32rem] overflow-y-auto rounded-md border border-line bg-wash p-4" data-testid={`${name}-preview`}>
          {preview === null ? (
            <p className="text-muted">Preparing the preview…</p>
          ) : "error" in preview ? (
            <p className="text-red-800">{preview.error}</p>
          ) : preview.html.trim() ? (
            <div className="prose" dangerouslySetInnerHTML={{ __html: preview.html }} />
          ) : (
            <p className="text-muted">Nothing written yet.</p>
          )}
        </div>
      </section>
    </div>
  );
}

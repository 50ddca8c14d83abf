"use client";

import { useEffect, useRef, useState } from "react";
import { previewMarkdownAction } from "../../actions";
import { buttonClass, inputClass } from "../admin-page";
import { FieldError, FieldHint } from "./field-parts";
import { ImageInsert } from "./image-insert";

type Preview = { html: string; missingAlt: string | null; externalImages: string | null } | { error: string };

/** `insert` as its own paragraph at the cursor: the new text and where the cursor goes after it. */
function insertAt(source: string, at: number, insert: string) {
  const before = source.slice(0, at);
  const after = source.slice(at);
  const lead = before && !before.endsWith("\n\n") ? (before.endsWith("\n") ? "\n" : "\n\n") : "";
  const tail = after && !after.startsWith("\n") ? "\n\n" : "";
  const text = `${before}${lead}${insert}${tail}${after}`;
  return { text, cursor: before.length + lead.length + insert.length };
}

/**
 * The markdown body beside a live preview. The preview is rendered on the server by the same
 * sanitizing renderer as the public page, so it shows exactly what visitors will see; it also
 * names any image without alt text (saving refuses those, unless marked decorative) or
 * linked from another site (refused too: images are uploaded with “Insert image”).
 */
export function MarkdownField({
  name,
  label,
  initial,
  hint,
  errors,
  rows = 18,
}: {
  name: string;
  label: string;
  initial: string;
  hint?: string;
  errors?: string[];
  rows?: number;
}) {
  const [source, setSource] = useState(initial);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [showPreview, setShowPreview] = useState(true);
  const textarea = useRef<HTMLTextAreaElement>(null);

  function insertImage(markdown: string) {
    const at = textarea.current?.selectionStart ?? source.length;
    const { text, cursor } = insertAt(source, at, markdown);
    setSource(text);
    requestAnimationFrame(() => {
      textarea.current?.focus();
      textarea.current?.setSelectionRange(cursor, cursor);
    });
  }

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

  const fullHint = `${hint ? `${hint} ` : ""}Markdown: ## for a heading, **bold**, *italic*, - for a list, [words](https://link) for a link. For an image, use “Insert image” below the text.`;
  // Once a save has refused the same images, the field's error says it: the warning would repeat it.
  const live = preview && "html" in preview ? [preview.missingAlt, preview.externalImages].filter((w): w is string => Boolean(w) && !errors?.includes(w!)) : [];
  const imageWarning = live.join(" ") || null;
  const id = `field-${name}`;
  const describedBy = [`${id}-hint`, errors?.length ? `${id}-error` : null, imageWarning ? `${id}-alt` : null].filter(Boolean).join(" ");
  return (
    <div className={showPreview ? "grid gap-4 lg:grid-cols-2" : "grid gap-4"}>
      <div>
        <div className="flex flex-wrap items-end justify-between gap-2">
          <label htmlFor={id} className="block font-semibold text-ink">
            {label}
          </label>
          <button
            type="button"
            aria-expanded={showPreview}
            aria-controls={`${name}-preview`}
            onClick={() => setShowPreview((shown) => !shown)}
            className={`${buttonClass.secondary} min-h-9 px-3 text-sm`}
          >
            {showPreview ? "Hide preview" : "Show preview"}
            <span className="sr-only"> of {label.toLowerCase()}</span>
          </button>
        </div>
        <FieldHint name={name}>{fullHint}</FieldHint>
        <FieldError name={name} errors={errors} />
        <div id={`${id}-alt`} aria-live="polite">
          {imageWarning && (
            <p className="mt-1 rounded-md border-l-4 border-amber-700 bg-amber-50 p-2 text-sm font-medium text-amber-950">
              <span className="sr-only">Warning: </span>
              {imageWarning}
            </p>
          )}
        </div>
        <textarea
          ref={textarea}
          id={id}
          name={name}
          value={source}
          onChange={(e) => setSource(e.target.value)}
          rows={rows}
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={describedBy}
          className={`${inputClass(Boolean(errors?.length))} py-2 font-mono text-sm leading-6`}
        />
        <ImageInsert field={name} label={label} onInsert={insertImage} />
      </div>
      <section id={`${name}-preview`} hidden={!showPreview} aria-labelledby={`${name}-preview-heading`} className="min-w-0">
        <h2 id={`${name}-preview-heading`} className="font-sans text-base font-semibold text-ink">
          Preview<span className="sr-only"> of {label.toLowerCase()}</span>
        </h2>
        <p className="mt-1 text-sm text-muted">As visitors will see it. Updates as you type.</p>
        {/* Focusable, so keyboard users can scroll a long preview. */}
        <div
          tabIndex={0}
          role="group"
          aria-labelledby={`${name}-preview-heading`}
          className="mt-1 max-h-[32rem] overflow-y-auto rounded-md border border-line bg-wash p-4"
          data-testid={`${name}-preview`}
        >
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

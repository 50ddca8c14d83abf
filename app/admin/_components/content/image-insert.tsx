"use client";

import { useRef, useState } from "react";
import { IMAGE_ACCEPT, IMAGE_DESCRIPTION } from "@/lib/uploads/image-type";
import { buttonClass, inputClass } from "../admin-page";
import { uploadImage } from "./upload-image";

type Status = { kind: "idle" | "working" | "done" | "error"; message: string };

/**
 * "Insert image" under a markdown field: uploads an image to this site and hands back
 * `![alt](/media/…)` to insert. The description is asked for first, since saving refuses an image
 * without one; square brackets in it would end the markdown early, so they become spaces.
 */
export function ImageInsert({ field, label, onInsert }: { field: string; label: string; onInsert: (markdown: string) => void }) {
  const fileInput = useRef<HTMLInputElement>(null);
  const [alt, setAlt] = useState("");
  const [status, setStatus] = useState<Status>({ kind: "idle", message: "" });
  const id = `${field}-image`;

  async function insert() {
    const file = fileInput.current?.files?.[0];
    const description = alt.replace(/[[\]\r\n]+/g, " ").trim();
    if (!file) return setStatus({ kind: "error", message: "Choose an image to upload." });
    if (!description) {
      return setStatus({ kind: "error", message: "Describe the image first: its alt text is what people who cannot see it hear." });
    }
    setStatus({ kind: "working", message: `Uploading ${file.name}…` });
    const result = await uploadImage(file);
    if (!result.ok) return setStatus({ kind: "error", message: result.message });
    onInsert(`![${description}](${result.path})`);
    setStatus({ kind: "done", message: `Inserted ${file.name}. It shows in the preview.` });
    setAlt("");
    if (fileInput.current) fileInput.current.value = "";
  }

  return (
    <details className="mt-2 rounded-md border border-line bg-wash px-3 py-2 open:pb-4">
      <summary className="min-h-9 cursor-pointer py-1 font-semibold text-brand-800">
        Insert image<span className="sr-only"> into {label.toLowerCase()}</span>
      </summary>
      <div className="mt-2 grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor={`${id}-file`} className="block text-sm font-semibold text-ink">
            Image file
          </label>
          <input
            ref={fileInput}
            id={`${id}-file`}
            type="file"
            accept={IMAGE_ACCEPT}
            aria-describedby={`${id}-hint`}
            className="mt-1 block w-full text-sm file:mr-3 file:min-h-9 file:rounded-md file:border-0 file:bg-brand-700 file:px-3 file:font-semibold file:text-white"
          />
          <p id={`${id}-hint`} className="mt-1 text-sm text-muted">
            {IMAGE_DESCRIPTION}, up to 8 MB.
          </p>
        </div>
        <div>
          <label htmlFor={`${id}-alt`} className="block text-sm font-semibold text-ink">
            Describe the image (alt text)
          </label>
          <input
            id={`${id}-alt`}
            value={alt}
            onChange={(e) => setAlt(e.target.value)}
            maxLength={300}
            className={`${inputClass(status.kind === "error" && !alt.trim())} min-h-9 text-sm`}
          />
        </div>
      </div>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <button type="button" onClick={insert} disabled={status.kind === "working"} className={`${buttonClass.secondary} min-h-9 px-3 text-sm`}>
          Upload and insert
        </button>
        <p aria-live="polite" className={status.kind === "error" ? "text-sm font-semibold text-red-700" : "text-sm text-muted"}>
          {status.message}
        </p>
      </div>
    </details>
  );
}

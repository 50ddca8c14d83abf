"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, type DragEvent } from "react";
import { fileKind, formatBytes } from "@/lib/format";
import { acceptedDescription, acceptedExtensions, checkNameAndSize } from "@/lib/uploads/file-type";
import { ActionForm } from "../../_components/action-form";
import { removeResourceFileAction } from "../actions";

type Upload =
  | { state: "idle" }
  | { state: "uploading"; name: string; percent: number }
  | { state: "done"; message: string }
  | { state: "error"; message: string };

/** What a panel manages: the resource's file, or one of its alternative versions. */
export type AttachmentSlot = "file" | "large-print" | "audio";

const slots: Record<AttachmentSlot, { heading: string; noun: string; none: string; removed: string }> = {
  file: {
    heading: "Downloadable file",
    noun: "the file",
    none: "No file attached.",
    removed: "Members will no longer be able to download it.",
  },
  "large-print": {
    heading: "Large-print version",
    noun: "the large-print version",
    none: "No large-print version.",
    removed: "The resource page will stop offering it.",
  },
  audio: {
    heading: "Audio version",
    noun: "the audio version",
    none: "No audio version.",
    removed: "The resource page will stop offering it.",
  },
};

/**
 * The resource's downloadable file, or its large-print or audio version: drop it on the box or
 * choose it (the box is the file input's label, so it works from the keyboard too). Uploads with a
 * progress bar, then the page refreshes.
 */
export function AttachmentPanel({
  resourceId,
  file,
  maxBytes,
  slot = "file",
}: {
  resourceId: string;
  file: { filename: string; contentType: string; size: number } | null;
  maxBytes: number;
  slot?: AttachmentSlot;
}) {
  const text = slots[slot];
  const purpose = slot === "audio" ? "audio" : "document";
  const id = slot === "file" ? "attachment" : slot;
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [upload, setUpload] = useState<Upload>({ state: "idle" });
  const [dragging, setDragging] = useState(false);

  function send(chosen: File) {
    const check = checkNameAndSize(chosen.name, chosen.size, maxBytes, purpose);
    if (!check.ok) return setUpload({ state: "error", message: check.message });
    const request = new XMLHttpRequest();
    request.open("PUT", `/api/admin/resources/${resourceId}/file${slot === "file" ? "" : `?format=${slot}`}`);
    request.setRequestHeader("X-File-Name", encodeURIComponent(chosen.name));
    request.setRequestHeader("Content-Type", "application/octet-stream");
    request.upload.onprogress = (e) => {
      if (e.lengthComputable) setUpload({ state: "uploading", name: chosen.name, percent: Math.round((e.loaded / e.total) * 100) });
    };
    request.onload = () => {
      let body: { error?: string } = {};
      try {
        body = JSON.parse(request.responseText) as { error?: string };
      } catch {}
      if (request.status === 200) {
        setUpload({ state: "done", message: `Uploaded ${chosen.name} (${formatBytes(chosen.size)}).` });
        router.refresh();
      } else {
        setUpload({ state: "error", message: body.error ?? `The upload failed (error ${request.status}). Try again.` });
      }
      if (input.current) input.current.value = "";
    };
    request.onerror = () => setUpload({ state: "error", message: "The upload was interrupted. Check your connection and try again." });
    setUpload({ state: "uploading", name: chosen.name, percent: 0 });
    request.send(chosen);
  }

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const dropped = e.dataTransfer.files[0];
    if (dropped) send(dropped);
  };
  const busy = upload.state === "uploading";

  return (
    <section aria-labelledby={`${id}-heading`} className="rounded-xl border border-line p-5">
      <h2 id={`${id}-heading`} className="font-sans text-lg font-semibold">
        {text.heading}
      </h2>
      {file ? (
        <p className="mt-2" data-testid={slot === "file" ? "current-file" : `current-${slot}`}>
          <span className="font-medium [overflow-wrap:anywhere]">{file.filename}</span>{" "}
          <span className="text-muted">
            ({fileKind(file.contentType)}, {formatBytes(file.size)})
          </span>
        </p>
      ) : (
        <p className="mt-2 text-muted">{text.none}</p>
      )}

      <label
        htmlFor={`${id}-input`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        className={`mt-4 flex min-h-28 cursor-pointer flex-col items-center justify-center rounded-lg border-2 border-dashed p-4 text-center focus-within:outline focus-within:outline-3 focus-within:outline-accent-500 ${
          dragging ? "border-brand-700 bg-brand-50" : "border-slate-400 bg-wash hover:bg-brand-50"
        }`}
      >
        <span className="font-semibold text-brand-800">
          {file ? `Replace ${text.noun}` : slot === "file" ? "Attach a file" : `Add ${text.noun.replace(/^the /, slot === "audio" ? "an " : "a ")}`}
        </span>
        <span className="mt-1 text-sm text-muted">
          Drop it here or choose it. {acceptedDescription(purpose)}, up to {formatBytes(maxBytes)}.
        </span>
        <input
          ref={input}
          id={`${id}-input`}
          type="file"
          accept={acceptedExtensions(purpose)}
          disabled={busy}
          aria-describedby={`${id}-status`}
          onChange={(e) => {
            const chosen = e.target.files?.[0];
            if (chosen) send(chosen);
          }}
          className="sr-only"
        />
      </label>

      <div className="mt-3">
        {upload.state === "uploading" && (
          <div>
            <label htmlFor={`${id}-progress`} className="text-sm font-medium">
              Uploading {upload.name}: {upload.percent}%
            </label>
            <progress id={`${id}-progress`} max={100} value={upload.percent} className="mt-1 block h-3 w-full accent-brand-700" />
          </div>
        )}
      </div>
      <div id={`${id}-status`} aria-live="polite">
        {upload.state === "uploading" && upload.percent === 0 && <p className="sr-only">Uploading {upload.name}.</p>}
        {upload.state === "done" && <p className="font-medium text-emerald-900">{upload.message}</p>}
        {upload.state === "error" && (
          <p role="alert" className="rounded-md border-l-4 border-red-700 bg-red-50 p-3 font-medium text-red-900">
            {upload.message}
          </p>
        )}
      </div>

      {file && (
        <div className="mt-4">
          <ActionForm
            action={removeResourceFileAction}
            id={resourceId}
            hidden={slot === "file" ? {} : { format: slot }}
            label={`Remove ${text.noun}`}
            pendingLabel="Removing…"
            tone="dangerOutline"
            confirm={
              <p>
                Remove {file.filename}? {text.removed}
              </p>
            }
            confirmLabel={`Yes, remove ${text.noun}`}
          />
        </div>
      )}
    </section>
  );
}

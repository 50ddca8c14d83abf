"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/forms/submit-button";
import type { ImportState } from "@/lib/members/import-preview";
import { inputClass, tableClass } from "../../_components/admin-page";
import { FormAlert } from "@/components/forms/form-alert";
import { applyImportAction, previewImportAction } from "../actions";

const initial: ImportState = { status: "idle" };

function RowErrors({ state }: { state: ImportState }) {
  if (!state.errors?.length) return null;
  return (
    <section aria-labelledby="row-errors-heading" className="mt-4">
      <h2 id="row-errors-heading" className="font-sans text-lg font-semibold text-red-900">
        Problems in {state.filename ?? "the file"}
      </h2>
      <ul className="mt-2 space-y-1" data-testid="import-errors">
        {state.errors.map((e) => (
          <li key={`${e.line}-${e.message}`} className="rounded-md bg-red-50 px-3 py-2 text-red-900">
            <span className="font-semibold">Line {e.line}:</span> {e.message}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function ImportForm() {
  const [preview, previewAction] = useActionState(previewImportAction, initial);
  const [applied, applyAction] = useActionState(applyImportAction, initial);
  const ready = preview.status === "success" && preview.preview && preview.csv;
  const p = preview.preview;
  return (
    <div className="space-y-8">
      <form action={previewAction} className="space-y-4" noValidate>
        <FormAlert state={preview} />
        <RowErrors state={preview} />
        <div>
          <label htmlFor="import-file" className="block font-semibold">
            CSV file
          </label>
          <input id="import-file" name="file" type="file" accept=".csv,text/csv" className={`${inputClass()} py-2`} />
        </div>
        <details open={Boolean(preview.pasted)}>
          <summary className="min-h-11 cursor-pointer py-2.5 font-medium">Or paste the CSV text</summary>
          <label htmlFor="import-text" className="mt-2 block font-semibold">
            CSV text
          </label>
          <textarea
            id="import-text"
            name="csv"
            rows={8}
            defaultValue={preview.pasted ?? ""}
            key={preview.pasted ?? ""}
            className={`${inputClass()} py-2 font-mono text-sm`}
          />
        </details>
        <SubmitButton pendingText="Checking…">Check the file</SubmitButton>
      </form>

      {ready && p && (
        <section aria-labelledby="preview-heading" className="rounded-xl border border-line p-5">
          <h2 id="preview-heading" className="text-xl font-semibold text-brand-900">
            What the import will do
          </h2>
          {p.ignoredColumns.length > 0 && (
            <p className="mt-2 text-muted">These columns are not imported and will be ignored: {p.ignoredColumns.join(", ")}.</p>
          )}
          <h3 className="mt-4 font-sans font-semibold">New accounts ({p.creates.length})</h3>
          {p.creates.length > 0 && (
            <div className={tableClass.wrap}>
              <table className={tableClass.table} data-testid="import-creates">
                <thead>
                  <tr>
                    {["Line", "Email", "Name", "Tier", "Membership ends"].map((h) => (
                      <th key={h} scope="col" className={tableClass.th}>{h}</th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {p.creates.map((c) => (
                    <tr key={c.line}>
                      <td className={tableClass.td}>{c.line}</td>
                      <td className={tableClass.td}>{c.email}</td>
                      <td className={tableClass.td}>{c.name}</td>
                      <td className={tableClass.td}>{c.tier}</td>
                      <td className={tableClass.td}>{c.expiry}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <h3 className="mt-6 font-sans font-semibold">Accounts to update ({p.updates.length})</h3>
          {p.updates.length > 0 && (
            <div className={tableClass.wrap}>
              <table className={tableClass.table} data-testid="import-updates">
                <thead>
                  <tr>
                    {["Line", "Email", "Changes"].map((h) => (
                      <th key={h} scope="col" className={tableClass.th}>{h}</th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {p.updates.map((u) => (
                    <tr key={u.line}>
                      <td className={tableClass.td}>{u.line}</td>
                      <td className={tableClass.td}>{u.email}</td>
                      <td className={tableClass.td}>{u.changes.join("; ")}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <p className="mt-4 text-muted">{p.unchanged} already up to date.</p>
          <form action={applyAction} className="mt-6 space-y-4">
            <FormAlert state={applied} />
            <RowErrors state={applied} />
            <input type="hidden" name="csv" value={preview.csv} />
            <input type="hidden" name="filename" value={preview.filename ?? ""} />
            <p>New members will be emailed a link to choose their password.</p>
            <SubmitButton pendingText="Importing…">
              Import: create {p.creates.length}, update {p.updates.length}
            </SubmitButton>
          </form>
        </section>
      )}
    </div>
  );
}

import type { Change } from "@/db/queries/audit/changes";
import type { FormState } from "@/lib/actions";
import { toLondonDate } from "@/lib/dates";
import type { ImportResult } from "./import";
import type { RowError } from "./csv";

/** What the import page shows: the rows' errors, or what would be created and updated. */
export interface ImportState extends FormState {
  errors?: RowError[];
  preview?: {
    creates: Array<{ line: number; email: string; name: string; tier: string; expiry: string }>;
    updates: Array<{ line: number; email: string; changes: string[] }>;
    unchanged: number;
    ignoredColumns: string[];
  };
  /** The checked file, sent back with "Import" so the same text is applied. */
  csv?: string;
  filename?: string;
  /** Text pasted into the form, put back after checking so it can be corrected. */
  pasted?: string;
}

const names: Record<string, string> = { name: "name", tierSlug: "tier", membershipExpiresAt: "expiry" };

function show(field: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return field === "membershipExpiresAt" ? "no expiry" : "(empty)";
  if (field === "membershipExpiresAt") return toLondonDate(new Date(String(value)));
  return String(value);
}

function describeChange(field: string, change: Change): string {
  if ("changed" in change) return `${names[field] ?? field} changed`;
  return `${names[field] ?? field}: ${show(field, change.from)} → ${show(field, change.to)}`;
}

export function describeImport(result: ImportResult, csv: string, filename: string): ImportState {
  if (!result.ok) {
    const n = result.errors.length;
    return {
      status: "error",
      message: `Nothing has been imported: ${n} ${n === 1 ? "row has a problem" : "rows have problems"}. Correct ${n === 1 ? "it" : "them"} in the file and check it again.`,
      errors: result.errors,
      filename,
    };
  }
  const { plan } = result;
  return {
    status: "success",
    message: `Ready to import ${filename}: ${plan.creates.length} new, ${plan.updates.length} to update, ${plan.unchanged} unchanged. Nothing has been written yet.`,
    preview: {
      creates: plan.creates.map((c) => ({ line: c.line, email: c.email, name: c.name, tier: c.tierSlug, expiry: c.expiry ?? "no expiry" })),
      updates: plan.updates.map((u) => ({
        line: u.line,
        email: u.email,
        changes: Object.entries(u.changes).map(([field, change]) => describeChange(field, change)),
      })),
      unchanged: plan.unchanged,
      ignoredColumns: result.ignoredColumns,
    },
    csv,
    filename,
  };
}

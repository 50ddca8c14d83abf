/**
 * Member CSV files: reading an import (email, name, tier, expiry) with an error for every bad row
 * and its line number, and writing an export that opens safely in a spreadsheet.
 */
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { z } from "zod";
import { parseDateInput, toLondonDate } from "@/lib/dates";

export const IMPORT_COLUMNS = ["email", "name", "tier", "expiry"] as const;
export const MAX_IMPORT_ROWS = 5000;
export const MAX_IMPORT_BYTES = 1024 * 1024;

export interface ImportRow {
  line: number;
  email: string;
  name: string;
  tierSlug: string;
  /** "2026-07-31" (membership lasts to the end of that UK day), or null: does not expire. */
  expiry: string | null;
}

export interface RowError {
  line: number;
  message: string;
}

export interface ParsedImport {
  rows: ImportRow[];
  errors: RowError[];
  ignoredColumns: string[];
}

const emailSchema = z.string().max(320).email();

/** A cell our own export protected against spreadsheet formulas ("'=x") comes back as typed. */
const unprotect = (value: string) => value.replace(/^'(?=[=+\-@\t\r])/, "");

export function parseMemberCsv(text: string, tiers: ReadonlyArray<{ slug: string; name: string }>): ParsedImport {
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(text, {
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
      info: true,
    }) as unknown as typeof records;
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    const reason = error instanceof Error ? error.message.replace(/^[^:]*:\s*/, "") : "unreadable";
    return { rows: [], errors: [{ line, message: `The file is not valid CSV here (${reason}).` }], ignoredColumns: [] };
  }
  // A record's info gives the line it ends on; count back over line breaks inside quoted cells.
  const startLine = ({ record, info }: (typeof records)[number]) =>
    info.lines - record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);

  const [header, ...body] = records;
  if (!header) return { rows: [], errors: [{ line: 1, message: "The file is empty." }], ignoredColumns: [] };
  const names = header.record.map((h) => h.trim().toLowerCase());
  const missing = IMPORT_COLUMNS.filter((c) => !names.includes(c));
  if (missing.length > 0) {
    return {
      rows: [],
      errors: [
        {
          line: startLine(header),
          message: `The first line must name the columns email, name, tier and expiry; ${missing.join(", ")} ${missing.length === 1 ? "is" : "are"} missing.`,
        },
      ],
      ignoredColumns: [],
    };
  }
  const ignoredColumns = header.record.filter((h) => !(IMPORT_COLUMNS as readonly string[]).includes(h.trim().toLowerCase()));
  if (body.length === 0) return { rows: [], errors: [{ line: 2, message: "The file has no rows under its header." }], ignoredColumns };
  if (body.length > MAX_IMPORT_ROWS) {
    return {
      rows: [],
      errors: [{ line: startLine(body[MAX_IMPORT_ROWS]!), message: `A file can hold at most ${MAX_IMPORT_ROWS} rows; split it into smaller files.` }],
      ignoredColumns,
    };
  }

  const column = (record: string[], name: (typeof IMPORT_COLUMNS)[number]) => unprotect(record[names.indexOf(name)] ?? "").trim();
  const rows: ImportRow[] = [];
  const errors: RowError[] = [];
  const seen = new Map<string, number>();
  for (const entry of body) {
    const line = startLine(entry);
    const email = column(entry.record, "email");
    const name = column(entry.record, "name");
    const tierText = column(entry.record, "tier");
    const expiryText = column(entry.record, "expiry");
    const problems: string[] = [];

    if (!email) problems.push("the email is empty");
    else if (!emailSchema.safeParse(email).success) problems.push(`“${email}” is not a valid email address`);
    const firstLine = seen.get(email.toLowerCase());
    if (email && firstLine !== undefined) problems.push(`the email ${email} is already on line ${firstLine}`);
    else if (email) seen.set(email.toLowerCase(), line);

    if (!name) problems.push("the name is empty");
    else if (name.length > 120) problems.push("the name is longer than 120 characters");

    const tier = tiers.find((t) => t.slug === tierText.toLowerCase() || t.name.toLowerCase() === tierText.toLowerCase());
    if (!tier) problems.push(`“${tierText}” is not a tier (use ${tiers.map((t) => t.slug).join(", ")})`);

    const expiry = expiryText ? parseDateInput(expiryText) : null;
    if (expiryText && !expiry) problems.push(`“${expiryText}” is not a date (use 2026-07-31 or 31/07/2026)`);
    if (tier?.slug === "free" && expiryText) problems.push("the Free tier does not expire: leave the expiry empty");

    if (problems.length > 0) errors.push({ line, message: capitalise(`${problems.join("; ")}.`) });
    else rows.push({ line, email, name, tierSlug: tier!.slug, expiry });
  }
  return { rows, errors, ignoredColumns };
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export interface ExportRow {
  email: string;
  name: string;
  tierSlug: string;
  membershipExpiresAt: Date | null;
  role: string;
  disabled: boolean;
  createdAt: Date;
}

/** Cells starting with = + - @ would run as formulas in a spreadsheet: prefix them with '. */
const protect = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

/** The export: the import's four columns first (so it can be edited and imported back), then the rest. */
export function membersToCsv(rows: readonly ExportRow[]): string {
  return stringify(
    rows.map((r) => [
      protect(r.email),
      protect(r.name),
      r.tierSlug,
      r.membershipExpiresAt ? toLondonDate(r.membershipExpiresAt) : "",
      r.role,
      r.disabled ? "yes" : "no",
      toLondonDate(r.createdAt),
    ]),
    { header: true, columns: [...IMPORT_COLUMNS, "role", "disabled", "joined"], record_delimiter: "\r\n" },
  );
}

import { stringify } from "csv-stringify/sync";

export interface CpdEntry {
  title: string;
  date: string;
  hours: number;
  reflection: string;
  bookingId: string | null;
}

/** Hours per calendar year, newest year first. */
export function hoursByYear(activities: readonly CpdEntry[]): Array<{ year: string; hours: number }> {
  const totals = new Map<string, number>();
  for (const a of activities) totals.set(a.date.slice(0, 4), (totals.get(a.date.slice(0, 4)) ?? 0) + a.hours);
  return [...totals].map(([year, hours]) => ({ year, hours: Math.round(hours * 100) / 100 })).sort((a, b) => b.year.localeCompare(a.year));
}

export const sourceOf = (a: Pick<CpdEntry, "bookingId">) => (a.bookingId ? "Event attended" : "Own activity");

/** Cells a spreadsheet would run as a formula (=, +, -, @) are prefixed with an apostrophe. */
const safeCell = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

export function cpdCsv(activities: readonly CpdEntry[]): string {
  return stringify([
    ["Date", "Activity", "Hours", "Source", "Reflection"],
    ...activities.map((a) => [a.date, safeCell(a.title), String(a.hours), sourceOf(a), safeCell(a.reflection)]),
  ]);
}

/**
 * Dates and times as staff type and read them: UK wall-clock time (Europe/London, GMT or BST),
 * whatever time zone the server runs in.
 */
const TIME_ZONE = "Europe/London";

const partsFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

function londonParts(date: Date) {
  const parts = Object.fromEntries(partsFormat.formatToParts(date).map((p) => [p.type, p.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** Minutes London is ahead of UTC at an instant (0 in winter, 60 in summer). */
function offsetMinutes(at: number): number {
  const p = londonParts(new Date(at));
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(at / 1000) * 1000) / 60_000);
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** "2026-05-05T14:30" or "2026-05-05T14:30:15" in UK time → the instant; null when not a real time. */
export function fromLondonDateTime(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1).map((v) => Number(v ?? 0)) as number[];
  const wall = Date.UTC(year!, month! - 1, day!, hour!, minute!, second!);
  const check = new Date(wall);
  if (check.getUTCMonth() !== month! - 1 || check.getUTCDate() !== day! || hour! > 23 || minute! > 59 || second! > 59) {
    return null;
  }
  let instant = wall - offsetMinutes(wall) * 60_000;
  const corrected = wall - offsetMinutes(instant) * 60_000;
  if (corrected !== instant) instant = corrected;
  return new Date(instant);
}

/** The instant as a `datetime-local` value in UK time: "2026-05-05T14:30:15". */
export function toLondonDateTime(date: Date): string {
  const p = londonParts(date);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}`;
}

/** The UK calendar date of an instant: "2026-05-05". */
export function toLondonDate(date: Date): string {
  return toLondonDateTime(date).slice(0, 10);
}

/** A date typed as 2026-05-31 or 31/05/2026 → "2026-05-31"; null when not a real date. */
export function parseDateInput(value: string): string | null {
  const v = value.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(v);
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v);
  const [year, month, day] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : uk
      ? [Number(uk[3]), Number(uk[2]), Number(uk[1])]
      : [0, 0, 0];
  if (!year) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** A membership that ends on a date lasts to the end of that day, UK time. */
export function endOfLondonDay(isoDate: string): Date | null {
  const end = fromLondonDateTime(`${isoDate}T23:59:59`);
  return end ? new Date(end.getTime() + 999) : null;
}

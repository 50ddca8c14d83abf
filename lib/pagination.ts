/**
 * The page numbers a pagination bar shows: the first, the last, and `around` either side of the
 * current one, in order; `null` marks a gap of two or more pages. A list of 4,000 pages gets nine
 * entries, not 4,000 links.
 */
export function pageWindow(page: number, pageCount: number, around = 2): Array<number | null> {
  const shown = new Set<number>([1, pageCount]);
  for (let p = page - around; p <= page + around; p++) if (p >= 1 && p <= pageCount) shown.add(p);
  const entries: Array<number | null> = [];
  let previous = 0;
  for (const p of [...shown].sort((a, b) => a - b)) {
    if (p - previous === 2) entries.push(p - 1);
    else if (p - previous > 2) entries.push(null);
    entries.push(p);
    previous = p;
  }
  return entries;
}

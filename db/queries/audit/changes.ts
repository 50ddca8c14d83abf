/** A small, readable record of what a save changed, for the audit log. */
export type Change = { from: unknown; to: unknown } | { changed: true };
export type Changes = Record<string, Change>;

const MAX_TEXT = 200;

function normalise(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return [...value].map(String).sort();
  if (typeof value === "string" && value.length > MAX_TEXT) return `${value.slice(0, MAX_TEXT)}…`;
  return value ?? null;
}

/**
 * The fields whose values differ between `before` (null for a new item) and `after`. Long text
 * fields listed in `opaque` are recorded only as changed, not copied into the log.
 */
export function diffChanges(
  before: Record<string, unknown> | null,
  after: Record<string, unknown>,
  opaque: readonly string[] = [],
): Changes {
  const changes: Changes = {};
  for (const [field, value] of Object.entries(after)) {
    const from = before ? before[field] : undefined;
    const same = JSON.stringify(normalise(from)) === JSON.stringify(normalise(value));
    if (same && before) continue;
    if (before === null && (value === "" || value === null || (Array.isArray(value) && value.length === 0))) continue;
    changes[field] = opaque.includes(field) ? { changed: true } : { from: before ? normalise(from) : null, to: normalise(value) };
  }
  return changes;
}

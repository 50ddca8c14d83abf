import "server-only";
import { db } from "@/db";
import { diffChanges } from "@/db/queries/audit/changes";
import { applyMemberImport, findAccountsByEmail, type ImportedAccount, type ImportPlan } from "@/db/queries/members";
import { listTierNames } from "@/db/queries/tiers";
import { endOfLondonDay, toLondonDate } from "@/lib/dates";
import { parseMemberCsv, type ImportRow, type RowError } from "./csv";

export type ImportResult =
  | { ok: false; errors: RowError[]; ignoredColumns: string[] }
  | { ok: true; plan: ImportPlan; ignoredColumns: string[]; applied: boolean };

function planImport(rows: ImportRow[], existing: Map<string, ImportedAccount>): ImportPlan {
  const plan: ImportPlan = { creates: [], updates: [], unchanged: 0 };
  for (const row of rows) {
    const current = existing.get(row.email.toLowerCase());
    if (!current) {
      const membershipExpiresAt = row.expiry ? endOfLondonDay(row.expiry) : null;
      plan.creates.push({ line: row.line, email: row.email, name: row.name, tierSlug: row.tierSlug, expiry: row.expiry, membershipExpiresAt });
      continue;
    }
    // The same UK date counts as unchanged, whatever time of day the stored expiry has.
    const sameExpiry = (current.membershipExpiresAt ? toLondonDate(current.membershipExpiresAt) : null) === row.expiry;
    const next = {
      name: row.name,
      tierSlug: row.tierSlug,
      membershipExpiresAt: sameExpiry ? current.membershipExpiresAt : row.expiry ? endOfLondonDay(row.expiry) : null,
    };
    const changes = diffChanges(
      { name: current.name, tierSlug: current.tierSlug, membershipExpiresAt: current.membershipExpiresAt },
      next,
    );
    if (Object.keys(changes).length === 0) plan.unchanged++;
    else plan.updates.push({ line: row.line, email: row.email, id: current.id, changes, next });
  }
  return plan;
}

/**
 * Checks a member CSV and, with `apply`, carries it out: every row or none. A file with any bad
 * row writes nothing and returns every row's errors. Applying re-reads the accounts inside the
 * transaction, so the result matches the database at that moment, not at the preview.
 */
export async function importMembers(
  actorId: string,
  csv: string,
  { filename, apply }: { filename: string; apply: boolean },
): Promise<ImportResult> {
  return db.transaction(async (tx) => {
    const parsed = parseMemberCsv(csv, await listTierNames(tx));
    if (parsed.errors.length > 0) return { ok: false as const, errors: parsed.errors, ignoredColumns: parsed.ignoredColumns };
    const plan = planImport(parsed.rows, await findAccountsByEmail(tx, parsed.rows.map((r) => r.email)));
    if (!apply) return { ok: true as const, plan, ignoredColumns: parsed.ignoredColumns, applied: false };
    await applyMemberImport(tx, actorId, filename, plan);
    return { ok: true as const, plan, ignoredColumns: parsed.ignoredColumns, applied: true };
  });
}

import "server-only";
import { randomBytes } from "node:crypto";
import { asc, eq, inArray, sql } from "drizzle-orm";
import { db, type Executor } from "@/db";
import { accounts, tiers } from "@/db/schema";
import { diffChanges, type Changes } from "@/lib/admin/diff";
import { parseMemberCsv, type ImportRow, type RowError } from "@/lib/admin/member-csv";
import { endOfLondonDay, toLondonDate } from "@/lib/dates";
import { recordAudit } from "./audit";

export interface PlannedCreate {
  line: number;
  email: string;
  name: string;
  tierSlug: string;
  expiry: string | null;
}

export interface PlannedUpdate {
  line: number;
  email: string;
  id: string;
  changes: Changes;
  next: { name: string; tierSlug: string; membershipExpiresAt: Date | null };
}

export interface ImportPlan {
  creates: PlannedCreate[];
  updates: PlannedUpdate[];
  unchanged: number;
}

export type ImportResult =
  | { ok: false; errors: RowError[]; ignoredColumns: string[] }
  | { ok: true; plan: ImportPlan; ignoredColumns: string[]; applied: boolean };

/** Not an argon2 hash, so no password ever matches it: the owner sets one through the emailed link. */
const unusablePasswordHash = () => `!imported:${randomBytes(24).toString("base64url")}`;

async function planImport(tx: Executor, rows: ImportRow[]): Promise<ImportPlan> {
  const emails = rows.map((r) => r.email.toLowerCase());
  const existing = new Map<string, { id: string; name: string; tierSlug: string; membershipExpiresAt: Date | null }>();
  for (let i = 0; i < emails.length; i += 1000) {
    const found = await tx
      .select({
        id: accounts.id,
        email: sql<string>`lower(${accounts.email})`,
        name: accounts.name,
        tierSlug: accounts.tierSlug,
        membershipExpiresAt: accounts.membershipExpiresAt,
      })
      .from(accounts)
      .where(inArray(sql`lower(${accounts.email})`, emails.slice(i, i + 1000)));
    for (const row of found) existing.set(row.email, row);
  }
  const plan: ImportPlan = { creates: [], updates: [], unchanged: 0 };
  for (const row of rows) {
    const current = existing.get(row.email.toLowerCase());
    if (!current) {
      plan.creates.push({ line: row.line, email: row.email, name: row.name, tierSlug: row.tierSlug, expiry: row.expiry });
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
    const tierRows = await tx.select({ slug: tiers.slug, name: tiers.name }).from(tiers).orderBy(asc(tiers.position));
    const parsed = parseMemberCsv(csv, tierRows);
    if (parsed.errors.length > 0) return { ok: false as const, errors: parsed.errors, ignoredColumns: parsed.ignoredColumns };
    const plan = await planImport(tx, parsed.rows);
    if (!apply) return { ok: true as const, plan, ignoredColumns: parsed.ignoredColumns, applied: false };

    const now = new Date();
    for (let i = 0; i < plan.creates.length; i += 500) {
      await tx.insert(accounts).values(
        plan.creates.slice(i, i + 500).map((c) => ({
          email: c.email,
          name: c.name,
          tierSlug: c.tierSlug,
          membershipExpiresAt: c.expiry ? endOfLondonDay(c.expiry) : null,
          passwordHash: unusablePasswordHash(),
          emailVerifiedAt: now,
        })),
      );
    }
    for (const update of plan.updates) {
      await tx.update(accounts).set({ ...update.next, updatedAt: now }).where(eq(accounts.id, update.id));
    }
    const list = (emails: string[]) => (emails.length > 50 ? [...emails.slice(0, 50), `…and ${emails.length - 50} more`] : emails);
    await recordAudit(tx, {
      actorId,
      action: "import",
      entityType: "account",
      summary: `Imported ${filename}: ${plan.creates.length} created, ${plan.updates.length} updated, ${plan.unchanged} unchanged`,
      changes: { created: list(plan.creates.map((c) => c.email)), updated: list(plan.updates.map((u) => u.email)) },
    });
    return { ok: true as const, plan, ignoredColumns: parsed.ignoredColumns, applied: true };
  });
}

import "server-only";
import { randomBytes } from "node:crypto";
import { and, asc, count, eq, gt, ilike, inArray, isNull, lte, ne, or, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { db, type Executor, type Transaction } from "@/db";
import { accounts, type Role } from "@/db/schema";
import { recordAudit } from "./audit";
import { diffChanges, type Changes } from "./audit/changes";
import { containsPattern } from "./content/list";
import { pageOf } from "./shared";

export interface MemberFilters {
  q?: string;
  tier?: string;
  role?: Role;
  expired?: "yes" | "no";
  disabled?: "yes" | "no";
}

const expired = and(ne(accounts.tierSlug, "free"), lte(accounts.membershipExpiresAt, sql`now()`))!;

function memberWhere(filters: MemberFilters): SQL | undefined {
  const where: SQL[] = [];
  const q = filters.q?.trim();
  if (q) where.push(or(ilike(accounts.name, containsPattern(q)), ilike(accounts.email, containsPattern(q)))!);
  if (filters.tier) where.push(eq(accounts.tierSlug, filters.tier));
  if (filters.role) where.push(eq(accounts.role, filters.role));
  if (filters.expired === "yes") where.push(expired);
  if (filters.expired === "no") where.push(or(eq(accounts.tierSlug, "free"), isNull(accounts.membershipExpiresAt), gt(accounts.membershipExpiresAt, sql`now()`))!);
  if (filters.disabled) where.push(eq(accounts.disabled, filters.disabled === "yes"));
  return where.length ? and(...where) : undefined;
}

const memberColumns = {
  id: accounts.id,
  email: accounts.email,
  name: accounts.name,
  role: accounts.role,
  tierSlug: accounts.tierSlug,
  membershipExpiresAt: accounts.membershipExpiresAt,
  disabled: accounts.disabled,
  emailVerifiedAt: accounts.emailVerifiedAt,
  createdAt: accounts.createdAt,
};

/** By name, case-insensitively; emails are unique, so the order is total. accounts_list_idx is in it. */
const byName = [asc(accounts.sortName), asc(accounts.email)];

/** Shortest search that the trigram indexes can look up (pg_trgm needs three characters). */
const TRIGRAM = 3;

/**
 * The ids of one page of members. Without a search they come from accounts_list_idx alone (it
 * carries every filtered column), however far in the page is. A name or email search collects its
 * matches through the trigram indexes first, then sorts them: walking the table in name order
 * instead, as the planner would, reads most of it when the matches cluster in that order (everyone
 * called Sophie is under "s"). A materialized CTE is what keeps the planner from walking.
 */
function pageOfIds(filters: MemberFilters, where: SQL | undefined, page: number, pageSize: number): SQLWrapper {
  const offset = (page - 1) * pageSize;
  if ((filters.q?.trim().length ?? 0) < TRIGRAM) {
    return db.select({ id: accounts.id }).from(accounts).where(where).orderBy(...byName).limit(pageSize).offset(offset);
  }
  const matching = db.select({ id: accounts.id, sortName: accounts.sortName, email: accounts.email }).from(accounts).where(where);
  return sql`(with matching as materialized (${matching})
    select id from matching order by sort_name, email limit ${pageSize} offset ${offset})`;
}

export async function listMembers(filters: MemberFilters, page: number, pageSize = 25) {
  const where = memberWhere(filters);
  const pageIds = pageOfIds(filters, where, page, pageSize);
  const [items, [totals]] = await Promise.all([
    db.select(memberColumns).from(accounts).where(inArray(accounts.id, pageIds)).orderBy(...byName),
    db.select({ total: count() }).from(accounts).where(where),
  ]);
  return pageOf(items, totals?.total ?? 0, page, pageSize);
}

export type MemberRow = Awaited<ReturnType<typeof listMembers>>["items"][number];

/** Every account matching the filters, for the CSV export. */
export async function listMembersForExport(filters: MemberFilters, limit = 100_000) {
  return db
    .select(memberColumns)
    .from(accounts)
    .where(memberWhere(filters))
    .orderBy(...byName)
    .limit(limit);
}

export async function getMember(id: string) {
  const [row] = await db.select({ ...memberColumns, complimentary: accounts.complimentary }).from(accounts).where(eq(accounts.id, id)).limit(1);
  return row ?? null;
}

export interface MemberChanges {
  tierSlug: string;
  membershipExpiresAt: Date | null;
  role: Role;
  disabled: boolean;
}

export type MemberUpdateResult =
  | { ok: true; changed: boolean }
  | { ok: false; reason: "not-found" | "own-admin-role" | "disable-self" };

/**
 * Changes an account's tier, expiry, role or disabled flag; it applies on the account's next
 * request. An admin cannot take away their own admin role or disable themselves.
 */
export async function updateMember(actorId: string, id: string, next: MemberChanges): Promise<MemberUpdateResult> {
  if (actorId === id && next.role !== "admin") return { ok: false, reason: "own-admin-role" };
  if (actorId === id && next.disabled) return { ok: false, reason: "disable-self" };
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select({
        email: accounts.email,
        tierSlug: accounts.tierSlug,
        membershipExpiresAt: accounts.membershipExpiresAt,
        role: accounts.role,
        disabled: accounts.disabled,
      })
      .from(accounts)
      .where(eq(accounts.id, id))
      .for("update");
    if (!before) return { ok: false as const, reason: "not-found" as const };
    const changes = diffChanges(before, { ...next });
    if (Object.keys(changes).length === 0) return { ok: true as const, changed: false };
    // Disabling (or enabling) an account or changing its role ends every session it has: cookies
    // from before do not come back to life when it is enabled again, nor keep an old role's pages.
    const endSessions = "disabled" in changes || "role" in changes;
    await tx
      .update(accounts)
      .set({ ...next, updatedAt: new Date(), ...(endSessions ? { sessionVersion: sql`${accounts.sessionVersion} + 1` } : {}) })
      .where(eq(accounts.id, id));
    await recordAudit(tx, {
      actorId,
      action: "update",
      entityType: "account",
      entityId: id,
      summary: `Changed ${Object.keys(changes).map(fieldName).join(", ")} of ${before.email}${endSessions ? "; signed out everywhere" : ""}`,
      changes,
    });
    return { ok: true as const, changed: true };
  });
}

const fieldName = (field: string) =>
  ({ tierSlug: "tier", membershipExpiresAt: "expiry", role: "role", disabled: "disabled" })[field] ?? field;

/** Notes in the audit log that staff sent an account a password-reset link. */
export async function recordPasswordResetSent(tx: Executor, actorId: string, id: string, email: string) {
  await recordAudit(tx, {
    actorId,
    action: "send-password-reset",
    entityType: "account",
    entityId: id,
    summary: `Sent a password-reset email to ${email}`,
  });
}

// Importing a member CSV: lib/members reads the file and plans; these read and write the accounts.

export interface PlannedCreate {
  line: number;
  email: string;
  name: string;
  tierSlug: string;
  expiry: string | null;
  membershipExpiresAt: Date | null;
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

export interface ImportedAccount {
  id: string;
  name: string;
  tierSlug: string;
  membershipExpiresAt: Date | null;
}

/** The accounts with these emails (compared case-insensitively), keyed by lowercased email. */
export async function findAccountsByEmail(tx: Executor, emails: string[]): Promise<Map<string, ImportedAccount>> {
  const lowered = emails.map((e) => e.toLowerCase());
  const existing = new Map<string, ImportedAccount>();
  for (let i = 0; i < lowered.length; i += 1000) {
    const found = await tx
      .select({
        id: accounts.id,
        email: sql<string>`lower(${accounts.email})`,
        name: accounts.name,
        tierSlug: accounts.tierSlug,
        membershipExpiresAt: accounts.membershipExpiresAt,
      })
      .from(accounts)
      .where(inArray(sql`lower(${accounts.email})`, lowered.slice(i, i + 1000)));
    for (const { email, ...row } of found) existing.set(email, row);
  }
  return existing;
}

/** Starts the stored hash of an imported account that has not chosen a password yet. */
export const IMPORTED_PASSWORD_PREFIX = "!imported:";

/** Not an argon2 hash, so no password ever matches it: the owner sets one through the emailed link. */
const unusablePasswordHash = () => `${IMPORTED_PASSWORD_PREFIX}${randomBytes(24).toString("base64url")}`;

/** Carries out a checked import plan inside the caller's transaction, with its audit entry. */
export async function applyMemberImport(tx: Transaction, actorId: string, filename: string, plan: ImportPlan) {
  const now = new Date();
  for (let i = 0; i < plan.creates.length; i += 500) {
    await tx.insert(accounts).values(
      plan.creates.slice(i, i + 500).map((c) => ({
        email: c.email,
        name: c.name,
        tierSlug: c.tierSlug,
        membershipExpiresAt: c.membershipExpiresAt,
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
}

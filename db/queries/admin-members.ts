import "server-only";
import { and, asc, count, eq, gt, ilike, isNull, lte, ne, or, sql, type SQL } from "drizzle-orm";
import { db, type Executor } from "@/db";
import { accounts, type Role } from "@/db/schema";
import { diffChanges } from "@/lib/admin/diff";
import { containsPattern } from "./admin-content-list";
import { recordAudit } from "./audit";
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

export async function listMembers(filters: MemberFilters, page: number, pageSize = 25) {
  const where = memberWhere(filters);
  const [items, [totals]] = await Promise.all([
    db
      .select(memberColumns)
      .from(accounts)
      .where(where)
      .orderBy(asc(sql`lower(${accounts.name})`), asc(accounts.email))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
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
    .orderBy(asc(sql`lower(${accounts.name})`), asc(accounts.email))
    .limit(limit);
}

export async function getMember(id: string) {
  const [row] = await db.select(memberColumns).from(accounts).where(eq(accounts.id, id)).limit(1);
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
    await tx.update(accounts).set({ ...next, updatedAt: new Date() }).where(eq(accounts.id, id));
    await recordAudit(tx, {
      actorId,
      action: "update",
      entityType: "account",
      entityId: id,
      summary: `Changed ${Object.keys(changes).map(fieldName).join(", ")} of ${before.email}`,
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

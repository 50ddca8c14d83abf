import "server-only";
import { and, count, desc, eq, inArray, type SQL } from "drizzle-orm";
import { db, type Executor } from "@/db";
import { accounts, auditLog } from "@/db/schema";
import { pageOf, type Page } from "../shared";
import type { AuditAction } from "./actions";
import type { Changes } from "./changes";

export const auditEntityTypes = ["article", "resource", "account", "tier", "email", "setting", "synonym", "organisation", "newsletter", "event", "booking"] as const;
export type AuditEntityType = (typeof auditEntityTypes)[number];

export interface AuditEntry {
  /** Null: no person, e.g. a verified Stripe event. */
  actorId: string | null;
  action: AuditAction;
  entityType: AuditEntityType;
  entityId?: string | null;
  summary: string;
  changes?: Changes | Record<string, unknown> | null;
}

/** Records a staff change. Pass the transaction that makes the change, so both commit or neither does. */
export async function recordAudit(tx: Executor, entry: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values({
    actorId: entry.actorId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    summary: entry.summary,
    changes: entry.changes && Object.keys(entry.changes).length > 0 ? entry.changes : null,
  });
}

export interface AuditFilters {
  actorId?: string;
  entityType?: string;
  entityId?: string;
  action?: string;
  entityTypes?: readonly string[];
}

const columns = {
  id: auditLog.id,
  action: auditLog.action,
  entityType: auditLog.entityType,
  entityId: auditLog.entityId,
  summary: auditLog.summary,
  changes: auditLog.changes,
  createdAt: auditLog.createdAt,
  actorId: auditLog.actorId,
  actorName: accounts.name,
  actorEmail: accounts.email,
};

export type AuditRow = Awaited<ReturnType<typeof listAudit>>["items"][number];

function conditions(filters: AuditFilters): SQL | undefined {
  const where: SQL[] = [];
  if (filters.actorId) where.push(eq(auditLog.actorId, filters.actorId));
  if (filters.entityType) where.push(eq(auditLog.entityType, filters.entityType));
  if (filters.entityId) where.push(eq(auditLog.entityId, filters.entityId));
  if (filters.action) where.push(eq(auditLog.action, filters.action));
  if (filters.entityTypes) where.push(inArray(auditLog.entityType, [...filters.entityTypes]));
  return where.length ? and(...where) : undefined;
}

export async function listAudit(filters: AuditFilters, page: number, pageSize = 30) {
  const where = conditions(filters);
  const [items, [totals]] = await Promise.all([
    db
      .select(columns)
      .from(auditLog)
      .leftJoin(accounts, eq(accounts.id, auditLog.actorId))
      .where(where)
      .orderBy(desc(auditLog.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ total: count() }).from(auditLog).where(where),
  ]);
  return pageOf(items, totals?.total ?? 0, page, pageSize) satisfies Page<(typeof items)[number]>;
}

/** The newest entries, for the dashboard (editors see only content). */
export async function listRecentActivity(limit: number, entityTypes?: readonly string[]) {
  return (await listAudit({ entityTypes }, 1, limit)).items;
}

/** The people and actions that appear in the log, for its filters. */
export async function listAuditFacets() {
  const [actors, actions] = await Promise.all([
    db
      .selectDistinct({ id: accounts.id, name: accounts.name, email: accounts.email })
      .from(auditLog)
      .innerJoin(accounts, eq(accounts.id, auditLog.actorId))
      .orderBy(accounts.name, accounts.id),
    db.selectDistinct({ action: auditLog.action }).from(auditLog).orderBy(auditLog.action),
  ]);
  return { actors, actions: actions.map((a) => a.action) };
}

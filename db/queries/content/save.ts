import "server-only";
import { and, eq } from "drizzle-orm";
import { db, type Executor, type Transaction } from "@/db";
import { accounts, newsArticles, resources, type ContentStatus } from "@/db/schema";
import { recordAudit } from "../audit";
import { diffChanges } from "../audit/changes";
import { auditAction, auditVerbs, displayStatus, resolvePublishedAt } from "./status";

/** The result of saving an article or resource. */
export type SaveResult =
  | { ok: true; id: string; slug: string; previousSlug: string | null }
  | { ok: false; reason: "slug-taken"; takenBy: string }
  | { ok: false; reason: "conflict"; by: string | null; at: Date }
  | { ok: false; reason: "not-found" };

/** What every content kind's form carries besides its own fields. */
export interface ContentFields {
  title: string;
  slug: string;
  body: string;
  /** An uploaded image's `/media/…` address, or "" for none; its alt text ("" without an image). */
  featureImage: string;
  featureImageAlt: string;
  status: ContentStatus;
  /** The time asked for; null: see resolvePublishedAt. */
  publishedAt: Date | null;
}

/** One kind of versioned content (articles, resources): its table and what is particular to it. */
export interface ContentKind<F extends ContentFields> {
  table: typeof newsArticles | typeof resources;
  /** The word the audit log and the messages use. */
  entityType: "article" | "resource";
  slugConstraint: string;
  /** The kind's own columns from the form (title, slug and body included; status and dates not). */
  columns: (fields: F) => Record<string, unknown>;
  /** The kind's links (topics, tiers, related items) as the form carries them, for the audit diff. */
  readLinks: (tx: Transaction, id: string) => Promise<Partial<F>>;
  replaceLinks: (tx: Transaction, id: string, fields: F) => Promise<void>;
  /** The fields as the audit log compares them. */
  snapshot: (fields: F) => Record<string, unknown>;
}

/** True for PostgreSQL's unique_violation (23505), however the driver wraps it. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, constraint_name, constraint: c } = e as { code?: string; constraint_name?: string; constraint?: string };
    if (code === "23505") return !constraint || constraint_name === constraint || c === constraint || String(e).includes(constraint);
  }
  return false;
}

/** Thrown inside a transaction to roll it back and report a refused save. */
class SaveRefused extends Error {
  constructor(readonly result: Exclude<SaveResult, { ok: true }>) {
    super(result.reason);
  }
}

async function accountName(tx: Executor, id: string | null): Promise<string | null> {
  if (!id) return null;
  const [row] = await tx.select({ name: accounts.name }).from(accounts).where(eq(accounts.id, id)).limit(1);
  return row?.name ?? null;
}

/** What every kind's shared columns need: its table and its name. */
type KindTable = Pick<ContentKind<ContentFields>, "table" | "entityType">;

// The tables share these columns; Drizzle's types do not follow a union of tables.
const tableOf = (kind: KindTable) => kind.table as typeof resources;

async function slugOwner(executor: Executor, kind: KindTable, slug: string, exceptId: string | null) {
  const table = tableOf(kind);
  const [row] = await executor.select({ id: table.id, title: table.title }).from(table).where(eq(table.slug, slug)).limit(1);
  return row && row.id !== exceptId ? row.title : null;
}

/**
 * Creates an item (`target` null), or saves a new version of one if nobody else has since
 * `expectedVersion` was read; otherwise refuses and names who changed it and when. The row is
 * locked while checking, so of two simultaneous saves exactly one wins. The row, its links and the
 * audit entry commit together.
 */
export async function saveContent<F extends ContentFields>(
  kind: ContentKind<F>,
  actorId: string,
  target: { id: string; expectedVersion: number } | null,
  fields: F,
): Promise<SaveResult> {
  const table = tableOf(kind);
  try {
    return await db.transaction(async (tx) => {
      const [before] = target ? await tx.select().from(table).where(eq(table.id, target.id)).for("update") : [null];
      if (target && !before) throw new SaveRefused({ ok: false, reason: "not-found" });
      if (target && before && before.version !== target.expectedVersion) {
        const by = await accountName(tx, before.updatedById);
        throw new SaveRefused({ ok: false, reason: "conflict", by, at: before.updatedAt });
      }
      const clash = await slugOwner(tx, kind, fields.slug, target?.id ?? null);
      if (clash) throw new SaveRefused({ ok: false, reason: "slug-taken", takenBy: clash });
      const beforeFields = target && before ? { ...(before as unknown as F), ...(await kind.readLinks(tx, target.id)) } : null;
      const now = new Date();
      const publishedAt = resolvePublishedAt(fields.status, fields.publishedAt, before?.publishedAt ?? null, now);
      const row = { ...kind.columns(fields), status: fields.status, publishedAt, updatedAt: now, updatedById: actorId };
      let id: string;
      if (target && before) {
        id = target.id;
        await tx
          .update(table)
          .set({ ...row, version: before.version + 1 } as Partial<typeof resources.$inferInsert>)
          .where(and(eq(table.id, id), eq(table.version, target.expectedVersion)));
      } else {
        const [created] = await tx
          .insert(table)
          .values({ ...row, authorId: actorId, createdAt: now } as typeof resources.$inferInsert)
          .returning({ id: table.id });
        id = created!.id;
      }
      await kind.replaceLinks(tx, id, fields);
      const state = displayStatus(fields.status, publishedAt, now);
      const action = before ? auditAction(displayStatus(before.status, before.publishedAt, now), state) : "create";
      await recordAudit(tx, {
        actorId,
        action,
        entityType: kind.entityType,
        entityId: id,
        summary:
          action === "create"
            ? `Created ${kind.entityType} “${fields.title}” (${state})`
            : `${auditVerbs[action]} ${kind.entityType} “${fields.title}”`,
        changes: diffChanges(beforeFields && kind.snapshot(beforeFields), kind.snapshot({ ...fields, publishedAt }), ["body"]),
      });
      const previousSlug = before && before.slug !== fields.slug ? before.slug : null;
      return { ok: true as const, id, slug: fields.slug, previousSlug };
    });
  } catch (error) {
    if (error instanceof SaveRefused) return error.result;
    if (isUniqueViolation(error, kind.slugConstraint)) {
      const takenBy = await slugOwner(db, kind, fields.slug, null);
      return { ok: false, reason: "slug-taken", takenBy: takenBy ?? `another ${kind.entityType}` };
    }
    throw error;
  }
}

/**
 * Takes an item off the public site (back to draft), in one transaction with its audit entry.
 * Bumps the version: open edit forms must reload. Null when there is no such row.
 */
export async function unpublishContent(kind: KindTable, actorId: string, id: string) {
  const table = tableOf(kind);
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select({ title: table.title, slug: table.slug, status: table.status, version: table.version })
      .from(table)
      .where(eq(table.id, id))
      .for("update");
    if (!before) return null;
    if (before.status === "draft") return { slug: before.slug, changed: false };
    await tx
      .update(table)
      .set({ status: "draft", version: before.version + 1, updatedAt: new Date(), updatedById: actorId })
      .where(eq(table.id, id));
    await recordAudit(tx, {
      actorId,
      action: "unpublish",
      entityType: kind.entityType,
      entityId: id,
      summary: `Unpublished ${kind.entityType} “${before.title}”`,
      changes: { status: { from: before.status, to: "draft" } },
    });
    return { slug: before.slug, changed: true };
  });
}

import "server-only";
import { and, eq, ilike, or, sql } from "drizzle-orm";
import type { Executor } from "@/db";
import { accounts, auditLog, erasureRequests } from "@/db/schema";

/** Who a privacy export or erasure is about: what identifies them in the rows to find or clean. */
export interface Person {
  id: string;
  email: string;
  name: string;
}

/** The name an erased account keeps: a placeholder that names nobody. */
export const ERASED_NAME = "Erased member";

/** The address an erased account keeps: unique, undeliverable (`.invalid`), and nobody's. */
export function erasedEmail(id: string): string {
  return `erased-${id}@erased.invalid`;
}

export async function getPerson(executor: Executor, id: string, lock = false): Promise<Person | null> {
  const query = executor.select({ id: accounts.id, email: accounts.email, name: accounts.name }).from(accounts).where(eq(accounts.id, id));
  const [row] = lock ? await query.for("update") : await query;
  return row ?? null;
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * The text with the person's email and name replaced by a placeholder (case-insensitive). In JSON,
 * pass the JSON text: names with quotes or backslashes are matched as JSON writes them.
 */
export function redactPerson(text: string, person: Person, json = false): string {
  const form = (v: string) => (json ? JSON.stringify(v).slice(1, -1) : v);
  let out = text;
  for (const value of [person.email, person.name]) {
    if (value.trim().length < 2) continue;
    out = out.replace(new RegExp(escapeRegExp(form(value)), "gi"), json ? form(ERASED_NAME) : ERASED_NAME);
  }
  return out;
}

function mentions(column: ReturnType<typeof sql>, person: Person) {
  return or(...[person.email, person.name].filter((v) => v.trim().length >= 2).map((v) => ilike(column, `%${escapeLike(v)}%`)));
}

/** Audit entries by the person, about their account, or naming them. */
export function auditRowsOf(person: Person) {
  return or(
    eq(auditLog.actorId, person.id),
    and(eq(auditLog.entityType, "account"), eq(auditLog.entityId, person.id)),
    mentions(sql`${auditLog.summary}`, person),
    mentions(sql`${auditLog.changes}::text`, person),
  );
}

/** Removes the person's name and email from every audit entry that names them; the entries stay. */
export async function redactAudit(tx: Executor, person: Person): Promise<number> {
  const rows = await tx
    .select({ id: auditLog.id, summary: auditLog.summary, changes: auditLog.changes })
    .from(auditLog)
    .where(or(mentions(sql`${auditLog.summary}`, person), mentions(sql`${auditLog.changes}::text`, person)));
  for (const row of rows) {
    const changes = row.changes === null ? null : JSON.parse(redactPerson(JSON.stringify(row.changes), person, true));
    await tx.update(auditLog).set({ summary: redactPerson(row.summary, person), changes }).where(eq(auditLog.id, row.id));
  }
  return rows.length;
}

/** Removes the person's name and email from staff notes on erasure requests (theirs and others'). */
export async function redactErasureNotes(tx: Executor, person: Person): Promise<number> {
  const rows = await tx.select({ id: erasureRequests.id, note: erasureRequests.note }).from(erasureRequests).where(mentions(sql`${erasureRequests.note}`, person));
  for (const row of rows) await tx.update(erasureRequests).set({ note: redactPerson(row.note, person) }).where(eq(erasureRequests.id, row.id));
  return rows.length;
}

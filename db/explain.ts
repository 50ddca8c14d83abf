import { sql, type SQL } from "drizzle-orm";
import { observeQueries, type Database } from "./index";

/**
 * Query plans of what the app really sends: run some data-layer calls, capture each statement with
 * its parameters (`observeQueries`), and EXPLAIN ANALYZE it.
 */

export interface CapturedQuery {
  sql: string;
  params: unknown[];
  /** Planner settings it ran under (`withPlannerSettings`), to explain it under. */
  settings?: Record<string, string>;
}

const SET_CONFIG = /^select set_config\(\$\d+, \$\d+, true\)(, set_config\(\$\d+, \$\d+, true\))*$/;

/**
 * Runs `work` and returns every statement it sent, in order, with what `work` returned. A statement
 * that only changes planner settings (`withPlannerSettings`) is captured too, and its settings are
 * given to the next statement that is not one (first come, first given: two such transactions may
 * run side by side, each a settings statement and then its own).
 */
export async function captureQueries<T>(work: () => Promise<T>): Promise<{ result: T; queries: CapturedQuery[] }> {
  const queries: CapturedQuery[] = [];
  const pending: Record<string, string>[] = [];
  const stop = observeQueries((query, params) => {
    if (SET_CONFIG.test(query)) {
      const settings: Record<string, string> = {};
      for (let i = 0; i + 1 < params.length; i += 2) settings[String(params[i])] = String(params[i + 1]);
      pending.push(settings);
      queries.push({ sql: query, params });
      return;
    }
    const settings = pending.shift();
    queries.push({ sql: query, params, ...(settings ? { settings } : {}) });
  });
  try {
    return { result: await work(), queries };
  } finally {
    stop();
  }
}

/** The statement with its `$n` placeholders bound to `params` again, for either driver. */
function rebind({ sql: text, params }: CapturedQuery): SQL {
  const parts = text.split(/\$(\d+)\b/);
  return sql.join(parts.map((part, i) => (i % 2 === 1 ? sql`${params[Number(part) - 1]}` : sql.raw(part))));
}

/** `EXPLAIN (ANALYZE, BUFFERS OFF, FORMAT TEXT)` of a captured statement: the plan's lines. */
export async function explainAnalyze(db: Database, query: CapturedQuery): Promise<string[]> {
  return db.transaction(async (tx) => {
    await applySettings(tx, query);
    return planLines(await tx.execute(sql`explain (analyze, buffers off, format text) ${rebind(query)}`));
  });
}

async function applySettings(tx: Pick<Database, "execute">, query: CapturedQuery) {
  for (const [name, value] of Object.entries(query.settings ?? {})) await tx.execute(sql`select set_config(${name}, ${value}, true)`);
}

/** A parameter as an SQL literal, for EXECUTE: quoted and untyped, so it takes the parameter's type. */
function literal(value: unknown): string {
  if (value === null || value === undefined) return "NULL";
  const text = value instanceof Date ? value.toISOString() : String(value);
  return `'${text.replace(/'/g, "''")}'`;
}

/**
 * The generic plan of a captured statement: the one PostgreSQL may settle on for a prepared
 * statement (as postgres.js prepares every query) after five executions, made without the values.
 * PostgreSQL only.
 */
let prepared = 0;

export async function explainGeneric(db: Database, query: CapturedQuery): Promise<string[]> {
  // A new name each time: a statement prepared in a transaction that fails outlives it.
  const name = `scale_generic_${++prepared}`;
  return db.transaction(async (tx) => {
    await tx.execute(sql.raw(`prepare ${name} as ${query.sql}`));
    await tx.execute(sql`set local plan_cache_mode = force_generic_plan`);
    await applySettings(tx, query);
    const args = query.params.length ? `(${query.params.map(literal).join(", ")})` : "";
    const plan = planLines(await tx.execute(sql.raw(`explain (analyze, buffers off, format text) execute ${name}${args}`)));
    await tx.execute(sql.raw(`deallocate ${name}`));
    return plan;
  });
}

function planLines(result: unknown): string[] {
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Array<Record<string, string>>;
  return rows.map((row) => row["QUERY PLAN"] ?? Object.values(row)[0] ?? "");
}

/** The tables of `tables` that the plan reads with a sequential scan. */
export function seqScannedTables(plan: string[], tables: readonly string[]): string[] {
  const scanned = new Set<string>();
  for (const line of plan) {
    const match = line.match(/Seq Scan on (\w+)/);
    if (match && tables.includes(match[1]!)) scanned.add(match[1]!);
  }
  return [...scanned];
}

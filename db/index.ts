import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { setFlagsFromString } from "node:v8";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import type { Logger } from "drizzle-orm/logger";
import { drizzle as drizzlePostgres, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { env } from "@/lib/env";
import { processSlot } from "./process-state";
import * as schema from "./schema";

/**
 * The one database client. `DATABASE_URL` set: PostgreSQL through postgres.js (production, several
 * app processes). Unset: embedded PGlite in a data folder, so a fresh clone runs with no server.
 * Both speak the same SQL through the same Drizzle query builder; the PGlite client is typed as
 * the postgres.js one because their query APIs are identical.
 */
export type Database = PostgresJsDatabase<typeof schema>;
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
/** Anything that can run a query: the client or an open transaction. */
export type Executor = Database | Transaction;

/** Rows of each statement of a raw SQL text (several statements: one result each). */
export type RawResult = { rows: Record<string, unknown>[] } | { rows: Record<string, unknown>[] }[];

interface Connection {
  db: Database;
  kind: "postgres" | "pglite";
  /** Raw SQL for libraries that bring their own (the job queue): same client, same pool or turns. */
  executeSql: (text: string, values?: unknown[]) => Promise<RawResult>;
  close: () => Promise<void>;
}

function pgliteExecutor(client: PGlite): Connection["executeSql"] {
  return async (text, values) => {
    // Parameters need the extended protocol (one statement); several statements need exec.
    if (values && values.length > 0) return { rows: (await client.query<Record<string, unknown>>(text, values as unknown[])).rows };
    const results = await client.exec(text);
    return results.length === 1 ? { rows: results[0]!.rows as Record<string, unknown>[] } : results.map((r) => ({ rows: r.rows as Record<string, unknown>[] }));
  };
}

/**
 * A raw parameter as node-postgres would send it, which libraries on raw SQL (pg-boss) expect: a
 * Date as its ISO time, an object as JSON. postgres.js's `unsafe` sends neither without a type (a
 * cron schedule's data and time stopped the job queue starting on PostgreSQL).
 */
function asParameter(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (value !== null && typeof value === "object" && !Array.isArray(value) && !(value instanceof Uint8Array)) return JSON.stringify(value);
  return value;
}

/** PostgreSQL extensions the migrations create (PGlite bundles each one it may load). */
export const pgliteExtensions = { pg_trgm };

/**
 * During `next build` the real database is the wrong one or none (and an embedded PGlite folder must
 * never be opened by two processes), but Next prerenders the cached public pages. They get an empty,
 * freshly migrated in-memory database instead: the pages render with no content, and those renders
 * are never served, because our cache handler ignores build output, so each page is rendered from
 * the real database on its first request.
 */
function emptyBuildDatabase(): PGlite {
  const client = new PGlite({ extensions: pgliteExtensions });
  const folder = path.join(process.cwd(), "db", "migrations");
  const migrations = readdirSync(folder)
    .filter((name) => name.endsWith(".sql"))
    .sort()
    .map((name) => readFileSync(path.join(folder, name), "utf8"));
  const ready = migrations.reduce<Promise<unknown>>((done, sql) => done.then(() => client.exec(sql)), Promise.resolve());
  const waitFirst = new Set<PropertyKey>(["query", "exec", "transaction"]);
  return new Proxy(client, {
    get(target, property) {
      const value = Reflect.get(target, property, target) as unknown;
      if (typeof value !== "function") return value;
      const method = (value as (...a: unknown[]) => unknown).bind(target);
      return waitFirst.has(property) ? async (...args: unknown[]) => (await ready, method(...args)) : method;
    },
  });
}

type QueryObserver = (query: string, params: unknown[]) => void;
const observers = processSlot("query-observers", () => new Set<QueryObserver>());

/**
 * Drizzle hands every statement it sends to its logger (and to a no-op one when none is given), so
 * this costs what the no-op does while nobody observes: one check per query, no logging.
 */
const queryLogger: Logger = {
  logQuery(query, params) {
    if (observers.size) for (const listener of observers) listener(query, params);
  },
};

/**
 * Calls `listener` with each SQL statement this process sends through Drizzle, until the returned
 * function is called. For tests that count the queries a page needs.
 */
export function observeQueries(listener: QueryObserver): () => void {
  observers.add(listener);
  return () => void observers.delete(listener);
}

function connect(): Connection {
  if (process.env.NEXT_PHASE === "phase-production-build") {
    const client = emptyBuildDatabase();
    const db = drizzlePglite({ client, schema, casing: "snake_case", logger: queryLogger }) as unknown as Database;
    return { db, kind: "pglite", executeSql: pgliteExecutor(client), close: () => client.close() };
  }
  if (env.DATABASE_URL) {
    const client = postgres(env.DATABASE_URL, {
      max: 10,
      idle_timeout: 30,
      connect_timeout: 10,
      onnotice: () => {},
      // Planner settings for this site's database, which is small enough to be held in memory:
      // - a random read costs about what a sequential one does (the default of 4 times as much is
      //   for spinning disks), else the planner reads whole tables rather than use the search indexes;
      // - no parallel workers: the site's queries are short, and starting workers costs more than
      //   the work they share.
      // (Strings: postgres.js leaves out startup parameters whose value is falsy, such as 0.)
      connection: { random_page_cost: "1.1", max_parallel_workers_per_gather: "0" },
    });
    return {
      db: drizzlePostgres({ client, schema, casing: "snake_case", logger: queryLogger }),
      kind: "postgres",
      executeSql: async (text, values) => {
        if (values && values.length > 0) return { rows: [...(await client.unsafe(text, values.map(asParameter) as never[]))] };
        // Several statements may open their own transaction: postgres.js runs those on one reserved connection only.
        const reserved = await client.reserve();
        let result: Record<string, unknown>[] | Record<string, unknown>[][];
        try {
          result = await (reserved.unsafe(text).simple() as unknown as Promise<Record<string, unknown>[] | Record<string, unknown>[][]>);
        } catch (error) {
          // A failed statement inside the batch's own BEGIN leaves the connection in an aborted
          // transaction: roll it back before the pool hands it to a page's query.
          await reserved.unsafe("rollback").catch(() => undefined);
          throw error;
        } finally {
          reserved.release();
        }
        // Several statements answer with one result per statement.
        return Array.isArray(result[0]) ? (result as Record<string, unknown>[][]).map((rows) => ({ rows: [...rows] })) : { rows: [...(result as Record<string, unknown>[])] };
      },
      close: () => client.end({ timeout: 5 }),
    };
  }
  if (!env.PGLITE_DIR.includes("://")) mkdirSync(path.dirname(path.resolve(env.PGLITE_DIR)), { recursive: true });
  // PGlite is PostgreSQL compiled to WebAssembly, and V8 compiles its hot functions a second time
  // with its optimizing compiler. That code costs a large share of this process's memory and buys
  // this site's short queries nothing (text-heavy ones, like search snippets and downloads, are
  // somewhat slower without it). So baseline code only, set before the module is compiled. Under
  // this flag a function the baseline compiler could not take would abort the process on its first
  // call: tests/ops/pglite-compiler.test.ts compiles all of PGlite up front, so a PGlite or Node
  // upgrade that brings one fails there, not in a request. The flag is for the whole process; the
  // server runs no other WebAssembly (it does not call fetch, whose parser is WebAssembly).
  setFlagsFromString("--liftoff-only");
  const client = new PGlite(env.PGLITE_DIR, {
    extensions: pgliteExtensions,
    // The embedded store is small and lives in this process's memory: PostgreSQL's default shared
    // buffers would grow the WebAssembly heap for pages the operating system's file cache holds
    // anyway. Given at start, so the data folder's postgresql.conf is left as it is.
    startParams: [...PGlite.defaultStartParams, "-c", `shared_buffers=${env.PGLITE_SHARED_BUFFERS}`],
    // Tests start each in-memory database from one seeded copy.
    ...(env.PGLITE_LOAD_DATA_DIR && env.PGLITE_DIR.startsWith("memory://")
      ? { loadDataDir: new Blob([readFileSync(env.PGLITE_LOAD_DATA_DIR)]) }
      : {}),
  });
  const inTurns = takingTurns(client);
  const db = drizzlePglite({ client: inTurns, schema, casing: "snake_case", logger: queryLogger }) as unknown as Database;
  return { db, kind: "pglite", executeSql: pgliteExecutor(inTurns), close: () => client.close() };
}

/**
 * PGlite runs each query to completion on this process's one thread. Queued one after another (its
 * own lock hands over within the same turn of the event loop), a backlog of queries ran back to back
 * without the server reading the requests waiting on their sockets: under load, some requests
 * waited many seconds. Here queries go one at a time, first come first served, and the event loop
 * turns between two of them, so waiting requests are read and queued in their turn.
 */
function takingTurns(client: PGlite): PGlite {
  let tail: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(run: () => Promise<T>): Promise<T> => {
    const result = tail.then(() => new Promise<void>((resolve) => setImmediate(resolve))).then(run);
    tail = result.catch(() => undefined);
    return result;
  };
  const waitTurn = new Set<PropertyKey>(["query", "exec"]);
  return new Proxy(client, {
    get(target, property) {
      const value = Reflect.get(target, property, target) as unknown;
      if (typeof value !== "function") return value;
      const method = (value as (...a: unknown[]) => Promise<unknown>).bind(target);
      return waitTurn.has(property) ? (...args: unknown[]) => inTurn(() => method(...args)) : method;
    },
  });
}

// One connection per process, shared by every bundle and kept across dev-server reloads: two
// PGlite instances on one data folder would corrupt it.
const current = processSlot<{ connection?: Connection }>("database", () => ({}));

export function getConnection(): Connection {
  current.connection ??= connect();
  return current.connection;
}

export async function closeConnection(): Promise<void> {
  const connection = current.connection;
  current.connection = undefined;
  await connection?.close();
}

/** Opened on first use, so importing this module (e.g. during `next build`) touches no database. */
export const db: Database = new Proxy({} as Database, {
  get(_target, property) {
    const real = getConnection().db as unknown as Record<PropertyKey, unknown>;
    const value = real[property];
    return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(real) : value;
  },
});

export { schema };

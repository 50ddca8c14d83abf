/**
 * The operator's commands, run as an operator would run them: migrations twice, the production
 * demo-data rule, and a backup restored over a changed database bringing the content back. On a
 * throwaway PostgreSQL database when a server answers, and on an embedded PGlite folder.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import { postgresReachable, postgresRequired, postgresUnreachableMessage } from "../../scripts/postgres-probe";
import { testAdminUrl, throwawayDatabase } from "../../scripts/throwaway-database";

const adminUrl = testAdminUrl();
const scratch = mkdtempSync(path.join(os.tmpdir(), "portal-ops-"));
const cleanups: (() => Promise<void>)[] = [async () => rmSync(scratch, { recursive: true, force: true })];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

interface Store {
  env: Record<string, string>;
  query: (sql: string) => Promise<Record<string, unknown>[]>;
}

function run(script: string, store: Store, extra: Record<string, string> = {}, args: string[] = []) {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "test", LOG_LEVEL: "silent", ...store.env, ...extra };
  if (!store.env.DATABASE_URL) delete env.DATABASE_URL;
  const result = spawnSync(process.execPath, ["--import", "tsx", `scripts/${script}.ts`, ...args], { env, encoding: "utf8" });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

// Decided before the tests are collected, so a run without PostgreSQL shows this test as skipped in
// its counts (scripts/test.ts), and only when nothing asks for PostgreSQL (scripts/postgres-probe.ts).
const postgresRequirement = postgresRequired();
const postgresUp = await postgresReachable(adminUrl);

async function postgresStore(): Promise<Store> {
  const database = await throwawayDatabase(adminUrl, "ops");
  const url = database.url;
  cleanups.push(database.drop);
  return {
    env: { DATABASE_URL: url },
    query: async (sql) => {
      const client = postgres(url, { max: 1, onnotice: () => {} });
      try {
        return [...(await client.unsafe(sql))];
      } finally {
        await client.end();
      }
    },
  };
}

function pgliteStore(): Store {
  const dir = path.join(scratch, "pglite");
  return {
    env: { PGLITE_DIR: dir },
    query: async (sql) => {
      // The extensions the migrations create (db/index.ts).
      const client = new PGlite(dir, { extensions: { pg_trgm } });
      try {
        return (await client.query<Record<string, unknown>>(sql)).rows;
      } finally {
        await client.close();
      }
    },
  };
}

const production = { NODE_ENV: "production", AUTH_SECRET: "x".repeat(40), TWO_FACTOR_KEY: "k".repeat(40) };
const titles = (store: Store) =>
  store.query("select title from news_articles order by title").then((rows) => rows.map((r) => r.title));

async function exerciseOperations(store: Store, backup: string) {
  // Migrations: a fresh database, then the same command again.
  const first = run("migrate", store);
  expect(first.code, first.output).toBe(0);
  const second = run("migrate", store);
  expect(second.code, second.output).toBe(0);

  // Production start-up preparation on an empty database loads no demo accounts...
  const prepared = run("prepare-db", store, production);
  expect(prepared.code, prepared.output).toBe(0);
  expect(prepared.output).toContain("demo data not loaded");
  expect(await store.query("select email from accounts")).toEqual([]);
  // ...and neither does the seed command, unless asked.
  const refused = run("seed", store, production);
  expect(refused.code).not.toBe(0);
  expect(refused.output).toContain("SEED_DEMO_DATA=true");
  expect(await store.query("select email from accounts")).toEqual([]);

  const seeded = run("seed", store, { ...production, SEED_DEMO_DATA: "true" });
  expect(seeded.code, seeded.output).toBe(0);
  const before = await titles(store);
  expect(before).toContain("nasen response to NAHT 'Empty Promises Report'");

  // Back up, lose an article, restore: the article is back and nothing else changed.
  const backedUp = run("backup", store, {}, [backup]);
  expect(backedUp.code, backedUp.output).toBe(0);
  await store.query("delete from news_articles where slug = 'nasen-response-to-naht-empty-promises-report'");
  expect(await titles(store)).not.toContain("nasen response to NAHT 'Empty Promises Report'");
  const restored = run("restore", store, {}, [backup]);
  expect(restored.code, restored.output).toBe(0);
  expect(await titles(store)).toEqual(before);
  expect((await store.query("select count(*)::int as n from accounts"))[0]?.n).toBeGreaterThan(0);
}

describe("database operations", () => {
  it.skipIf(!postgresUp && !postgresRequirement)("on PostgreSQL: migrate twice, no demo data in production, backup and restore", async () => {
    if (!postgresUp) throw new Error(postgresUnreachableMessage(postgresRequirement!, adminUrl));
    await exerciseOperations(await postgresStore(), path.join(scratch, "portal.dump"));
  }, 120_000);

  // PGlite is slow to open (WASM), so the embedded store checks only what differs: the file copy.
  it("on the embedded store: a backup folder restored over a changed database brings the content back", async () => {
    const store = pgliteStore();
    const migrated = run("migrate", store);
    expect(migrated.code, migrated.output).toBe(0);
    await store.query("insert into tiers (slug, name, description, position) values ('bronze', 'Bronze', 'A test tier', 9)");
    const backup = path.join(scratch, "pglite-backup");
    const backedUp = run("backup", store, {}, [backup]);
    expect(backedUp.code, backedUp.output).toBe(0);
    await store.query("delete from tiers where slug = 'bronze'");
    const restored = run("restore", store, {}, [backup]);
    expect(restored.code, restored.output).toBe(0);
    expect(await store.query("select name from tiers where slug = 'bronze'")).toEqual([{ name: "Bronze" }]);
  }, 120_000);
});

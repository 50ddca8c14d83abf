import { afterAll, beforeAll, inject } from "vitest";
import postgres from "postgres";

/**
 * Gives each data-layer test file its own fresh, migrated and seeded database: in-memory PGlite,
 * or a throwaway PostgreSQL database when the project runs with TEST_DB=postgres. Each is a copy of
 * the run's template (tests/db-template.ts), made once.
 */
const template = inject("dbTemplate");
const adminUrl = process.env.TEST_POSTGRES_ADMIN_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
let dropDatabase: (() => Promise<void>) | undefined;

if (process.env.TEST_DB === "postgres") {
  const name = `portal_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name} template ${template}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
  dropDatabase = async () => {
    const a = postgres(adminUrl, { max: 1, onnotice: () => {} });
    await a.unsafe(`drop database if exists ${name} with (force)`);
    await a.end();
  };
} else {
  delete process.env.DATABASE_URL;
  process.env.PGLITE_DIR = "memory://";
  process.env.PGLITE_LOAD_DATA_DIR = template;
}

beforeAll(async () => {
  const { getConnection } = await import("@/db");
  const { isSeeded } = await import("@/db/seed");
  // The copy is seeded already; this opens it, and fails early if the copy went wrong.
  if (!(await isSeeded(getConnection().db))) throw new Error("the test database was not copied from the seeded template");
});

afterAll(async () => {
  const { closeConnection } = await import("@/db");
  await closeConnection();
  await dropDatabase?.();
});

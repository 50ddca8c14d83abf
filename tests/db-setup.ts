import { afterAll, beforeAll, inject } from "vitest";
import { testAdminUrl, throwawayDatabase } from "../scripts/throwaway-database";

/**
 * Gives each data-layer test file its own fresh, migrated and seeded database: in-memory PGlite,
 * or a throwaway PostgreSQL database when the project runs with TEST_DB=postgres. Each is a copy of
 * the run's template (tests/db-template.ts), made once.
 */
const template = inject("dbTemplate");
if (!template) throw new Error(inject("dbTemplateError") || "no seeded template database (tests/db-template.ts did not run)");
const adminUrl = testAdminUrl();
let dropDatabase: (() => Promise<void>) | undefined;

if (process.env.TEST_DB === "postgres") {
  const copy = await throwawayDatabase(adminUrl, "test", template);
  process.env.DATABASE_URL = copy.url;
  dropDatabase = copy.drop;
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

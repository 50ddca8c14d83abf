import path from "node:path";
import { defineConfig } from "vitest/config";
import { postgresReachable, postgresRequired } from "./scripts/postgres-probe.ts";

/**
 * Data-layer tests run on PGlite, and on PostgreSQL when a server answers or the environment says
 * PostgreSQL must be tested (CI, DATABASE_URL, TEST_REQUIRE_POSTGRES: scripts/postgres-probe.ts).
 * Then an unreachable server fails every PostgreSQL test file with a message saying so
 * (tests/db-template.ts): the project is never dropped silently. CI, which runs the suite once per
 * database, leaves each database's data-layer run to its own pass by naming the other one:
 * TEST_DB_SKIP_POSTGRES / TEST_DB_SKIP_PGLITE (scripts/test.ts reports what a pass left out).
 */
async function includePostgres(): Promise<boolean> {
  if (process.env.TEST_DB_SKIP_POSTGRES === "1") return false;
  return Boolean(postgresRequired()) || (await postgresReachable());
}

const alias = {
  "@": path.resolve(import.meta.dirname),
  "server-only": path.resolve(import.meta.dirname, "tests/server-only.ts"),
};

export default defineConfig(async () => {
  const dbProject = (name: string, env: Record<string, string>, include: string[] = []) => ({
    resolve: { alias },
    test: {
      name,
      include: ["db/**/*.test.ts", "lib/**/*.db.test.ts", ...include],
      exclude: ["**/*.unit.test.ts", "node_modules/**"],
      globalSetup: ["tests/db-template.ts"],
      setupFiles: ["tests/db-setup.ts"],
      env,
      testTimeout: 30_000,
      hookTimeout: 180_000,
    },
  });
  return {
    resolve: { alias },
    test: {
      projects: [
        {
          resolve: { alias },
          test: { name: "unit", include: ["lib/**/*.test.ts", "components/**/*.test.ts", "db/**/*.unit.test.ts"], exclude: ["**/*.db.test.ts", "**/*.postgres.test.ts"] },
        },
        // The operator's commands (migrate, seed, backup, restore) run as separate processes.
        { resolve: { alias }, test: { name: "ops", include: ["tests/ops/**/*.test.ts"], testTimeout: 180_000, hookTimeout: 60_000 } },
        ...(process.env.TEST_DB_SKIP_PGLITE === "1" ? [] : [dbProject("db:pglite", { TEST_DB: "pglite" })]),
        ...((await includePostgres()) ? [dbProject("db:postgres", { TEST_DB: "postgres" }, ["lib/**/*.postgres.test.ts"])] : []),
      ],
    },
  };
});

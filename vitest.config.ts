import net from "node:net";
import path from "node:path";
import { defineConfig } from "vitest/config";
import { testAdminUrl } from "./scripts/throwaway-database.ts";

/**
 * Data-layer tests run on PGlite, and on PostgreSQL too when a server answers. CI, which runs the
 * whole suite once per database, skips the other database's data-layer run each time
 * (TEST_DB_SKIP_POSTGRES / TEST_DB_SKIP_PGLITE), so each is still covered exactly once.
 */
function postgresReachable(): Promise<boolean> {
  if (process.env.TEST_DB_SKIP_POSTGRES === "1") return Promise.resolve(false);
  const url = new URL(testAdminUrl());
  return new Promise((resolve) => {
    const socket = net.connect({ host: url.hostname, port: Number(url.port || 5432) });
    socket.setTimeout(1000);
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => (socket.destroy(), resolve(false)));
  });
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
        ...((await postgresReachable()) ? [dbProject("db:postgres", { TEST_DB: "postgres" }, ["lib/**/*.postgres.test.ts"])] : []),
      ],
    },
  };
});

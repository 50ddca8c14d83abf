import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { postgresReachable, postgresRequired, postgresUnreachableMessage } from "../scripts/postgres-probe";
import { testAdminUrl, throwawayDatabase } from "../scripts/throwaway-database";

declare module "vitest" {
  export interface ProvidedContext {
    /** PGlite: a seeded data folder's tarball. PostgreSQL: the name of a seeded template database. */
    dbTemplate: string;
    /** Why there is no template: every test file of the project fails with it (tests/db-setup.ts). */
    dbTemplateError: string;
  }
}

const running = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * Global setup of the data-layer projects: one migrated, seeded database per run, which every test
 * file copies (tests/db-setup.ts). Creating a PGlite database in memory (initdb), migrating and
 * seeding it was most of each file's setup: the PGlite data-layer run went from 112 s to 74 s, the
 * PostgreSQL one from 75 s to 45 s (2 cores).
 *
 * A template that cannot be made fails that project's test files, each with the reason, and leaves
 * the other projects to run (an error thrown here would stop the whole run).
 */
export default async function setup(project: TestProject) {
  // The project's env (TEST_DB) reaches its test files, not this setup: the project names the database.
  const kind = project.name === "db:postgres" ? "postgres" : "pglite";
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: "warn" };
  delete env.PGLITE_LOAD_DATA_DIR;
  let target = "";
  let cleanUp: () => Promise<void> = async () => {};
  project.provide("dbTemplate", "");
  project.provide("dbTemplateError", "");
  const fail = async (reason: string) => {
    await cleanUp().catch(() => {});
    project.provide("dbTemplateError", `no seeded template database on ${kind}: ${reason}`);
  };
  if (kind === "postgres") {
    const adminUrl = testAdminUrl();
    if (!(await postgresReachable(adminUrl))) {
      await fail(postgresUnreachableMessage(postgresRequired() ?? "a server answered when the run began", adminUrl));
      return;
    }
    try {
      const database = await throwawayDatabase(adminUrl, "template");
      env.DATABASE_URL = database.url;
      cleanUp = database.drop;
      target = database.name;
    } catch (error) {
      await fail(String(error));
      return;
    }
    delete env.PGLITE_DIR;
  } else {
    const folder = path.resolve(".data", "test-templates");
    mkdirSync(folder, { recursive: true });
    // Tarballs left by runs that were killed (their process is gone).
    for (const file of readdirSync(folder)) {
      const pid = Number(/^pglite_(\d+)_/.exec(file)?.[1]);
      if (pid && !running(pid)) rmSync(path.join(folder, file), { force: true });
    }
    target = path.join(folder, `pglite_${process.pid}_${Date.now()}.tar`);
    delete env.DATABASE_URL;
    env.PGLITE_DIR = "memory://";
    cleanUp = async () => rmSync(target, { force: true });
  }
  const made = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "tests/make-db-template.ts", target], {
    env,
    stdio: "inherit",
    timeout: 180_000,
  });
  if (made.status !== 0) {
    await fail(`tests/make-db-template.ts ${made.error ? String(made.error) : `exited with ${made.status ?? made.signal}`}`);
    return;
  }
  project.provide("dbTemplate", target);
  return cleanUp;
}

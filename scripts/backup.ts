/**
 * `npm run db:backup [-- <file>]`: PostgreSQL (DATABASE_URL set) through `pg_dump --format=custom`;
 * the embedded PGlite store as a copy of its data folder. PGlite has no cross-process lock, so
 * copy it only while no app process has it open: stop the server first (SIGTERM closes PGlite
 * cleanly). The app and its PostgreSQL may keep running during a PostgreSQL backup.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";

const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const target = process.argv[2] ?? path.join("backups", env.DATABASE_URL ? `portal-${stamp}.dump` : `pglite-${stamp}`);
mkdirSync(path.dirname(path.resolve(target)), { recursive: true });

if (env.DATABASE_URL) {
  const result = spawnSync("pg_dump", ["--format=custom", "--no-owner", "--file", target, env.DATABASE_URL], { stdio: "inherit" });
  if (result.status !== 0) {
    console.error(result.error ? `pg_dump could not run: ${result.error.message}` : "pg_dump failed: nothing was backed up.");
    process.exit(1);
  }
} else {
  if (env.PGLITE_DIR.includes("://") || !existsSync(env.PGLITE_DIR)) {
    console.error(`No embedded database folder at ${env.PGLITE_DIR}: nothing to back up.`);
    process.exit(1);
  }
  if (existsSync(target)) {
    console.error(`${target} already exists: choose another name.`);
    process.exit(1);
  }
  cpSync(env.PGLITE_DIR, target, { recursive: true });
}
console.log(`Backup written to ${target}`);

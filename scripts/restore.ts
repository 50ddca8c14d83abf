/**
 * `npm run db:restore -- <backup>`: loads a backup made by `npm run db:backup`, replacing what the
 * database holds. PostgreSQL: `pg_restore --clean --if-exists` into DATABASE_URL (stop the app
 * processes, or expect errors from requests during the restore). PGlite: the server must be
 * stopped; the current data folder is kept beside it as `<folder>.before-restore-<time>`.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, renameSync } from "node:fs";
import { env } from "@/lib/env";

const source = process.argv[2];
if (!source || !existsSync(source)) {
  console.error(source ? `No backup at ${source}.` : "Usage: npm run db:restore -- <backup file or folder>");
  process.exit(1);
}

if (env.DATABASE_URL) {
  const args = ["--clean", "--if-exists", "--no-owner", "--single-transaction", "--dbname", env.DATABASE_URL, source];
  const result = spawnSync("pg_restore", args, { stdio: "inherit" });
  if (result.status !== 0) {
    console.error(result.error ? `pg_restore could not run: ${result.error.message}` : "pg_restore failed: the database was left as it was.");
    process.exit(1);
  }
} else {
  if (env.PGLITE_DIR.includes("://")) {
    console.error("PGLITE_DIR is not a folder: nothing to restore into.");
    process.exit(1);
  }
  if (existsSync(env.PGLITE_DIR)) {
    const aside = `${env.PGLITE_DIR}.before-restore-${new Date().toISOString().replace(/[:.]/g, "-")}`;
    renameSync(env.PGLITE_DIR, aside);
    console.log(`The previous data folder is kept at ${aside}`);
  }
  cpSync(source, env.PGLITE_DIR, { recursive: true });
}
console.log(`Restored from ${source}`);

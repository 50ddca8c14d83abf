import path from "node:path";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import { getConnection } from "./index";

const migrationsFolder = path.join(process.cwd(), "db", "migrations");

/** Applies every committed migration not yet applied. Safe to run on every start. */
export async function migrateDatabase(): Promise<void> {
  const { db, kind } = getConnection();
  if (kind === "pglite") {
    await migratePglite(db as unknown as PgliteDatabase<Record<string, unknown>>, { migrationsFolder });
  } else {
    await migratePostgres(db, { migrationsFolder });
  }
}

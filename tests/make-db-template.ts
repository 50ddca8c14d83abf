/**
 * Makes the database every data-layer test file starts from (tests/db-template.ts): migrated and
 * seeded once per run. On PostgreSQL it is the database in DATABASE_URL, later copied by
 * `create database … template`; on PGlite, an in-memory database dumped to the tarball named by
 * the first argument, later loaded by each test file (PGLITE_LOAD_DATA_DIR).
 */
import { writeFileSync } from "node:fs";
import { closeConnection, getConnection } from "@/db";
import { migrateDatabase } from "@/db/migrate";
import { hashPassword } from "@/lib/auth/password";
import { seal } from "@/lib/auth/second-factor/seal";
import { seedDatabase } from "@/db/seed";

const out = process.argv[2];
const { db, kind } = getConnection();
await migrateDatabase();
await seedDatabase(db, hashPassword, seal);
if (kind === "pglite") {
  if (!out) throw new Error("usage: make-db-template.ts <tarball> (on PGlite)");
  const client = (db as unknown as { $client: { exec: (sql: string) => Promise<unknown>; dumpDataDir: (compression: "none") => Promise<Blob> } }).$client;
  // Written to the data files, so that each copy opens without replaying the log of the seeding.
  await client.exec("checkpoint");
  writeFileSync(out, Buffer.from(await (await client.dumpDataDir("none")).arrayBuffer()));
}
await closeConnection();

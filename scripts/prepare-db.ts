import { closeConnection, getConnection } from "@/db";
import { migrateDatabase } from "@/db/migrate";
import { hashPassword } from "@/lib/auth/password";
import { seal } from "@/lib/auth/second-factor/seal";
import { isSeeded, seedDatabase } from "@/db/seed";
import { env } from "@/lib/env";
import { mayLoadDemoData } from "@/lib/env-rules";

// Runs before the server starts (never alongside it: PGlite has no cross-process lock).
// Migrates, and on an empty database loads the demo data.
const { db, kind } = getConnection();
const started = Date.now();
await migrateDatabase();
if (!(await isSeeded(db))) {
  if (!mayLoadDemoData(env)) {
    console.log("Empty database in production: demo data not loaded (set SEED_DEMO_DATA=true to load it).");
  } else {
    await seedDatabase(db, hashPassword, seal);
    console.log("Demo data loaded: sign in as gold@example.org with the password demo-password.");
  }
}
console.log(`Database ready (${kind === "pglite" ? `embedded, ${env.PGLITE_DIR}` : "PostgreSQL"}) in ${Date.now() - started} ms.`);
await closeConnection();

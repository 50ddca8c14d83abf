import { closeConnection, getConnection } from "@/db";
import { migrateDatabase } from "@/db/migrate";
import { isSeeded, resetDatabase, seedDatabase } from "@/db/seed";
import { env } from "@/lib/env";
import { mayLoadDemoData } from "@/lib/env-rules";

// `npm run db:seed` loads the demo data into an empty database; `-- --reset` empties it first.
const reset = process.argv.includes("--reset");
if (!mayLoadDemoData(env)) {
  // The demo accounts share a published password: never in production unless asked for.
  console.error("Refusing to load demo data in production: set SEED_DEMO_DATA=true to load it anyway.");
  process.exit(1);
}
const { db, kind } = getConnection();
await migrateDatabase();
if (reset) await resetDatabase(db);
if (!reset && (await isSeeded(db))) {
  console.log(`The ${kind} database already has data; nothing seeded. Use \`npm run db:seed -- --reset\` to start again.`);
} else {
  await seedDatabase(db);
  console.log(`Demo data seeded (${kind}).`);
}
await closeConnection();

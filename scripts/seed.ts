import { closeConnection, getConnection } from "@/db";
import { migrateDatabase } from "@/db/migrate";
import { isSeeded, resetDatabase, seedDatabase } from "@/db/seed";

// `npm run db:seed` loads the demo data into an empty database; `-- --reset` empties it first.
const reset = process.argv.includes("--reset");
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

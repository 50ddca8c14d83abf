import { closeConnection, getConnection } from "@/db";
import { migrateDatabase } from "@/db/migrate";

await migrateDatabase();
console.log(`Migrations applied (${getConnection().kind}).`);
await closeConnection();

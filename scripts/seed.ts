import { parseArgs } from "node:util";
import { closeConnection, getConnection } from "@/db";
import { migrateDatabase } from "@/db/migrate";
import { hashPassword } from "@/lib/auth/password";
import { seal } from "@/lib/auth/second-factor/seal";
import { isSeeded, resetDatabase, seedDatabase } from "@/db/seed";
import { parseScale, seedScale } from "@/db/seed-scale";
import { env } from "@/lib/env";
import { mayLoadDemoData } from "@/lib/env-rules";

// `npm run db:seed` loads the demo data into an empty database; `-- --reset` empties it first.
// `-- --scale N` then adds N synthetic members, N/10 resources and N/10 articles (db/seed-scale.ts).
let reset = false;
let scale: number | undefined;
try {
  const { values } = parseArgs({ options: { reset: { type: "boolean" }, scale: { type: "string" } } });
  reset = values.reset ?? false;
  if (values.scale !== undefined) {
    const parsed = parseScale(values.scale);
    if (!parsed.ok) throw new Error(parsed.message);
    scale = parsed.n;
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  console.error("Usage: npm run db:seed [-- --reset] [-- --scale N]");
  process.exit(2);
}
if (!mayLoadDemoData(env)) {
  // The demo accounts share a published password: never in production unless asked for.
  console.error("Refusing to load demo data in production: set SEED_DEMO_DATA=true to load it anyway.");
  process.exit(1);
}
const { db, kind } = getConnection();
await migrateDatabase();
if (reset) await resetDatabase(db);
if (!reset && (await isSeeded(db))) {
  if (scale === undefined) {
    console.log(`The ${kind} database already has data; nothing seeded. Use \`npm run db:seed -- --reset\` to start again.`);
  }
} else {
  await seedDatabase(db, hashPassword, seal);
  console.log(`Demo data seeded (${kind}).`);
}
if (scale !== undefined) {
  const started = Date.now();
  const added = await seedScale(db, scale, hashPassword);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `Added ${added.members.toLocaleString("en-GB")} members (${added.organisations} organisations), ` +
      `${added.resources.toLocaleString("en-GB")} resources and ${added.articles.toLocaleString("en-GB")} news articles ` +
      `(${kind}) in ${seconds} s.`,
  );
}
await closeConnection();

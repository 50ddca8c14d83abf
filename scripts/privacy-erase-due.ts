import { closeConnection } from "@/db";
import { eraseDue } from "@/lib/privacy/erasure";

// `npm run privacy:erase-due`: carries out every erasure request whose grace period has ended, as
// the daily job does (lib/privacy/erasure.ts). Safe to repeat or to run beside the app on
// PostgreSQL; with the embedded PGlite database, stop the app first (one process per data folder).
try {
  const erased = await eraseDue();
  console.log(`Erased ${erased} ${erased === 1 ? "account" : "accounts"} whose grace period had ended.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
} finally {
  await closeConnection();
}

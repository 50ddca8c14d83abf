import "server-only";
import { sql } from "drizzle-orm";
import { db } from "@/db";

type Transaction = Parameters<Parameters<typeof db.transaction>[0]>[0];

/**
 * Runs `work` in a transaction whose planner settings are changed for it alone (`SET LOCAL`), set
 * by one statement, the one before `work`'s: db/explain.ts explains the statement that follows such
 * a one under the same settings. For a statement PostgreSQL's cost model plans badly, where the
 * reason is written down next to the call.
 */
export async function withPlannerSettings<T>(settings: Record<string, string>, work: (tx: Transaction) => Promise<T>): Promise<T> {
  const names = Object.keys(settings);
  return db.transaction(async (tx) => {
    await tx.execute(sql`select ${sql.join(names.map((name) => sql`set_config(${name}, ${settings[name]}, true)`), sql`, `)}`);
    return work(tx);
  });
}

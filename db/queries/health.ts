import "server-only";
import { sql } from "drizzle-orm";
import { db } from "@/db";
import { processSlot } from "@/db/process-state";

/** The latest answer to "does the database answer?" in this process. */
export interface DatabaseCheck {
  ok: boolean;
  checkedAt: number;
  pending?: Promise<boolean>;
}
export function lastDatabaseCheck(): DatabaseCheck {
  return processSlot<DatabaseCheck>("database-check", () => ({ ok: true, checkedAt: 0 }));
}

/**
 * `select 1` within `timeoutMs`. Every answer, whoever asked (the health route, the proxy's
 * outage check), is recorded, so the first check to see an outage makes the proxy see it too.
 */
export async function pingDatabase(timeoutMs = 2000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  let ok = false;
  try {
    ok = await Promise.race([db.execute(sql`select 1`).then(() => true), timeout]);
  } catch {
    ok = false;
  } finally {
    clearTimeout(timer);
  }
  Object.assign(lastDatabaseCheck(), { ok, checkedAt: Date.now() });
  return ok;
}

import type { NextRequest } from "next/server";
import { lastDatabaseCheck, pingDatabase } from "@/db/queries/health";
import { htmlPage } from "@/lib/http/html-page";
import type { Route } from "@/lib/serving/routes";

/** How long one database check answers for, per process: at most one `select 1` per interval. */
const CHECK_INTERVAL_MS = 2000;

async function databaseAvailable(): Promise<boolean> {
  const current = lastDatabaseCheck();
  if (Date.now() - current.checkedAt < CHECK_INTERVAL_MS) return current.ok;
  current.pending ??= pingDatabase(1500).finally(() => (current.pending = undefined));
  return current.pending;
}

/**
 * While the database does not answer, routes that need it on every request (the route table's
 * `database`: accounts, sign-in, the dashboard, downloads) and every form post get a friendly 503
 * instead of an error; public pages are left to the cache. Recovers by itself: the next check
 * after the database is back lets them through.
 */
export async function unavailableWhileDatabaseDown(request: NextRequest, route: Route): Promise<Response | null> {
  const needsDatabase = route.database || !["GET", "HEAD"].includes(request.method);
  if (!needsDatabase || (await databaseAvailable())) return null;
  const response = htmlPage(503, "This part of the site is temporarily unavailable", [
    "We cannot reach our database just now, so signing in, accounts and downloads are paused. Nothing you saved has been lost.",
    "News and the resource library may still be open. Please try again in a few minutes.",
  ], [{ href: "/", label: "Go to the home page" }]);
  response.headers.set("Retry-After", "30");
  response.headers.set("Cache-Control", "no-store");
  return response;
}

import net from "node:net";
import { testAdminUrl } from "./throwaway-database.ts";

/**
 * Whether this run must test on PostgreSQL: on CI, when DATABASE_URL is set, or when asked
 * (TEST_REQUIRE_POSTGRES=1; `npm test` asks whenever a server answers). Then an unreachable server
 * is a failure, never a silently smaller run.
 */
export function postgresRequired(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.CI === "true" || env.CI === "1") return "CI is set";
  if (env.DATABASE_URL) return "DATABASE_URL is set";
  if (env.TEST_REQUIRE_POSTGRES === "1") return "TEST_REQUIRE_POSTGRES=1";
  return null;
}

/** Whether the test PostgreSQL server (TEST_POSTGRES_ADMIN_URL, else 127.0.0.1:5432) accepts a TCP connection. */
export function postgresReachable(url = testAdminUrl(), timeoutMs = 2000): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || 5432) });
    socket.setTimeout(timeoutMs);
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => (socket.destroy(), resolve(false)));
  });
}

/** The one-line reason a required PostgreSQL run cannot happen. */
export function postgresUnreachableMessage(reason: string, url = testAdminUrl()): string {
  const { hostname, port } = new URL(url);
  return (
    `PostgreSQL is required (${reason}) but nothing answers at ${hostname}:${port || 5432}: the data-layer tests on ` +
    `PostgreSQL cannot run. Start it (pg_ctlcluster --skip-systemctl-redirect <version> main start) or point ` +
    `TEST_POSTGRES_ADMIN_URL at a server.`
  );
}

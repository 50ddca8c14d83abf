/**
 * Runs once when a server process starts (`next start`, `next dev`), before it serves anything:
 * refuses to start without a production AUTH_SECRET, and closes the database after the last
 * in-flight request on SIGTERM.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startServerProcess } = await import("./lib/server/lifecycle");
  await startServerProcess();
}

/** Server errors as one JSON log line carrying the request id proxy.ts assigned (lib/security/request-id). */
export async function onRequestError(
  error: unknown,
  request: { path: string; method: string; headers: Record<string, string | string[] | undefined> },
  context: { routePath: string; routeType: string },
) {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logger } = await import("./lib/logger");
  const digest = (error as { digest?: string } | null)?.digest;
  logger.error(
    { requestId: request.headers["x-request-id"], method: request.method, path: request.path, route: context.routePath, digest, err: error },
    "request failed",
  );
}

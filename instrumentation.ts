/**
 * Runs once when a server process starts (`next start`, `next dev`), before it serves anything:
 * refuses to start without a production AUTH_SECRET, closes the database after the last in-flight
 * request on SIGTERM, and works around a memory leak in React's renderer.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ releaseAbortReasonFrames }, { startServerProcess }] = await Promise.all([
    import("./lib/server/abort-reasons"),
    import("./lib/server/lifecycle"),
  ]);
  releaseAbortReasonFrames();
  await startServerProcess();
}

/** Server errors as one JSON log line carrying the request id proxy.ts assigned, or one checked the same way. */
export async function onRequestError(
  error: unknown,
  request: { path: string; method: string; headers: Record<string, string | string[] | undefined> },
  context: { routePath: string; routeType: string },
) {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logger } = await import("./lib/logger");
  const { requestIdFrom } = await import("./lib/security/request-id");
  const digest = (error as { digest?: string } | null)?.digest;
  // A request that did not pass through proxy.ts (build assets) has the client's header as sent.
  const sent = request.headers["x-request-id"];
  const requestId = requestIdFrom(typeof sent === "string" ? sent : undefined);
  logger.error(
    { requestId, method: request.method, path: request.path, route: context.routePath, digest, err: error },
    "request failed",
  );
}

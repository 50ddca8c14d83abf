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

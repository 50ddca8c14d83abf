import type { Logger } from "pino";
import { authSecretProblem } from "@/lib/env-rules";
import { firstInProcess } from "@/db/process-state";

/** Longest a SIGTERM waits for in-flight requests before the process exits anyway. */
const SHUTDOWN_TIMEOUT_MS = 25_000;

export async function startServerProcess(): Promise<void> {
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const problem = authSecretProblem(process.env);
  if (problem) {
    // One line on stderr and a non-zero exit, so a process manager shows why it did not start.
    console.error(`Refusing to start: ${problem}`);
    process.exit(1);
  }
  // Loaded only now: they read the environment, which the check above has vouched for.
  const [{ closeConnection }, { logger }] = await Promise.all([import("@/db"), import("@/lib/logger")]);
  const stopJobs = await startJobWorkers(logger);
  installGracefulShutdown(async () => {
    await stopJobs();
    await closeConnection();
  }, logger);
}

/**
 * The job queue's workers, once per process (lib/jobs): every process takes jobs, and the database
 * hands each job to one of them. A queue that fails to start is logged; the site still serves.
 */
async function startJobWorkers(logger: Logger): Promise<() => Promise<void>> {
  if (!firstInProcess("job-workers") || process.env.JOBS === "off") return async () => {};
  // In the background: installing or migrating the queue's schema must not hold up serving.
  const started = Promise.all([import("@/lib/jobs/queue"), import("@/lib/billing/reminders"), import("@/lib/events/reminders"), import("@/lib/events/booking")])
    .then(([{ startJobs }, { membershipRemindersJob }, { eventRemindersJob }, { waitlistOffersJob }]) =>
      startJobs([membershipRemindersJob, eventRemindersJob, waitlistOffersJob]),
    )
    .catch((error: unknown) => {
      logger.error({ err: error }, "the job queue did not start; scheduled work waits for the next start");
      return async () => {};
    });
  return async () => (await started)();
}

/**
 * `next start` handles SIGTERM itself: it stops accepting connections, waits for in-flight
 * requests to finish, then calls process.exit. We hook that exit to close the database pool (or
 * flush and close PGlite) after the last request, never under one still running.
 */
function installGracefulShutdown(closeConnection: () => Promise<void>, logger: Logger): void {
  if (!firstInProcess("graceful-shutdown")) return;

  const onSignal = (signal: NodeJS.Signals) => {
    logger.info({ event: "shutdown", signal }, "shutting down: finishing in-flight requests");
    const exit = process.exit.bind(process);
    let exiting = false;
    const closeThenExit = (code?: number | string | null) => {
      if (exiting) return undefined as never;
      exiting = true;
      closeConnection()
        .then(() => logger.info({ event: "shutdown", code }, "database closed; exiting"))
        .catch((error: unknown) => logger.error({ event: "shutdown", err: error }, "closing the database failed"))
        .finally(() => logger.flush(() => exit(code ?? 0)));
      return undefined as never;
    };
    process.exit = closeThenExit as typeof process.exit;
    setTimeout(() => {
      logger.warn({ event: "shutdown" }, "in-flight requests still running after the timeout; exiting");
      closeThenExit(1);
    }, SHUTDOWN_TIMEOUT_MS).unref();
  };
  process.once("SIGTERM", onSignal);
  process.once("SIGINT", onSignal);
}

import "server-only";
import { PgBoss } from "pg-boss";
import { getConnection } from "@/db";
import { logger } from "@/lib/logger";

/**
 * Scheduled and background work, kept in the database so it survives restarts and is shared by
 * every app process: pg-boss, on the app's own connection (PostgreSQL's pool, or the embedded
 * PGlite taking its turns), in its own `pgboss` schema, which it creates and migrates itself.
 *
 * A job's effect must be idempotent (a unique row written with it, as membership reminders do):
 * the queue runs each job at least once, and a key only keeps a second copy from being queued
 * while the first waits.
 */
export interface JobDefinition<T extends object = Record<string, never>> {
  name: string;
  run: (data: T) => Promise<void>;
  /** A cron expression (UTC): the job is queued on that schedule, once across all processes. */
  cron?: string;
  /** How often this process asks for its jobs; jobs people wait on (a newsletter's "Send now") ask often. */
  pollingIntervalSeconds?: number;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each job reads its own data shape
type AnyJob = JobDefinition<any>;

let boss: PgBoss | undefined;

function makeBoss(): PgBoss {
  const connection = getConnection();
  const instance = new PgBoss({
    db: { executeSql: (text: string, values?: unknown[]) => connection.executeSql(text, values) },
    backend: connection.kind === "pglite" ? "pglite" : "postgres",
    schema: "pgboss",
    // Few and slow jobs: polling every half minute is prompt enough and light on the embedded database.
    superviseIntervalSeconds: 60,
    maintenanceIntervalSeconds: 300,
  } as ConstructorParameters<typeof PgBoss>[0]);
  instance.on("error", (error: unknown) => logger.error({ err: error }, "job queue error"));
  return instance;
}

async function ensureQueue(instance: PgBoss, name: string) {
  // "short": one waiting job per key, so a key dedupes what is queued.
  await instance.createQueue(name, { policy: "short" }).catch((error: unknown) => {
    if (!/already exists/i.test(String(error))) throw error;
  });
}

/**
 * Starts the queue in this process (once): installs or migrates its schema, registers each job's
 * worker and its schedule. Returns a function that stops it, letting running jobs finish.
 */
export async function startJobs(definitions: readonly AnyJob[], options: { pollingIntervalSeconds?: number } = {}): Promise<() => Promise<void>> {
  if (boss) return stopJobs;
  const instance = makeBoss();
  await instance.start();
  boss = instance;
  for (const job of definitions) {
    await ensureQueue(instance, job.name);
    await instance.work<object>(job.name, { pollingIntervalSeconds: options.pollingIntervalSeconds ?? job.pollingIntervalSeconds ?? 30 }, async (jobs) => {
      for (const one of jobs) {
        const log = logger.child({ job: job.name, jobId: one.id });
        try {
          await job.run(one.data ?? {});
          log.info("job done");
        } catch (error) {
          log.error({ err: error }, "job failed; it will be retried");
          throw error;
        }
      }
    });
    if (job.cron) await instance.schedule(job.name, job.cron, {}, { tz: "UTC" });
  }
  return stopJobs;
}

export async function stopJobs(): Promise<void> {
  const instance = boss;
  boss = undefined;
  await instance?.stop({ graceful: true, timeout: 10_000 });
}

/** Queues a job; with `key`, not a second time while one with that key waits. Null when deduplicated. */
export async function enqueueJob(name: string, data: object = {}, options: { key?: string; startAfter?: Date } = {}): Promise<string | null> {
  if (!boss) {
    // Sending needs the queue's schema, made by startJobs; a process that has not started it (a script) starts it here.
    boss = makeBoss();
    await boss.start();
  }
  await ensureQueue(boss, name);
  return boss.send(name, data, { singletonKey: options.key, startAfter: options.startAfter });
}

import { afterAll, describe, expect, it } from "vitest";
import { enqueueJob, startJobs, stopJobs } from "./queue";

/* The job queue (pg-boss) on the app's own connection: PGlite and PostgreSQL alike. */
afterAll(() => stopJobs());

describe("the job queue", () => {
  it("runs a queued job once, and a key keeps a second copy from being queued while the first waits", async () => {
    const runs: object[] = [];
    // With a cron schedule too (its data and time are raw parameters: on PostgreSQL they once stopped the queue starting).
    await startJobs(
      [
        { name: "test-echo", run: async (data) => void runs.push(data) },
        { name: "test-hourly", cron: "17 * * * *", run: async () => {} },
      ],
      { pollingIntervalSeconds: 0.5 },
    );
    const first = await enqueueJob("test-echo", { n: 1 }, { key: "only-once", startAfter: new Date(Date.now() + 1500) });
    const second = await enqueueJob("test-echo", { n: 2 }, { key: "only-once" });
    expect(first).toEqual(expect.any(String));
    expect(second).toBeNull();
    await expect.poll(() => runs.length, { timeout: 20_000, interval: 250 }).toBe(1);
    expect(runs).toEqual([{ n: 1 }]);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(runs).toHaveLength(1);
  });
});

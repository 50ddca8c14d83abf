import { afterAll, describe, expect, it } from "vitest";
import { startJobs, stopJobs } from "./queue";

/* Scheduled jobs register on both databases (pg-boss passes a Date and a JSON object as parameters). */
afterAll(() => stopJobs());

describe("the job queue's schedules", () => {
  it("starts with a job on a cron schedule, and keeps the schedule", async () => {
    await startJobs([{ name: "test-daily", cron: "23 3 * * *", run: async () => {} }]);
    const { getConnection } = await import("@/db");
    const result = await getConnection().executeSql("select name, cron from pgboss.schedule where name = $1", ["test-daily"]);
    const rows = Array.isArray(result) ? result.flatMap((r) => r.rows) : result.rows;
    expect(rows).toEqual([{ name: "test-daily", cron: "23 3 * * *" }]);
  });
});

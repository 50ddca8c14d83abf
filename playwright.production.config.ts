import { defineConfig, devices } from "@playwright/test";
import { chromiumLaunchOptions } from "./e2e/chromium";
import { publicHost } from "./e2e/production/servers";

/**
 * The production-shape browser suite (e2e/production): each spec starts the built server itself,
 * the way it is deployed, so there is no webServer here. "start-modes" runs on the database of the
 * run (PGlite, or PostgreSQL when DATABASE_URL is set); "nginx" (two processes behind
 * deploy/nginx.conf on one PostgreSQL) runs when DATABASE_URL names a PostgreSQL server, and
 * scripts/test.ts fails a PostgreSQL run in which it ran nothing.
 */
export default defineConfig({
  testDir: "e2e/production",
  fullyParallel: false,
  forbidOnly: true,
  // The servers under test take the machine's cores; one spec at a time.
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PLAYWRIGHT_JSON
    ? [["list"], ["json", { outputFile: process.env.PLAYWRIGHT_JSON }]]
    : [["list"]],
  use: { trace: process.env.CI ? "on-first-retry" : "retain-on-failure", launchOptions: chromiumLaunchOptions() },
  projects: [
    // CI's second pass sets E2E_START_MODES_DONE: the first pass started the server every way already.
    ...(process.env.E2E_START_MODES_DONE === "1"
      ? []
      : [{ name: "start-modes", testMatch: "start-modes.spec.ts", use: { ...devices["Desktop Chrome"] } }]),
    ...(process.env.DATABASE_URL
      ? [
          {
            name: "nginx",
            testMatch: "nginx.spec.ts",
            use: {
              ...devices["Desktop Chrome"],
              // The public host name resolves to this machine, as DNS would point it at the proxy.
              launchOptions: chromiumLaunchOptions([`--host-resolver-rules=MAP ${publicHost} 127.0.0.1`]),
            },
          },
        ]
      : []),
  ],
});

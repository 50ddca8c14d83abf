import { defineConfig, devices } from "@playwright/test";
import { chromiumLaunchOptions } from "./e2e/chromium";

const port = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: "e2e",
  // The production-shape specs start their own servers (playwright.production.config.ts).
  testIgnore: ["production/**"],
  // CI runs the suite twice, on PGlite then on PostgreSQL (.ci/run), and its second pass sets this:
  // tests tagged @presentation check only how a page looks or is operated in the browser, with
  // nothing the database decides, so they run in the first pass only. Each tag says why beside it.
  // Everything else (access, sign-in and sessions, preferences saved to an account, drafts, the
  // health check, staff writes, search, caching, hostile input) runs on both databases.
  grepInvert: process.env.E2E_PRESENTATION_DONE === "1" ? /@presentation/ : undefined,
  fullyParallel: true,
  forbidOnly: true,
  workers: 2,
  // On CI a test that fails is run once more; one that then passes is still named, as flaky, next to the
  // totals (scripts/test.ts), to be mended rather than ignored.
  retries: process.env.CI ? 1 : 0,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PLAYWRIGHT_JSON
    ? [["list"], ["json", { outputFile: process.env.PLAYWRIGHT_JSON }]]
    : [["list"]],
  use: {
    baseURL: `http://localhost:${port}`,
    // Recording a trace (screenshots and DOM snapshots of every step) costs CPU on every test; on
    // CI it is recorded for a failed test's retry only, which is the run worth reading.
    trace: process.env.CI ? "on-first-retry" : "retain-on-failure",
    launchOptions: chromiumLaunchOptions(),
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    command: "node --import tsx scripts/e2e-server.ts",
    url: `http://localhost:${port}/api/health`,
    env: { E2E_PORT: String(port) },
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
  },
});

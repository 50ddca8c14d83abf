import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
// Debian's chromium where it is installed (this project's machines); Playwright's own elsewhere.
const systemChromium = "/usr/bin/chromium";

export default defineConfig({
  testDir: "e2e",
  // CI runs the suite twice, on PGlite then on PostgreSQL (.ci/run), and its second pass sets this:
  // the checks of how pages look and are operated (axe in every theme, the keyboard journey,
  // reading preferences, public browsing) give the same answer whichever database served the
  // page, so they run in the first pass only. What depends on the database (access, sign-in and
  // sessions, staff writes, search, caching and invalidation, hostile input) runs in both.
  testIgnore:
    process.env.E2E_PRESENTATION_DONE === "1"
      ? ["**/accessibility.spec.ts", "**/keyboard.spec.ts", "**/reading-preferences.spec.ts", "**/public-browsing.spec.ts"]
      : [],
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
    trace: "retain-on-failure",
    launchOptions: existsSync(systemChromium)
      ? {
          executablePath: systemChromium,
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
          ],
        }
      : {},
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

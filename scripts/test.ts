/**
 * `npm test`: the whole suite. Unit and data-layer tests (vitest; the data layer on PGlite and, when
 * a server answers, PostgreSQL), then a production build if the sources changed since the last
 * one, then the browser tests (Playwright) against a fresh database: PGlite, or PostgreSQL when
 * DATABASE_URL is set, and then (PostgreSQL only) two app processes sharing sessions. Ends with one line, `N passed, N failed`, adding up every suite.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { buildIfStale } from "./build-if-stale";

const results = path.join(".data", "test-results");
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

function run(command: string, args: string[], env: Record<string, string> = {}): number {
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  return result.status ?? 1;
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as T;
  } catch {
    return null;
  }
}

type PlaywrightSuite = {
  title: string;
  file?: string;
  specs?: { title: string; file: string; line: number; tests?: { status: string }[] }[];
  suites?: PlaywrightSuite[];
};

const bin = (name: string) => path.join("node_modules", ".bin", name);
let passed = 0;
let failed = 0;
const problems: string[] = [];

// 1. vitest
const vitestJson = path.join(results, "vitest.json");
const vitestCode = run(bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestJson}`]);
const vitest = readJson<{
  numPassedTests: number;
  numFailedTests: number;
  testResults?: { name: string; assertionResults?: { fullName: string; status: string }[] }[];
}>(vitestJson);
// Named at the end, next to the totals, so a failure in a long CI log is found without scrolling.
const failures: string[] = [];
const flaky: string[] = [];
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  for (const file of vitest.testResults ?? [])
    for (const test of file.assertionResults ?? [])
      if (test.status === "failed") failures.push(`${path.relative(process.cwd(), file.name)} › ${test.fullName}`);
}
if (vitestCode !== 0 && (!vitest || vitest.numFailedTests === 0)) problems.push(`vitest exited with ${vitestCode}`);

// 2. build, when any source is newer than the last build
const buildOk = buildIfStale();
if (!buildOk) problems.push("next build failed");

// 3. Playwright
if (buildOk) {
  const playwrightJson = path.resolve(results, "playwright.json");
  const code = run(bin("playwright"), ["test"], { PLAYWRIGHT_JSON: playwrightJson });
  const report = readJson<{ stats: { expected: number; unexpected: number; flaky: number }; suites?: PlaywrightSuite[] }>(
    playwrightJson,
  );
  if (report) {
    passed += report.stats.expected + report.stats.flaky;
    failed += report.stats.unexpected;
    const walk = (suite: PlaywrightSuite, titles: string[]) => {
      const here = suite.title && suite.title !== suite.file ? [...titles, suite.title] : titles;
      for (const spec of suite.specs ?? [])
        for (const test of spec.tests ?? []) {
          const name = `${spec.file}:${spec.line} › ${[...here, spec.title].join(" › ")}`;
          if (test.status === "unexpected") failures.push(name);
          if (test.status === "flaky") flaky.push(name);
        }
      for (const child of suite.suites ?? []) walk(child, here);
    };
    for (const suite of report.suites ?? []) walk(suite, []);
  }
  if (code !== 0 && (!report || report.stats.unexpected === 0)) problems.push(`playwright exited with ${code}`);
}

// 4. Two app processes on one PostgreSQL database (sessions and revocation shared): only on the
// PostgreSQL run, where it adds about 15 s (scripts/multiprocess-test.ts).
if (buildOk && process.env.DATABASE_URL) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/multiprocess-test.ts"], { encoding: "utf8", env: process.env });
  process.stdout.write(result.stdout ?? "");
  process.stderr.write(result.stderr ?? "");
  const counts = (result.stdout ?? "").match(/^multiprocess: (\d+) passed, (\d+) failed/m);
  if (counts) {
    passed += Number(counts[1]);
    failed += Number(counts[2]);
  }
  if (result.status !== 0 && (!counts || Number(counts[2]) === 0)) problems.push(`multiprocess test exited with ${result.status}`);
}

if (flaky.length > 0) console.log(`\nFlaky (failed, then passed on a retry):\n${flaky.map((t) => `  ${t}`).join("\n")}`);
if (failures.length > 0) console.log(`\nFailed:\n${failures.map((t) => `  ${t}`).join("\n")}`);
for (const problem of problems) console.error(`\n${problem}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 || problems.length > 0 ? 1 : 0);

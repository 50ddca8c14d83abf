/**
 * `npm test`: the whole suite, layer by layer, each counted on its own: unit, operations, the data
 * layer on each database, the browser tests, the production shapes (start modes; two processes
 * behind nginx; two processes sharing sessions). Prints passed / failed / skipped / flaky per layer
 * and fails when a layer the environment says should run ran nothing or fewer tests than its floor
 * (tests/layer-floors.ts), or when more than TEST_MAX_FLAKY tests passed only on a retry. Ends
 * with one line, `N passed, N failed`, counting each test case once.
 *
 * Which layers run:
 * - unit and operations: always, unless TEST_UNIT_DONE=1 (CI's second pass: they ran in the first);
 * - data layer on PGlite: unless TEST_DB_SKIP_PGLITE=1; on PostgreSQL: when a server answers, on
 *   CI, or with DATABASE_URL set (then an unreachable server fails the run), unless
 *   TEST_DB_SKIP_POSTGRES=1;
 * - browser and start modes: on PGlite, or PostgreSQL when DATABASE_URL is set; the @presentation
 *   browser tests unless E2E_PRESENTATION_DONE=1, the start modes unless E2E_START_MODES_DONE=1
 *   (CI's second pass: they ran in the first);
 * - nginx and multiprocess: when DATABASE_URL is set (one PostgreSQL for several processes).
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { floors } from "../tests/layer-floors";
import { buildIfStale } from "./build-if-stale";
import { postgresReachable, postgresRequired } from "./postgres-probe";

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

interface Layer {
  name: string;
  floor: number;
  passed: number;
  failed: number;
  skipped: number;
  flaky: number;
  /** Why it did not run, when that was intended; otherwise it ran or was due to run. */
  leftOut?: string;
}

const layers: Layer[] = [];
const failures: string[] = [];
const flakyTests: string[] = [];
const problems: string[] = [];
const bin = (name: string) => path.join("node_modules", ".bin", name);
const onPostgres = Boolean(process.env.DATABASE_URL);
const database = onPostgres ? "PostgreSQL" : "PGlite";
const maxFlaky = Number(process.env.TEST_MAX_FLAKY ?? 2);

function layer(name: string, floor: number, leftOut?: string): Layer {
  const entry = { name, floor, passed: 0, failed: 0, skipped: 0, flaky: 0, leftOut };
  layers.push(entry);
  return entry;
}

// 1. vitest, one run per group, so each layer's counts are its own.
type VitestReport = {
  testResults?: { name: string; status: string; message?: string; assertionResults?: { fullName: string; status: string }[] }[];
};
function vitest(projects: string[], label: string, classify: (file: string) => Layer, env: Record<string, string> = {}) {
  const json = path.join(results, `vitest-${label}.json`);
  const before = failures.length;
  const code = run(bin("vitest"), ["run", ...projects.flatMap((p) => ["--project", p]), "--reporter=default", "--reporter=json", `--outputFile.json=${json}`], env);
  const report = readJson<VitestReport>(json);
  for (const file of report?.testResults ?? []) {
    const into = classify(file.name);
    const relative = path.relative(process.cwd(), file.name);
    const tests = file.assertionResults ?? [];
    // A file that failed before any test ran (its setup threw) counts as one failure, with its reason.
    if (tests.length === 0 && file.status === "failed") {
      into.failed++;
      failures.push(`${into.name}: ${relative}: ${(file.message ?? "").split("\n")[0]}`);
    }
    for (const test of tests) {
      if (test.status === "passed") into.passed++;
      else if (test.status === "failed") {
        into.failed++;
        failures.push(`${into.name}: ${relative} › ${test.fullName}`);
      } else into.skipped++;
    }
  }
  if (code !== 0 && failures.length === before) problems.push(`vitest (${projects.join(", ")}) exited with ${code}`);
}

const required = postgresRequired();
const reachable = await postgresReachable();
// A server that answers now is required from here on: it may not vanish mid-run unnoticed.
const postgresExpected = Boolean(required) || reachable;
const requirePostgres: Record<string, string> = postgresExpected ? { TEST_REQUIRE_POSTGRES: "1" } : {};

const unitDone = process.env.TEST_UNIT_DONE === "1" ? "ran in this CI run's first pass (TEST_UNIT_DONE=1)" : undefined;
const unit = layer("unit", floors.unit, unitDone);
// Without PostgreSQL (and nothing asking for it) the operations' PostgreSQL test is skipped, and shown so.
const ops = layer("operations", postgresExpected ? floors.operations.withPostgres : floors.operations.withoutPostgres, unitDone);
if (!unitDone) vitest(["unit", "ops"], "unit", (file) => (file.includes(`${path.sep}tests${path.sep}ops${path.sep}`) ? ops : unit), requirePostgres);

const pglite = layer("data (PGlite)", floors.data.pglite, process.env.TEST_DB_SKIP_PGLITE === "1" ? "left to the PostgreSQL pass (TEST_DB_SKIP_PGLITE=1)" : undefined);
if (!pglite.leftOut) vitest(["db:pglite"], "pglite", () => pglite);

const postgresWanted = process.env.TEST_DB_SKIP_POSTGRES === "1" ? "left to the PostgreSQL pass (TEST_DB_SKIP_POSTGRES=1)" : undefined;
const postgres = layer(
  "data (PostgreSQL)",
  floors.data.postgres,
  postgresWanted ?? (postgresExpected ? undefined : "no PostgreSQL server answers, and nothing asks for one (CI, DATABASE_URL)"),
);
if (!postgres.leftOut) vitest(["db:postgres"], "postgres", () => postgres, requirePostgres);

// 2. build, when any source or dependency is newer than the last build
const buildOk = buildIfStale();
if (!buildOk) problems.push("next build failed: no browser or production-shape test ran");

// 3. Playwright: the browser suite, then the production shapes.
type PlaywrightSuite = {
  title: string;
  file?: string;
  specs?: { title: string; file: string; line: number; tests?: { status: string; projectName: string }[] }[];
  suites?: PlaywrightSuite[];
};
function playwright(config: string, label: string, classify: (project: string) => Layer | undefined) {
  const json = path.resolve(results, `playwright-${label}.json`);
  const code = run(bin("playwright"), ["test", "-c", config], { PLAYWRIGHT_JSON: json });
  const report = readJson<{ suites?: PlaywrightSuite[] }>(json);
  let unexpected = 0;
  const walk = (suite: PlaywrightSuite, titles: string[]) => {
    const here = suite.title && suite.title !== suite.file ? [...titles, suite.title] : titles;
    for (const spec of suite.specs ?? [])
      for (const test of spec.tests ?? []) {
        const into = classify(test.projectName);
        if (!into) continue;
        const name = `${into.name}: ${spec.file}:${spec.line} › ${[...here, spec.title].join(" › ")}`;
        if (test.status === "expected") into.passed++;
        else if (test.status === "flaky") {
          into.passed++;
          into.flaky++;
          flakyTests.push(name);
        } else if (test.status === "unexpected") {
          into.failed++;
          unexpected++;
          failures.push(name);
        } else into.skipped++;
      }
    for (const child of suite.suites ?? []) walk(child, here);
  };
  for (const suite of report?.suites ?? []) walk(suite, []);
  if (code !== 0 && unexpected === 0) problems.push(`playwright (${config}) exited with ${code}`);
}

const presentationDone = process.env.E2E_PRESENTATION_DONE === "1";
const browser = layer(
  `browser (${database})${presentationDone ? ", @presentation left to the PGlite pass" : ""}`,
  presentationDone ? floors.browserWithoutPresentation : floors.browser,
);
const startModes = layer(
  `start modes (${database})`,
  floors.startModes,
  process.env.E2E_START_MODES_DONE === "1" ? "ran in this CI run's first pass (E2E_START_MODES_DONE=1): how the server is started does not depend on the database" : undefined,
);
const noPostgresServers = onPostgres ? undefined : "needs PostgreSQL shared by several processes: set DATABASE_URL";
const nginx = layer("nginx, two processes (PostgreSQL)", floors.nginx, noPostgresServers);
const multiprocess = layer("multiprocess (PostgreSQL)", floors.multiprocess, noPostgresServers);

if (buildOk) {
  playwright("playwright.config.ts", "browser", () => browser);
  if (!startModes.leftOut || !nginx.leftOut)
    playwright("playwright.production.config.ts", "production", (project) => (project === "nginx" ? nginx : project === "start-modes" ? startModes : undefined));

  // 4. Two app processes on one PostgreSQL database: sessions and revocation shared, clean shutdown.
  if (!multiprocess.leftOut) {
    // Its two ports sit clear of the browser suite's and the production shapes' (E2E_PORT + 30, + 31).
    const port = process.env.MP_PORT ?? String(Number(process.env.E2E_PORT ?? 3100) + 30);
    const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/multiprocess-test.ts"], { encoding: "utf8", env: { ...process.env, MP_PORT: port } });
    process.stdout.write(result.stdout ?? "");
    process.stderr.write(result.stderr ?? "");
    const counts = (result.stdout ?? "").match(/^multiprocess: (\d+) passed, (\d+) failed/m);
    if (counts) {
      multiprocess.passed += Number(counts[1]);
      multiprocess.failed += Number(counts[2]);
      for (const line of (result.stdout ?? "").split("\n")) if (line.startsWith("FAIL ")) failures.push(`${multiprocess.name}: ${line.slice(5)}`);
    }
    if (result.status !== 0 && (!counts || Number(counts[2]) === 0)) problems.push(`multiprocess test exited with ${result.status}`);
  }
}

// The verdict, layer by layer.
for (const entry of layers) {
  if (entry.leftOut) continue;
  const ran = entry.passed + entry.failed;
  if (ran === 0) problems.push(`${entry.name}: ran nothing, but this environment should run it`);
  else if (entry.passed + entry.failed < entry.floor)
    problems.push(`${entry.name}: ran ${ran} tests, fewer than its floor of ${entry.floor} (tests/layer-floors.ts): was a test or spec deleted or skipped?`);
  if (entry.skipped > 0 && postgresExpected) problems.push(`${entry.name}: ${entry.skipped} skipped, but this environment should run them all`);
}
const flakyCount = layers.reduce((n, l) => n + l.flaky, 0);
if (flakyCount > maxFlaky) problems.push(`${flakyCount} tests passed only on a retry (more than TEST_MAX_FLAKY=${maxFlaky})`);

const pad = (value: string | number, width: number) => String(value).padStart(width);
console.log(`\n${"layer".padEnd(58)}${pad("passed", 7)}${pad("failed", 7)}${pad("skipped", 8)}${pad("flaky", 6)}${pad("floor", 6)}`);
for (const l of layers) {
  if (l.leftOut) console.log(`${l.name.padEnd(58)}  not run: ${l.leftOut}`);
  else console.log(`${l.name.padEnd(58)}${pad(l.passed, 7)}${pad(l.failed, 7)}${pad(l.skipped, 8)}${pad(l.flaky, 6)}${pad(l.floor, 6)}`);
}
const total = (key: "passed" | "failed" | "skipped" | "flaky") => layers.reduce((n, l) => n + l[key], 0);
console.log(`${"total".padEnd(58)}${pad(total("passed"), 7)}${pad(total("failed"), 7)}${pad(total("skipped"), 8)}${pad(total("flaky"), 6)}`);
if (flakyTests.length > 0) console.log(`\nFlaky (failed, then passed on a retry):\n${flakyTests.map((t) => `  ${t}`).join("\n")}`);
if (failures.length > 0) console.log(`\nFailed:\n${failures.map((t) => `  ${t}`).join("\n")}`);
for (const problem of problems) console.error(`\n${problem}`);
console.log(`\n${total("passed")} passed, ${total("failed")} failed`);
process.exit(total("failed") > 0 || problems.length > 0 ? 1 : 0);

/**
 * `npm run test:multiprocess`: the production layout, checked end to end. Two `next start`
 * processes from one build share one throwaway PostgreSQL database and one AUTH_SECRET, as behind
 * a load balancer. A member signs in on the first, uses the session on the second, signs out
 * (revoking the session) on the second, and a copy of the old cookie is refused by the first.
 * Also: a production server without AUTH_SECRET refuses to start, and SIGTERM closes the pool.
 * Builds if stale; needs a PostgreSQL server (TEST_POSTGRES_ADMIN_URL, else DATABASE_URL, else
 * 127.0.0.1:5432) on which it creates and drops a throwaway database.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chromium, type Browser } from "@playwright/test";
import { chromiumLaunchOptions } from "../e2e/chromium";
import { buildIfStale } from "./build-if-stale";
import { testAdminUrl, throwawayDatabase } from "./throwaway-database";

const adminUrl = process.env.TEST_POSTGRES_ADMIN_URL ?? process.env.DATABASE_URL ?? testAdminUrl();
const ports = [Number(process.env.MP_PORT ?? 3310), Number(process.env.MP_PORT ?? 3310) + 1];
const started = Date.now();
const failures: string[] = [];
let passed = 0;

function check(ok: boolean, what: string) {
  console.log(`${ok ? "ok  " : "FAIL"} ${what}`);
  if (ok) passed++;
  else failures.push(what);
}

if (!buildIfStale()) {
  console.error("next build failed");
  process.exit(1);
}

const database = await throwawayDatabase(adminUrl, "mp");
const shared: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URL: database.url,
  AUTH_SECRET: randomBytes(32).toString("base64url"),
  TWO_FACTOR_KEY: randomBytes(32).toString("base64url"),
  LOG_LEVEL: "info",
};
const servers: ChildProcess[] = [];
let browser: Browser | undefined;

function startServer(port: number, env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port)], {
    // Each is reached directly at its own address, which production accepts forms from only as SITE_URL.
    env: { ...env, NODE_ENV: "production", SITE_URL: `http://localhost:${port}` },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, exited, output: () => output };
}

async function waitHealthy(port: number) {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`http://localhost:${port}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server on ${port} did not become healthy`);
}

try {
  // 1. Without AUTH_SECRET a production server refuses to start, saying why in one line.
  const noSecret = startServer(ports[0]!, { ...shared, AUTH_SECRET: "" });
  const code = await noSecret.exited;
  check(code !== 0 && /Refusing to start: AUTH_SECRET is required in production/.test(noSecret.output()), "production start without AUTH_SECRET exits non-zero with a clear message");

  // 2. Migrate and seed once, before the servers start (a separate step, as in production).
  const prepared = spawnSync(process.execPath, ["--import", "tsx", "scripts/prepare-db.ts"], {
    env: { ...shared, NODE_ENV: "test" },
    encoding: "utf8",
  });
  if (prepared.status !== 0) throw new Error(`prepare-db failed:\n${prepared.stdout}${prepared.stderr}`);

  const [a, b] = ports.map((port) => startServer(port, shared));
  servers.push(a!.child, b!.child);
  await Promise.all(ports.map(waitHealthy));

  const [first, second] = ports.map((p) => `http://localhost:${p}`);
  browser = await chromium.launch(chromiumLaunchOptions());

  // 3. Sign in on the first process.
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${first}/login`);
  await page.getByLabel("Email").fill("gold@example.org");
  await page.getByLabel("Password").fill("demo-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((u) => !u.pathname.startsWith("/login"));
  const stolen = await context.cookies(first); // a copy of the cookie, kept after sign-out

  // 4. The same session cookie works on the second process.
  await page.goto(`${second}/account`);
  check(new URL(page.url()).pathname === "/account" && (await page.getByText("gold@example.org").count()) > 0, "the session from process 1 opens /account on process 2");

  // 5. Sign out on the second process: the session is revoked in the database.
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL(`${second}/`);

  // 6. The old cookie, replayed on the first process, is refused.
  const replay = await browser.newContext();
  await replay.addCookies(stolen);
  const replayPage = await replay.newPage();
  await replayPage.goto(`${first}/account`);
  check(new URL(replayPage.url()).pathname === "/login", "the revoked session's cookie is refused by process 1 (sent to sign in)");
  await replay.close();
  await context.close();

  // 7. SIGTERM: the process finishes, closes its database pool and exits.
  a!.child.kill("SIGTERM");
  const exitCode = await a!.exited;
  check(exitCode === 143 && a!.output().includes('"database closed; exiting"'), "SIGTERM closes the database pool and exits");
  check(/"requestId":"[^"]+"/.test(a!.output()), "log lines are JSON and carry a request id");
} catch (error) {
  failures.push(String(error instanceof Error ? error.stack : error));
  console.error(error);
} finally {
  await browser?.close();
  for (const server of servers) if (server.exitCode === null) server.kill("SIGTERM");
  await Promise.all(servers.map((s) => (s.exitCode === null ? new Promise((r) => s.on("exit", r)) : null)));
  await database.drop().catch(() => {});
}

console.log(`\nmultiprocess: ${passed} passed, ${failures.length} failed (${Math.round((Date.now() - started) / 1000)} s)`);
process.exit(failures.length ? 1 : 0);

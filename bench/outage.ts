/**
 * `npm run test:outage`: a database outage while the app runs. Creates (or reuses) a PostgreSQL
 * cluster of its own on port 5440 (`pg_createcluster`, so stopping it disturbs nobody else's
 * database), starts `next start` on it, stops the cluster, and checks that /api/health says 503
 * and pages that need the database show the friendly 503 page while cached public pages are still
 * served; starts the cluster again and checks everything recovers without restarting the app. Needs root (pg_ctlcluster) and a build.
 * Not part of `npm test`.
 */
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { buildIfStale } from "../scripts/build-if-stale";
import { throwawayDatabase } from "../scripts/throwaway-database";

const version = spawnSync("ls", ["/etc/postgresql"], { encoding: "utf8" }).stdout.trim().split("\n")[0]!;
const cluster = "outage";
const pgPort = Number(process.env.OUTAGE_PG_PORT ?? 5440);
const appPort = Number(process.env.OUTAGE_APP_PORT ?? 3320);
const base = `http://localhost:${appPort}`;
const failures: string[] = [];
let passed = 0;

function sh(command: string, args: string[]) {
  const result = spawnSync(command, args, { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed:\n${result.stdout}${result.stderr}`);
}
const pgctl = (action: "start" | "stop") =>
  sh("pg_ctlcluster", ["--skip-systemctl-redirect", version, cluster, action, ...(action === "stop" ? ["-m", "fast"] : [])]);

function check(ok: boolean, what: string) {
  console.log(`${ok ? "ok  " : "FAIL"} ${what}`);
  if (ok) passed++;
  else failures.push(what);
}

/** Polls until `test` holds (bounded), so the script waits for states, not for fixed times. */
async function until(what: string, test: () => Promise<boolean>, attempts = 120) {
  for (let i = 0; i < attempts; i++) {
    if (await test().catch(() => false)) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  console.log(`(gave up waiting for: ${what})`);
  return false;
}
const status = async (path: string) => (await fetch(`${base}${path}`, { redirect: "manual" })).status;

if (!buildIfStale()) process.exit(1);
const clusters = spawnSync("pg_lsclusters", ["-h"], { encoding: "utf8" }).stdout;
if (!clusters.split("\n").some((line) => line.split(/\s+/)[1] === cluster)) {
  sh("pg_createcluster", [version, cluster, "-p", String(pgPort), "--", "--auth=trust"]);
}
if (!/online/.test(spawnSync("pg_lsclusters", ["-h", version, cluster], { encoding: "utf8" }).stdout)) pgctl("start");

const adminUrl = `postgres://postgres@127.0.0.1:${pgPort}/postgres`;
const database = await throwawayDatabase(adminUrl, "outage");
const env = {
  ...process.env,
  DATABASE_URL: database.url,
  AUTH_SECRET: randomBytes(32).toString("base64url"),
  TWO_FACTOR_KEY: randomBytes(32).toString("base64url"),
  SITE_URL: base,
  LOG_LEVEL: "warn",
};
const prepared = spawnSync(process.execPath, ["--import", "tsx", "scripts/prepare-db.ts"], { env: { ...env, NODE_ENV: "test" }, encoding: "utf8" });
if (prepared.status !== 0) throw new Error(prepared.stderr);
const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(appPort)], {
  env: { ...env, NODE_ENV: "production" },
  stdio: "ignore",
});

try {
  check(await until("the app to start", async () => (await status("/api/health")) === 200), "healthy at start");
  check((await status("/login")) === 200, "the sign-in page opens");
  // Public pages, visited once so they are in the page cache.
  const publicPages = ["/", "/news", "/news/nasen-response-to-naht-empty-promises-report", "/resources?type=Guide"];
  const before = new Map<string, string>();
  for (const path of publicPages) {
    await fetch(`${base}${path}`);
    before.set(path, await (await fetch(`${base}${path}`)).text());
  }

  pgctl("stop");
  check(await until("health to report the outage", async () => (await status("/api/health")) === 503), "/api/health says 503 while the database is down");
  const down = await fetch(`${base}/login`);
  check(down.status === 503 && (await down.text()).includes("temporarily unavailable"), "the sign-in page is a friendly 503 page while the database is down");
  check((await status("/account")) === 503, "the account page is a 503, not an error");
  for (const path of publicPages) {
    const response = await fetch(`${base}${path}`);
    const text = await response.text();
    const title = before.get(path)!.match(/<h1[^>]*>([^<]+)/)?.[1] ?? "";
    check(response.status === 200 && title !== "" && text.includes(title), `${path} is still served, from the cache, while the database is down`);
  }

  pgctl("start");
  check(await until("health to recover", async () => (await status("/api/health")) === 200), "/api/health recovers without restarting the app");
  check(await until("sign-in page to recover", async () => (await status("/login")) === 200), "the sign-in page opens again");
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const signIn = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { cookie: csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; "), "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, email: "gold@example.org", password: "demo-password" }),
  });
  check(signIn.status === 302 && !(signIn.headers.get("location") ?? "").includes("error"), "a member can sign in again");
} catch (error) {
  failures.push(String(error));
  console.error(error);
} finally {
  server.kill("SIGTERM");
  await new Promise((r) => server.on("exit", r));
  await database.drop().catch(() => {});
  pgctl("stop");
}
console.log(`\noutage: ${passed} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);

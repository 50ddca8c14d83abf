/**
 * `npm run soak`: load with faults, bounded in time. For two minutes (after a warm-up) it mixes
 * public reads, a gold member's reads, sign-ins with a wrong password from one address, and a
 * staff write every two seconds, against a production server on a fresh database. It passes when
 * there was no 5xx and no connection error, memory after warm-up grew by at most 20%, every staff
 * write was saved, and the attacked account stayed locked to the attacking address.
 *
 *   npm run soak -- --duration 120 --warmup 20 --heap-mb 256
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { buildIfStale } from "../scripts/build-if-stale";
import { editGoldTierDescription, signIn, startApp, type App } from "./app";

const { values: args } = parseArgs({
  options: {
    duration: { type: "string", default: "120" },
    warmup: { type: "string", default: "20" },
    port: { type: "string", default: "3620" },
    "skip-build": { type: "boolean", default: false },
    // V8's old-generation cap for the server, as deployed (docs/production.md); 0 leaves V8's default.
    "heap-mb": { type: "string", default: "256" },
  },
});
const duration = Number(args.duration);
const warmup = Number(args.warmup);
const attacker = "10.66.0.1";
const article = "/news/nasen-response-to-naht-empty-promises-report";

if (!args["skip-build"] && !buildIfStale()) process.exit(1);

function load(options: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => autocannon(options, (error, result) => (error ? reject(error) : resolve(result))));
}

/** Auth.js's CSRF pair (cookie and token), good for many sign-in attempts. */
async function csrf(base: string) {
  const response = await fetch(`${base}/api/auth/csrf`);
  const cookie = response.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie, csrfToken };
}

let app: App | undefined;
let exitCode = 1;
try {
  app = await startApp(Number(args.port), { heapMb: Number(args["heap-mb"]) });
  const { base } = app;
  const gold = await signIn(base, "gold@example.org");
  const admin = await signIn(base, "admin@example.org");
  const attack = await csrf(base);
  const total = warmup + duration;

  const rss: Array<{ at: number; kb: number }> = [];
  const started = Date.now();
  const sampler = setInterval(() => rss.push({ at: (Date.now() - started) / 1000, kb: app!.rssKb() }), 1000);
  let writes = 0;
  let savedWrites = 0;
  const writer = (async () => {
    while (Date.now() - started < total * 1000) {
      writes++;
      if (await editGoldTierDescription(base, admin, `soak ${writes}`)) savedWrites++;
      await new Promise((r) => setTimeout(r, 2000));
    }
  })();
  const [publicReads, memberReads, wrongPasswords] = await Promise.all([
    load({
      url: base,
      connections: 20,
      duration: total,
      requests: ["/", "/news", article, "/resources?type=Guide", "/membership", "/topics"].map((p) => ({ method: "GET", path: p })),
    }),
    load({
      url: base,
      connections: 8,
      duration: total,
      headers: { cookie: gold },
      requests: ["/resources/national-send-update", "/account", "/resources/what-is-dme", "/api/me"].map((p) => ({ method: "GET", path: p })),
    }),
    load({
      url: `${base}/api/auth/callback/credentials`,
      connections: 2,
      duration: total,
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: attack.cookie, "x-forwarded-for": attacker },
      body: new URLSearchParams({ csrfToken: attack.csrfToken, email: "silver@example.org", password: "not-the-password" }).toString(),
    }),
  ]);
  await writer;
  clearInterval(sampler);

  // The attacked account, with its right password, from the attacking address: still refused.
  const check = await csrf(base);
  const locked = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: check.cookie, "x-forwarded-for": attacker },
    body: new URLSearchParams({ csrfToken: check.csrfToken, email: "silver@example.org", password: "demo-password" }),
  });
  const lockHeld = !locked.headers.getSetCookie().some((c) => c.includes("session-token="));

  const serverErrors = (r: autocannon.Result) =>
    Object.entries((r as unknown as { statusCodeStats?: Record<string, { count: number }> }).statusCodeStats ?? {})
      .filter(([code]) => Number(code) >= 500)
      .reduce((sum, [, s]) => sum + s.count, 0);
  const afterWarmup = rss.filter((s) => s.at >= warmup && s.at < warmup + 10).map((s) => s.kb);
  const lastStretch = rss.filter((s) => s.at >= total - 20).map((s) => s.kb);
  const baseline = afterWarmup.reduce((a, b) => a + b, 0) / Math.max(1, afterWarmup.length);
  const final = Math.max(...lastStretch);
  const growth = final / baseline - 1;

  const rows = { "public reads": publicReads, "member reads (gold)": memberReads, "wrong-password sign-ins": wrongPasswords };
  console.table(
    Object.entries(rows).map(([name, r]) => ({
      traffic: name,
      requests: r.requests.total,
      "req/s": Math.round(r.requests.average),
      "p99 ms": r.latency.p99,
      "5xx": serverErrors(r),
      errors: r.errors + r.timeouts,
    })),
  );
  const checks = {
    "no 5xx": Object.values(rows).every((r) => serverErrors(r) === 0),
    "no connection errors": Object.values(rows).every((r) => r.errors + r.timeouts === 0),
    [`memory growth after warm-up ≤ 20% (${(baseline / 1024).toFixed(0)} → ${(final / 1024).toFixed(0)} MB, ${(growth * 100).toFixed(1)}%)`]: growth <= 0.2,
    [`every staff write saved (${savedWrites}/${writes})`]: writes > 0 && savedWrites === writes,
    "the attacked account stays locked to the attacking address": lockHeld,
  };
  for (const [check, ok] of Object.entries(checks)) console.log(`${ok ? "PASS" : "FAIL"}  ${check}`);

  mkdirSync(path.join("bench", "results"), { recursive: true });
  const file = path.join("bench", "results", `soak-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), duration, warmup, checks, rss, writes, savedWrites, raw: rows }, null, 2));
  console.log(`raw results: ${file}`);
  exitCode = Object.values(checks).every(Boolean) ? 0 : 1;
} finally {
  app?.stop();
}
process.exit(exitCode);

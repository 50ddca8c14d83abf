/**
 * `npm run bench`: load numbers for the production server against a static-file reference.
 *
 * Builds if needed, starts `next start` on a fresh seeded database (scripts/e2e-server.ts: embedded
 * PGlite, or PostgreSQL when DATABASE_URL is set), signs the demo gold member in for real, and runs
 * autocannon against each row, plus a minimal node:http server answering the reference article's
 * exact bytes from memory. Prints one table and the server's peak RSS, writes the raw results to
 * bench/results/, and stops everything it started.
 *
 *   npm run bench -- --duration 15 --connections 50
 *   npm run bench -- --proxy     also through deploy/nginx.conf, with its cache-safety checks
 */
import { spawn } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { buildIfStale } from "../scripts/build-if-stale";
import { startNginx } from "./proxy";

const { values: args } = parseArgs({
  options: {
    duration: { type: "string", default: "15" },
    connections: { type: "string", default: "50" },
    port: { type: "string", default: "3600" },
    "skip-build": { type: "boolean", default: false },
    proxy: { type: "boolean", default: false },
    "proxy-port": { type: "string", default: "3680" },
  },
});
const duration = Number(args.duration);
const connections = Number(args.connections);
const base = `http://127.0.0.1:${args.port}`;
const article = "/news/nasen-response-to-naht-empty-promises-report";

if (!args["skip-build"] && !buildIfStale()) process.exit(1);

// --- the app server on a fresh database
const server = spawn(process.execPath, ["--import", "tsx", "scripts/e2e-server.ts"], {
  env: { ...process.env, E2E_PORT: args.port, LOG_LEVEL: "warn" },
  stdio: ["ignore", "inherit", "inherit"],
  detached: true,
});
let stopped = false;
function stopServer() {
  if (stopped) return;
  stopped = true;
  try {
    process.kill(-server.pid!, "SIGTERM");
  } catch {}
}
process.on("exit", stopServer);
process.on("SIGINT", () => process.exit(130));

async function waitForHealth(timeoutMs = 120_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("the server did not become healthy");
}

/** The next-server process's resident memory, found among the e2e server's descendants. */
function serverRssKb(): number {
  let total = 0;
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const ppid = Number(readFileSync(`/proc/${entry}/stat`, "utf8").split(") ")[1]!.split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {}
  }
  const queue = [server.pid!];
  while (queue.length) {
    const pid = queue.shift()!;
    queue.push(...(children.get(pid) ?? []));
    try {
      const status = readFileSync(`/proc/${pid}/status`, "utf8");
      if (/^Name:\s+(next-server|node)/m.test(status) && pid !== server.pid) {
        total = Math.max(total, Number(status.match(/VmRSS:\s+(\d+)/)?.[1] ?? 0));
      }
    } catch {}
  }
  return total;
}

async function signIn(email: string, origin = base): Promise<string> {
  const jar = new Map<string, string>();
  const remember = (response: Response) => {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const [name, ...value] = pair!.split("=");
      jar.set(name!, value.join("="));
    }
  };
  const header = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const csrf = await fetch(`${origin}/api/auth/csrf`);
  remember(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: header(), "x-forwarded-for": "10.250.0.1" },
    body: new URLSearchParams({ csrfToken, email, password: "demo-password" }),
  });
  remember(response);
  if (![...jar.keys()].some((k) => k.includes("session-token"))) throw new Error(`${email}: sign-in failed`);
  return header();
}

interface Row {
  name: string;
  url: string;
  cookie?: string;
  result?: autocannon.Result;
}

function run(row: Row): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(
      { url: row.url, connections, duration, headers: row.cookie ? { cookie: row.cookie } : {} },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
}

let peakRss = 0;
let nginx: { stop: () => void } | undefined;

/**
 * What a cache in front must never do, checked through nginx: serve what gold read to anyone
 * else, and keep a staff change from the public beyond the pages' max-age.
 */
async function cacheSafety(origin: string, goldCookie: string): Promise<string[]> {
  const secret = "gold-only insight";
  const page = "/resources/national-send-update";
  const text = async (path: string, cookie?: string) => {
    const response = await fetch(`${origin}${path}`, { headers: cookie ? { cookie } : {} });
    return { body: await response.text(), cache: response.headers.get("x-cache") ?? "-" };
  };
  const fail = (message: string) => {
    throw new Error(`cache safety: ${message}`);
  };
  const silver = await signIn("silver@example.org", origin);
  const admin = await signIn("admin@example.org", origin);
  for (let i = 0; i < 3; i++) {
    if (!(await text(page, goldCookie)).body.includes(secret)) fail("gold cannot read the gold resource through nginx");
    const anonymous = await text(page);
    if (anonymous.body.includes(secret)) fail("a signed-out visitor got gold text from the cache");
    if ((await text(page, silver)).body.includes(secret)) fail("silver got gold text from the cache");
  }
  const anonymousCache = (await text(page)).cache;

  // A staff change (the Gold tier's description, shown on /membership) reaches the public within
  // the max-age the app sends.
  await text("/membership");
  const cached = (await text("/membership")).cache;
  const tiersPage = (await text("/admin/tiers", admin)).body;
  const gold = tiersPage.slice(tiersPage.indexOf('id="tier-gold"'));
  const unescape = (value: string) => value.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
  const input = (name: string) => unescape(gold.match(new RegExp(`name="${name.replace(/\$/g, "\\$")}"[^>]*value="([^"]*)"`))?.[1] ?? "");
  const textarea = (name: string) => unescape(gold.match(new RegExp(`name="${name}"[^>]*>([^<]*)</textarea>`))?.[1] ?? "");
  const marker = `Benchmarked ${new Date().toISOString()}`;
  // The form as a browser without JavaScript sends it: its hidden action fields and its inputs.
  const form = new FormData();
  for (const [, name] of gold.slice(0, gold.indexOf("</form>")).matchAll(/<input type="hidden" name="([^"]+)"/g)) form.set(name!, input(name!));
  for (const name of ["name", "priceText", "position"]) form.set(name, input(name));
  form.set("description", `${textarea("description")} ${marker}`.trim());
  form.set("benefits", textarea("benefits"));
  const saved = await fetch(`${origin}/admin/tiers`, { method: "POST", headers: { cookie: admin, Origin: origin }, body: form, redirect: "manual" });
  if (!(saved.headers.get("location") ?? "").includes("saved=")) fail(`the tier edit was not saved (${saved.status})`);
  const maxAge = 60;
  const changedAt = Date.now();
  let seenAfter = -1;
  while (Date.now() - changedAt < (maxAge + 5) * 1000) {
    if ((await text("/membership")).body.includes(marker)) {
      seenAfter = (Date.now() - changedAt) / 1000;
      break;
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  if (seenAfter < 0) fail(`the public did not see a staff change within ${maxAge} s`);
  return [
    `cache safety (through nginx): gold's gated text never reached a signed-out or silver request (signed-out page: ${anonymousCache}); /membership was ${cached} in nginx before a staff edit, which the public saw after ${seenAfter.toFixed(0)} s (max-age ${maxAge} s)`,
  ];
}
try {
  await waitForHealth();
  const cookie = await signIn("gold@example.org");
  const articleHtml = Buffer.from(await (await fetch(`${base}${article}`)).arrayBuffer());
  const reference = http.createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": articleHtml.length });
    res.end(articleHtml);
  });
  await new Promise<void>((resolve) => reference.listen(0, "127.0.0.1", resolve));
  const referenceUrl = `http://127.0.0.1:${(reference.address() as AddressInfo).port}/`;

  const appRows = (origin: string, via: string): Row[] => [
    { name: `${via}home /`, url: `${origin}/` },
    { name: `${via}news /news`, url: `${origin}/news` },
    { name: `${via}reference article`, url: `${origin}${article}` },
    { name: `${via}resources ?type=Information`, url: `${origin}/resources?type=Information` },
    { name: `${via}gated resource as gold`, url: `${origin}/resources/national-send-update`, cookie },
    { name: `${via}download as gold`, url: `${origin}/resources/national-send-update/download`, cookie },
    { name: `${via}search ?q=inclusion`, url: `${origin}/search?q=inclusion` },
  ];
  const rows: Row[] = [{ name: "static reference (node:http, same bytes)", url: referenceUrl }, ...appRows(base, "")];
  let safety: string[] = [];
  if (args.proxy) {
    const proxyBase = `http://127.0.0.1:${args["proxy-port"]}`;
    nginx = await startNginx([Number(args.port)], Number(args["proxy-port"]));
    rows.push(...appRows(proxyBase, "nginx: "));
    safety = await cacheSafety(proxyBase, cookie);
  }
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, serverRssKb())), 250);
  for (const row of rows) {
    process.stdout.write(`running ${row.name}…\n`);
    row.result = await run(row);
  }
  clearInterval(sampler);
  reference.close();

  const ref = rows[0]!.result!.requests.average;
  const table = rows.map((row) => {
    const r = row.result!;
    return {
      row: row.name,
      "req/s": Math.round(r.requests.average),
      "p50 ms": r.latency.p50,
      "p99 ms": r.latency.p99,
      errors: r.errors + r.timeouts,
      "non-2xx": r.non2xx,
      "× static": (r.requests.average / ref).toFixed(3),
    };
  });
  console.log(`\n${connections} connections, ${duration} s per row, ${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"}, ${os.cpus().length} cores, load average ${os.loadavg()[0]!.toFixed(1)}`);
  console.table(table);
  console.log(`server peak RSS: ${(peakRss / 1024).toFixed(0)} MB`);
  for (const line of safety) console.log(line);

  mkdirSync(path.join("bench", "results"), { recursive: true });
  const file = path.join("bench", "results", `bench-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), connections, duration, peakRssKb: peakRss, table, safety, raw: rows }, null, 2));
  console.log(`raw results: ${file}`);
} finally {
  nginx?.stop();
  stopServer();
}
process.exit(0);

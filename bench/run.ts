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
 */
import { spawn } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { buildIfStale } from "../scripts/build-if-stale";

const { values: args } = parseArgs({
  options: {
    duration: { type: "string", default: "15" },
    connections: { type: "string", default: "50" },
    port: { type: "string", default: "3600" },
    "skip-build": { type: "boolean", default: false },
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

async function signInGold(): Promise<string> {
  const jar = new Map<string, string>();
  const remember = (response: Response) => {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const [name, ...value] = pair!.split("=");
      jar.set(name!, value.join("="));
    }
  };
  const header = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const csrf = await fetch(`${base}/api/auth/csrf`);
  remember(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: header(), "x-forwarded-for": "10.250.0.1" },
    body: new URLSearchParams({ csrfToken, email: "gold@example.org", password: "demo-password" }),
  });
  remember(response);
  if (![...jar.keys()].some((k) => k.includes("session-token"))) throw new Error("gold sign-in failed");
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
try {
  await waitForHealth();
  const cookie = await signInGold();
  const articleHtml = Buffer.from(await (await fetch(`${base}${article}`)).arrayBuffer());
  const reference = http.createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": articleHtml.length });
    res.end(articleHtml);
  });
  await new Promise<void>((resolve) => reference.listen(0, "127.0.0.1", resolve));
  const referenceUrl = `http://127.0.0.1:${(reference.address() as AddressInfo).port}/`;

  const rows: Row[] = [
    { name: "static reference (node:http, same bytes)", url: referenceUrl },
    { name: "home /", url: `${base}/` },
    { name: "news /news", url: `${base}/news` },
    { name: "reference article", url: `${base}${article}` },
    { name: "resources ?type=Information", url: `${base}/resources?type=Information` },
    { name: "gated resource as gold", url: `${base}/resources/national-send-update`, cookie },
    { name: "download as gold", url: `${base}/resources/national-send-update/download`, cookie },
    { name: "search ?q=inclusion", url: `${base}/search?q=inclusion` },
  ];
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
  console.log(`\n${connections} connections, ${duration} s per row, ${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"}`);
  console.table(table);
  console.log(`server peak RSS: ${(peakRss / 1024).toFixed(0)} MB`);

  mkdirSync(path.join("bench", "results"), { recursive: true });
  const file = path.join("bench", "results", `bench-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), connections, duration, peakRssKb: peakRss, table, raw: rows }, null, 2));
  console.log(`raw results: ${file}`);
} finally {
  stopServer();
}
process.exit(0);

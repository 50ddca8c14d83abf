/**
 * `npm run bench`: load numbers for the production server against a static-file reference.
 *
 * Builds if needed, starts `next start` on a fresh seeded database (embedded PGlite, or PostgreSQL
 * when DATABASE_URL is set), signs the demo gold member in for real, and runs autocannon against
 * each row, plus a minimal node:http server answering the reference article's exact bytes from
 * memory, in a process of its own. Prints one table and the server's peak RSS, writes the raw
 * results to bench/results/, and stops everything it started.
 *
 *   npm run bench -- --duration 15 --connections 50
 *   npm run bench -- --proxy     also through deploy/nginx.conf, with its cache-safety checks; on
 *                                PostgreSQL nginx balances --processes app processes (default 2)
 *                                sharing one database and AUTH_SECRET, as deployed
 *   npm run bench -- --heap-mb 0 the server without a heap cap (default: 256 MB, as deployed)
 *   npm run bench -- --only "gated|search"       only the rows whose name matches (and the reference)
 *   npm run bench -- --node-args="--cpu-prof"    more flags for the server's node
 */
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { buildIfStale } from "../scripts/build-if-stale";
import { throwawayDatabase } from "../scripts/throwaway-database";
import { editGoldTierDescription, signIn, startApp, type App } from "./app";
import { startNginx } from "./proxy";

const { values: args } = parseArgs({
  options: {
    duration: { type: "string", default: "15" },
    connections: { type: "string", default: "50" },
    port: { type: "string", default: "3600" },
    "skip-build": { type: "boolean", default: false },
    proxy: { type: "boolean", default: false },
    "proxy-port": { type: "string", default: "3680" },
    // V8's old-generation cap for the server, as deployed (docs/production.md); 0 leaves V8's default.
    "heap-mb": { type: "string", default: "256" },
    only: { type: "string" },
    // App processes behind nginx with --proxy on PostgreSQL (the embedded database is one process's).
    processes: { type: "string", default: "2" },
    // Seconds of the same load before each row's measured run, not counted (JIT, caches, pools).
    warmup: { type: "string", default: "3" },
    "node-args": { type: "string", default: "" },
  },
});
const duration = Number(args.duration);
const connections = Number(args.connections);
const article = "/news/nasen-response-to-naht-empty-promises-report";

if (!args["skip-build"] && !buildIfStale()) process.exit(1);

interface Row {
  name: string;
  url: string;
  cookie?: string;
  result?: autocannon.Result;
  /** The server's resident memory at its highest during this row (warm-up included), in kB. */
  peakRssKb?: number;
}

function run(row: Row, seconds = duration): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(
      { url: row.url, connections, duration: seconds, headers: row.cookie ? { cookie: row.cookie } : {} },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
}

let peakRss = 0;
const others: App[] = [];
let dropShared: (() => Promise<void>) | undefined;

/** A throwaway database on the server DATABASE_URL names, for several app processes to share. */
async function sharedDatabase(): Promise<string> {
  const database = await throwawayDatabase(process.env.DATABASE_URL!, "bench");
  dropShared = () => database.drop().catch(() => {});
  return database.url;
}
let app: App | undefined;
let staticReference: { stop: () => void } | undefined;

/** bench/static-reference.mjs in its own process, answering `body`; stopped when the bench exits. */
async function startStaticReference(body: Buffer): Promise<{ url: string; stop: () => void }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "portal-bench-reference-"));
  const file = path.join(dir, "page.html");
  writeFileSync(file, body);
  const child = spawn(process.execPath, [path.join("bench", "static-reference.mjs"), file], { stdio: ["ignore", "pipe", "inherit"] });
  const stop = () => {
    child.kill("SIGTERM");
    rmSync(dir, { recursive: true, force: true });
  };
  staticReference = { stop };
  process.on("exit", stop);
  // Its port, or the reason it has none: a child that fails before printing must not hang the bench.
  const firstLine = new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once("line", resolve);
    child.once("error", reject);
    child.once("exit", (code, signal) => reject(new Error(`the static reference server exited (${signal ?? code}) before listening`)));
  });
  const { port } = JSON.parse(await firstLine) as { port: number };
  return { url: `http://127.0.0.1:${port}/`, stop };
}
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
  const silver = await signIn(origin, "silver@example.org");
  const admin = await signIn(origin, "admin@example.org");
  for (let i = 0; i < 3; i++) {
    if (!(await text(page, goldCookie)).body.includes(secret)) fail("gold cannot read the gold resource through nginx");
    const anonymous = await text(page);
    if (anonymous.body.includes(secret)) fail("a signed-out visitor got gold text from the cache");
    if ((await text(page, silver)).body.includes(secret)) fail("silver got gold text from the cache");
  }
  const anonymousCache = (await text(page)).cache;
  // A page rendered per request goes past nginx's cache, and so past its lock.
  const login = (await text("/login")).cache;
  if (login !== "BYPASS") fail(`/login was ${login} in nginx: a page rendered per request should pass straight through`);

  // A staff change (the Gold tier's description, shown on /membership) reaches the public within
  // the max-age the app sends.
  await text("/membership");
  const cached = (await text("/membership")).cache;
  const marker = `Benchmarked ${new Date().toISOString()}`;
  const saved = await editGoldTierDescription(origin, admin, marker);
  if (!saved) fail("the tier edit was not saved");
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
    `cache safety (through nginx): gold's gated text never reached a signed-out or silver request (signed-out page: ${anonymousCache}); /login passed through (${login}); /membership was ${cached} in nginx before a staff edit, which the public saw after ${seenAfter.toFixed(0)} s (max-age ${maxAge} s)`,
  ];
}
try {
  const processes = args.proxy && process.env.DATABASE_URL ? Math.max(1, Number(args.processes)) : 1;
  const env: Record<string, string> = args["node-args"] ? { SERVER_NODE_ARGS: args["node-args"] } : {};
  // Behind nginx the public address is nginx's: the staff edit of the cache-safety check is posted there.
  if (args.proxy) env.E2E_SITE_URL = `http://127.0.0.1:${args["proxy-port"]}`;
  if (processes > 1) {
    // One database, migrated and seeded by the first process, and one secret for the sessions.
    Object.assign(env, { DATABASE_URL: await sharedDatabase(), E2E_EXISTING_DATABASE: "1", E2E_AUTH_SECRET: randomBytes(32).toString("base64url"), E2E_TWO_FACTOR_KEY: randomBytes(32).toString("base64url") });
  }
  const started = await startApp(Number(args.port), { heapMb: Number(args["heap-mb"]), env });
  app = started;
  for (let i = 1; i < processes; i++) others.push(await startApp(Number(args.port) + i, { heapMb: Number(args["heap-mb"]), env }));
  const base = started.base;
  const cookie = await signIn(base, "gold@example.org");
  const articleHtml = Buffer.from(await (await fetch(`${base}${article}`)).arrayBuffer());
  const reference = await startStaticReference(articleHtml);
  const referenceUrl = reference.url;

  const only = args.only ? new RegExp(args.only) : null;
  const appRows = (origin: string, via: string): Row[] => [
    { name: `${via}home /`, url: `${origin}/` },
    { name: `${via}news /news`, url: `${origin}/news` },
    { name: `${via}reference article`, url: `${origin}${article}` },
    { name: `${via}resources ?type=Information`, url: `${origin}/resources?type=Information` },
    { name: `${via}gated resource as gold`, url: `${origin}/resources/national-send-update`, cookie },
    { name: `${via}download as gold`, url: `${origin}/resources/national-send-update/download`, cookie },
    // Search (issue 27): a common word, a rare word, a phrase, a filtered query, and a member's search.
    { name: `${via}search ?q=inclusion`, url: `${origin}/search?q=inclusion` },
    { name: `${via}search rare ?q=dyscalculia`, url: `${origin}/search?q=dyscalculia` },
    { name: `${via}search phrase ?q="graduated approach"`, url: `${origin}/search?q=%22graduated+approach%22` },
    { name: `${via}search filtered ?q=EHCP&type=Guide`, url: `${origin}/search?q=EHCP&type=Guide` },
    { name: `${via}search as gold ?q=inclusion`, url: `${origin}/search?q=inclusion`, cookie },
  ].filter((row) => !only || only.test(row.name));
  const rows: Row[] = [{ name: "static reference (node:http, same bytes)", url: referenceUrl }, ...appRows(base, "")];
  let safety: string[] = [];
  if (args.proxy) {
    const proxyBase = `http://127.0.0.1:${args["proxy-port"]}`;
    nginx = await startNginx([started, ...others].map((_, i) => Number(args.port) + i), Number(args["proxy-port"]));
    rows.push(...appRows(proxyBase, "nginx: "));
    safety = await cacheSafety(proxyBase, cookie);
  }
  // The server's peak over the whole run, and each row's own (whose load grows the process).
  let rowPeak = 0;
  const sampler = setInterval(() => {
    const now = Math.max(...[started, ...others].map((a) => a.rssKb()));
    rowPeak = Math.max(rowPeak, now);
    peakRss = Math.max(peakRss, now);
  }, 250);
  // The reference again at the end: the ratios use the faster of its two runs, so a slow moment
  // of the machine's at either end cannot flatter the app's rows.
  rows.push({ name: "static reference, again at the end", url: referenceUrl });
  for (const row of rows) {
    process.stdout.write(`running ${row.name}…\n`);
    rowPeak = 0;
    if (Number(args.warmup) > 0) await run(row, Number(args.warmup));
    row.result = await run(row);
    row.peakRssKb = rowPeak;
  }
  clearInterval(sampler);
  reference.stop();

  const ref = Math.max(rows[0]!.result!.requests.average, rows.at(-1)!.result!.requests.average);
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
      "RSS MB": row.name.startsWith("static") ? "" : Math.round(row.peakRssKb! / 1024),
    };
  });
  const heap = Number(args["heap-mb"]) ? `heap cap ${args["heap-mb"]} MB` : "no heap cap";
  const nodeArgs = args["node-args"] ? `, node ${args["node-args"]}` : "";
  console.log(`\n${connections} connections, ${duration} s per row after ${args.warmup} s of warm-up, ${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"}, ${heap}${nodeArgs}, ${os.cpus().length} cores, load average ${os.loadavg()[0]!.toFixed(1)}`);
  console.table(table);
  console.log(`server peak RSS: ${(peakRss / 1024).toFixed(0)} MB${processes > 1 ? ` (the larger of ${processes} app processes; rows straight to the app reach the first, nginx balances all ${processes})` : ""}`);
  for (const line of safety) console.log(line);

  mkdirSync(path.join("bench", "results"), { recursive: true });
  const file = path.join("bench", "results", `bench-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), connections, duration, peakRssKb: peakRss, table, safety, raw: rows }, null, 2));
  console.log(`raw results: ${file}`);
} finally {
  staticReference?.stop();
  nginx?.stop();
  for (const other of others) other.stop();
  app?.stop();
  await dropShared?.();
}
process.exit(0);

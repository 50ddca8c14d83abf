/**
 * `npm run bench:scale`: the site at size, single user. On a throwaway PostgreSQL database it loads
 * the demo data and `--scale N` more (N members, N/10 resources, N/10 news articles), then for
 * every list page in bench/scale-cases.ts, first page and last page:
 *
 * 1. the data-layer calls behind the page, in this process, run one after another: p50 and p99;
 * 2. every SQL statement they send, EXPLAIN ANALYZEd with its values (custom plan) and without
 *    them (the generic plan a prepared statement may settle on, counted when PostgreSQL would
 *    consider it: estimated no dearer): any sequential scan of a big table is reported, and fails
 *    the run;
 * 3. the real page, from the production build under `next start` on that database, fetched one
 *    request at a time with the page cache off (PAGE_CACHE_OFF=1), so that every request renders
 *    the page from the database (a cache hit would measure nothing): p50 and p99 to the last byte.
 *
 * Prints one table, writes everything (plans included) to bench/results/scale-*.json, drops the
 * database. Exits non-zero when a target page's p50 is 50 ms or more, or a plan scans a big table.
 *
 *   npm run bench:scale -- --scale 100000 --runs 30
 *   DATABASE_URL=postgres://user@host:5432/postgres npm run bench:scale   (the server to use; default local)
 */
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import net, { type AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import postgres from "postgres";
import { parseScale } from "@/db/seed-scale";
import { buildIfStale } from "../scripts/build-if-stale";
import { signIn, startApp, type App } from "./app";

const { values: args } = parseArgs({
  options: {
    scale: { type: "string", default: "100000" },
    runs: { type: "string", default: "30" },
    /** Default: a free port the system picks. */
    port: { type: "string" },
    "skip-build": { type: "boolean", default: false },
    "skip-pages": { type: "boolean", default: false },
    /** V8 heap cap of the server, as deployed; 0 for none. */
    "heap-mb": { type: "string", default: "256" },
  },
});
const scale = parseScale(args.scale);
if (!scale.ok) {
  console.error(scale.message);
  process.exit(2);
}
const runs = Number(args.runs);
if (!Number.isInteger(runs) || runs < 5) {
  console.error("--runs must be a whole number, at least 5.");
  process.exit(2);
}

/** Under this p50, a page meets the issue's target. */
const TARGET_MS = 50;
/** Tables that grow with --scale: a sequential scan of any of them fails the run. */
const BIG_TABLES = [
  "accounts",
  "organisations",
  "resources",
  "news_articles",
  "resource_tiers",
  "resource_topics",
  "news_topics",
  "article_resources",
] as const;
const WARMUP = 3;
/** Requests that read no list, measured the same way: the health check and two plain pages. */
const REFERENCE_PAGES = ["/api/health", "/login", "/membership"];
const reference: Array<{ url: string } & Measured> = [];

const adminUrl = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const dbName = `portal_scale_${process.pid}_${randomBytes(3).toString("hex")}`;
const dbUrl = (() => {
  const url = new URL(adminUrl);
  url.pathname = `/${dbName}`;
  return url.toString();
})();

let app: App | undefined;
let created = false;
async function cleanup() {
  app?.stop();
  app = undefined;
  if (created) {
    created = false;
    const { closeConnection } = await import("@/db");
    await closeConnection().catch(() => {});
    const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`drop database if exists ${dbName} with (force)`).catch((error: unknown) => console.error(String(error)));
    await admin.end();
    console.log(`Dropped ${dbName}.`);
  }
}
process.on("SIGINT", () => void cleanup().then(() => process.exit(130)));

/** A TCP port nothing listens on now. */
async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** True when something already answers on `port` (another server would be measured instead of ours). */
function portTaken(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const ms = (value: number) => `${value.toFixed(1)}`;

interface QueryPlan {
  sql: string;
  params: unknown[];
  /** EXPLAIN ANALYZE with the values. */
  custom: string[];
  /** EXPLAIN ANALYZE of the generic plan (or why there is none). */
  generic: string[] | string;
  /** Whether PostgreSQL could choose the generic plan: estimated no dearer than the custom one. */
  genericUsable: boolean;
  /** Big tables read whole, by the custom plan or a usable generic one. */
  seqScans: string[];
}

/** The planner's estimated total cost, from a plan's first line. */
function estimatedCost(plan: string[]): number {
  return Number(plan[0]?.match(/cost=[\d.]+\.\.([\d.]+)/)?.[1] ?? Number.POSITIVE_INFINITY);
}

interface Measured {
  p50: number;
  p99: number;
  samples: number[];
}

interface PageResult {
  n: number;
  url: string;
  query: Measured;
  plans: QueryPlan[];
  page?: Measured & { status: number; cache: string | null; bytes: number };
}

interface CaseResult {
  page: string;
  target: boolean;
  pageCount: number;
  first: PageResult;
  last: PageResult;
}

async function measure(run: () => Promise<unknown>): Promise<Measured> {
  for (let i = 0; i < WARMUP; i++) await run();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  return { p50: percentile(samples, 50), p99: percentile(samples, 99), samples: samples.map((s) => Math.round(s * 100) / 100) };
}

try {
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${dbName}`);
  await admin.end();
  created = true;
  console.log(`Database ${dbName}: seeding the demo data and --scale ${scale.n}…`);

  const seedStarted = Date.now();
  const seeded = spawnSync(process.execPath, ["--import", "tsx", "scripts/seed.ts", "--scale", String(scale.n)], {
    env: { ...process.env, DATABASE_URL: dbUrl, NODE_ENV: "development" },
    stdio: "inherit",
  });
  if (seeded.status !== 0) throw new Error("seeding failed");
  const seedSeconds = (Date.now() - seedStarted) / 1000;

  // The data layer reads DATABASE_URL when first imported.
  process.env.DATABASE_URL = dbUrl;
  const { getConnection } = await import("@/db");
  const { captureQueries, explainAnalyze, explainGeneric, seqScannedTables } = await import("@/db/explain");
  const { cases } = await import("./scale-cases");
  const { db } = getConnection();
  const { sql } = await import("drizzle-orm");
  const facts = await db.execute<{ version: string; size: string; members: number; resources: number; news: number }>(sql`
    select version(), pg_size_pretty(pg_database_size(current_database())) as size,
      (select count(*)::int from accounts) as members, (select count(*)::int from resources) as resources,
      (select count(*)::int from news_articles) as news`);
  const database = facts[0]!;

  const results: CaseResult[] = [];
  console.log(`\nData layer: ${cases.length} lists, first and last page, ${runs} runs each…`);
  for (const c of cases) {
    const pageCount = await c.query(1);
    const onePage = async (n: number): Promise<PageResult> => {
      const query = await measure(() => c.query(n));
      const { queries } = await captureQueries(() => c.query(n));
      const plans: QueryPlan[] = [];
      for (const q of queries) {
        const custom = await explainAnalyze(db, q);
        const generic = await explainGeneric(db, q).catch((error: unknown) => `not explained: ${String(error)}`);
        // PostgreSQL runs a prepared statement's generic plan only when it estimates it no dearer
        // than the custom ones; a dearer generic plan is never used, whatever it scans.
        const genericUsable = Array.isArray(generic) && estimatedCost(generic) <= estimatedCost(custom);
        const seqScans = [
          ...new Set([...seqScannedTables(custom, BIG_TABLES), ...(genericUsable ? seqScannedTables(generic, BIG_TABLES) : [])]),
        ];
        plans.push({ sql: q.sql, params: q.params, custom, generic, genericUsable, seqScans });
      }
      return { n, url: c.url(n), query, plans };
    };
    const first = await onePage(1);
    const last = await onePage(pageCount);
    results.push({ page: c.page, target: c.target, pageCount, first, last });
    const scans = [...first.plans, ...last.plans].flatMap((p) => p.seqScans);
    console.log(
      `  ${c.page}: ${pageCount} pages, p50 ${ms(first.query.p50)} / ${ms(last.query.p50)} ms${scans.length ? `  SEQ SCAN on ${[...new Set(scans)].join(", ")}` : ""}`,
    );
  }

  if (!args["skip-pages"]) {
    if (!args["skip-build"] && !buildIfStale()) throw new Error("the production build failed");
    console.log(`\nPages: next start on ${dbName}, page cache off, ${runs} requests each…`);
    const port = args.port ? Number(args.port) : await freePort();
    if (await portTaken(port)) throw new Error(`something already listens on port ${port}: pass another --port`);
    app = await startApp(port, {
      heapMb: Number(args["heap-mb"]),
      env: { DATABASE_URL: dbUrl, E2E_EXISTING_DATABASE: "1", PAGE_CACHE_OFF: "1" },
    });
    const adminCookie = await signIn(app.base, "admin@example.org");
    // What any request costs on this machine now, with no list to read: the floor under every row.
    for (const url of REFERENCE_PAGES) {
      const measured = await measure(async () => {
        const response = await fetch(`${app!.base}${url}`, { redirect: "manual" });
        await response.text();
        if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
      });
      reference.push({ url, ...measured });
      console.log(`  ${url}: p50 ${ms(measured.p50)} ms (reference)`);
    }
    for (const result of results) {
      const c = cases.find((x) => x.page === result.page)!;
      for (const one of [result.first, result.last]) {
        let status = 0;
        let cache: string | null = null;
        let bytes = 0;
        const measured = await measure(async () => {
          const response = await fetch(`${app!.base}${one.url}`, {
            redirect: "manual",
            headers: c.audience === "admin" ? { cookie: adminCookie } : {},
          });
          const body = await response.text();
          status = response.status;
          cache = response.headers.get("x-nextjs-cache");
          bytes = body.length;
        });
        if (status !== 200) throw new Error(`${one.url} answered ${status}`);
        if (cache === "HIT") throw new Error(`${one.url} came from the page cache: it measured nothing`);
        one.page = { ...measured, status, cache, bytes };
      }
      console.log(`  ${result.page}: p50 ${ms(result.first.page!.p50)} / ${ms(result.last.page!.p50)} ms`);
    }
  }

  // The table.
  const rows = results.map((r) => {
    const pages = r.first.page && r.last.page;
    const first = pages ? r.first.page! : r.first.query;
    const last = pages ? r.last.page! : r.last.query;
    const p99 = percentile([...first.samples, ...last.samples], 99);
    const scans = [...new Set([...r.first.plans, ...r.last.plans].flatMap((p) => p.seqScans))];
    const under = first.p50 < TARGET_MS && last.p50 < TARGET_MS;
    return {
      page: r.page,
      pages: r.pageCount,
      first: ms(first.p50),
      last: ms(last.p50),
      p99: ms(p99),
      under: r.target ? (under ? "yes" : "NO") : under ? "(yes)" : "(no)",
      queries: `${ms(r.first.query.p50)} / ${ms(r.last.query.p50)}`,
      plans: scans.length ? `SEQ SCAN ${scans.join(", ")}` : "indexes",
      failed: (r.target && !under) || scans.length > 0,
    };
  });
  const header = {
    page: "page",
    pages: "pages",
    first: "first p50",
    last: "last p50",
    p99: "p99",
    under: `< ${TARGET_MS} ms`,
    queries: "data layer p50 first / last",
    plans: "plans",
  };
  const columns = Object.keys(header) as Array<keyof typeof header>;
  const width = (key: keyof typeof header) => Math.max(header[key].length, ...rows.map((row) => String(row[key]).length));
  const line = (row: Record<keyof typeof header, string | number>) =>
    `| ${columns.map((key) => (key === "page" || key === "plans" ? String(row[key]).padEnd(width(key)) : String(row[key]).padStart(width(key)))).join(" | ")} |`;
  const what = args["skip-pages"] ? "data-layer calls (no pages: --skip-pages)" : "whole pages, rendered per request (page cache off)";
  console.log(`\nScale ${scale.n.toLocaleString("en-GB")}: ${database.members.toLocaleString("en-GB")} accounts, ${database.resources.toLocaleString("en-GB")} resources, ${database.news.toLocaleString("en-GB")} news articles (${database.size}); seeded in ${seedSeconds.toFixed(0)} s.`);
  console.log(`Single user, one request at a time, ${runs} runs after ${WARMUP} warm-up; times in ms, of ${what}. Rows in brackets are beyond the issue's list.\n`);
  console.log(line(header));
  console.log(`|${columns.map((key) => "-".repeat(width(key) + 2)).join("|")}|`);
  for (const row of rows) console.log(line(row));

  if (reference.length > 0) {
    console.log(
      `\nReference, no list to read (the floor under every page): ${reference.map((r) => `${r.url} p50 ${ms(r.p50)} ms`).join(", ")}.`,
    );
  }
  console.log(`Load average during the run: ${os.loadavg().map((l) => l.toFixed(2)).join(" ")} (${os.cpus().length} cores).`);

  const failures = rows.filter((row) => row.failed);
  const scanned = results.flatMap((r) =>
    [r.first, r.last].flatMap((p) => p.plans.filter((plan) => plan.seqScans.length > 0).map((plan) => ({ page: r.page, n: p.n, plan }))),
  );
  if (scanned.length > 0) {
    console.log(`\n!!! SEQUENTIAL SCANS OF BIG TABLES (${scanned.length}):`);
    for (const { page, n, plan } of scanned) {
      console.log(`\n${page}, page ${n}: ${plan.seqScans.join(", ")}\n  ${plan.sql.slice(0, 300)}`);
      for (const l of plan.custom) console.log(`    ${l}`);
    }
  }

  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const out = path.join("bench", "results", `scale-${stamp}.json`);
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(
    out,
    JSON.stringify(
      {
        date: new Date().toISOString(),
        machine: { cpus: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30), loadAverage: os.loadavg() },
        database,
        scale: scale.n,
        seedSeconds,
        runs,
        measured: what,
        reference,
        results,
      },
      null,
      2,
    ),
  );
  console.log(`\nWrote ${out}.`);
  if (failures.length > 0) {
    console.log(`\n!!! ${failures.length} row(s) missed: ${failures.map((row) => row.page).join("; ")}`);
    process.exitCode = 1;
  } else {
    console.log(`\nEvery target page under ${TARGET_MS} ms p50, first and last page; every plan uses indexes.`);
  }
} finally {
  await cleanup();
}

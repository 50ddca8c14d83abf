/**
 * The production server as it is deployed, for the production-shape specs: the build that is
 * already there (this builds nothing; `npm test` builds when stale), started with
 * `node node_modules/next/dist/bin/next start` in a given start mode, on a fresh database, and
 * optionally behind deploy/nginx.conf.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { nginxConfig } from "../../scripts/nginx-config";
import { throwawayDatabase } from "../../scripts/throwaway-database";

/** The public host name the nginx specs use (resolved to this machine by the browser). */
export const publicHost = "portal.example.org";

/** Ways of starting the server that must all serve the same site. */
export const startModes = {
  /** `next start -p PORT`: no host binding. */
  bare: { args: (port: number) => ["-p", String(port)], host: "localhost" },
  /** Bound to the loopback address, as behind a reverse proxy on the same machine. */
  "-H 127.0.0.1": { args: (port: number) => ["-H", "127.0.0.1", "-p", String(port)], host: "127.0.0.1" },
  /** Bound to every address, spelled out. */
  "-H 0.0.0.0": { args: (port: number) => ["-H", "0.0.0.0", "-p", String(port)], host: "127.0.0.1" },
  /** HOSTNAME in the environment, as container runtimes and Next's standalone server set it. */
  "HOSTNAME set": { args: (port: number) => ["-p", String(port)], host: "127.0.0.1", env: { HOSTNAME: "127.0.0.1" } },
  /** The port from PORT rather than -p, and not Next's default 3000. */
  "PORT set, non-default port": { args: () => [], host: "localhost", env: (port: number) => ({ PORT: String(port) }) },
} satisfies Record<string, { args: (port: number) => string[]; host: string; env?: Record<string, string> | ((port: number) => Record<string, string>) }>;
export type StartMode = keyof typeof startModes;

/** Ports for these specs: clear of the main e2e server's (E2E_PORT) unless set. */
export const productionPorts = (() => {
  const base = Number(process.env.PRODUCTION_E2E_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 10);
  return { base, nginx: Number(process.env.PRODUCTION_E2E_NGINX_PORT ?? base + 5000) };
})();

export interface Database {
  label: string;
  /** What a server process needs in its environment to use it. */
  env: Record<string, string>;
  drop: () => Promise<void>;
}

/** Seals second-factor secrets: the seed (the demo admin's) and every server of this run share it. */
const twoFactorKey = randomBytes(32).toString("base64url");

function prepare(env: Record<string, string>) {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "test", LOG_LEVEL: "warn", TWO_FACTOR_KEY: twoFactorKey, ...env };
  if (!env.DATABASE_URL) delete childEnv.DATABASE_URL;
  execFileSync(process.execPath, ["--import", "tsx", "scripts/prepare-db.ts"], { env: childEnv, stdio: "inherit" });
}

/**
 * A migrated, seeded database made once, and copied for each server start (a PostgreSQL template
 * database, or a copied PGlite folder): every start mode begins from the same fresh state.
 */
export async function databaseTemplate(): Promise<{ fresh: () => Promise<Database>; drop: () => Promise<void> }> {
  if (process.env.DATABASE_URL) {
    const adminUrl = process.env.DATABASE_URL;
    const template = await throwawayDatabase(adminUrl, "prodtpl");
    prepare({ DATABASE_URL: template.url });
    const copies: Database[] = [];
    return {
      fresh: async () => {
        const copy = await throwawayDatabase(adminUrl, "prod", template.name);
        const database = { label: `PostgreSQL ${copy.name}`, env: { DATABASE_URL: copy.url }, drop: copy.drop };
        copies.push(database);
        return database;
      },
      drop: async () => {
        for (const copy of copies) await copy.drop().catch(() => {});
        await template.drop();
      },
    };
  }
  mkdirSync(".data", { recursive: true });
  const root = mkdtempSync(path.join(".data", "prod-e2e-"));
  const template = path.join(root, "template");
  prepare({ PGLITE_DIR: template });
  let n = 0;
  return {
    fresh: async () => {
      const dir = path.join(root, `copy-${++n}`);
      cpSync(template, dir, { recursive: true });
      return { label: `PGlite ${dir}`, env: { PGLITE_DIR: dir }, drop: async () => rmSync(dir, { recursive: true, force: true }) };
    },
    drop: async () => rmSync(root, { recursive: true, force: true }),
  };
}

export interface ProductionServer {
  /** The address a client on this machine uses to reach it. */
  url: string;
  port: number;
  output: () => string;
  stop: () => Promise<void>;
}

async function poll(url: string, deadlineMs: number, headers: Record<string, string> = {}, exited?: () => boolean): Promise<void> {
  const until = Date.now() + deadlineMs;
  let last = "no answer";
  while (Date.now() < until) {
    if (exited?.()) throw new Error(`the server exited before ${url} answered`);
    try {
      const response = await fetch(url, { headers });
      if (response.ok) return;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer 200 within ${deadlineMs / 1000} s (last: ${last})`);
}

/**
 * Starts the built server in `mode` on `port`, using `database`, and waits until /api/health
 * answers. `env` adds to (or overrides) the production environment: by default the production
 * defaults, TRUST_PROXY_HEADERS=false included.
 */
export async function startProductionServer(options: {
  mode: StartMode;
  port: number;
  database: Database;
  env?: Record<string, string>;
}): Promise<ProductionServer> {
  if (!existsSync(path.join(".next", "BUILD_ID"))) {
    throw new Error("No production build in .next: run `npx next build` (npm test builds when stale) before these specs");
  }
  const mode = startModes[options.mode];
  const url = `http://${mode.host}:${options.port}`;
  const modeEnv = "env" in mode ? (typeof mode.env === "function" ? mode.env(options.port) : mode.env) : {};
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    TWO_FACTOR_KEY: twoFactorKey,
    SITE_URL: url,
    LOG_LEVEL: "warn",
    TRUST_PROXY_HEADERS: "false",
    ...options.database.env,
    ...modeEnv,
    ...options.env,
  };
  if (!options.database.env.DATABASE_URL) delete env.DATABASE_URL;
  if (!("PORT" in modeEnv)) delete env.PORT;
  if (!("HOSTNAME" in modeEnv)) delete env.HOSTNAME;
  const child: ChildProcess = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", ...mode.args(options.port)], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (output += d.toString()));
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    }
  };
  try {
    await poll(`${url}/api/health`, 60_000, {}, () => child.exitCode !== null);
  } catch (error) {
    await stop();
    throw new Error(`${options.mode} on port ${options.port}: ${(error as Error).message}\n${output}`);
  }
  return { url, port: options.port, output: () => output, stop };
}

function nginxBinary(): string {
  for (const candidate of ["/usr/sbin/nginx", "/usr/bin/nginx"]) if (existsSync(candidate)) return candidate;
  throw new Error("nginx is not installed (Debian: apt-get install -y nginx; .ci/run installs it)");
}

/** deploy/nginx.conf, as shipped apart from ports and paths, in front of `upstreamPorts`. */
export async function startNginx(upstreamPorts: number[], listenPort: number, host: string): Promise<{ stop: () => Promise<void>; output: () => string }> {
  const binary = nginxBinary();
  const dir = mkdtempSync(path.join(os.tmpdir(), "portal-e2e-nginx-"));
  chmodSync(dir, 0o755); // nginx's workers drop root and write their cache and temp files here
  for (const sub of ["body", "proxy", "fastcgi", "uwsgi", "scgi", "cache"]) {
    mkdirSync(path.join(dir, sub));
    chmodSync(path.join(dir, sub), 0o777);
  }
  const config = path.join(dir, "nginx.conf");
  writeFileSync(config, nginxConfig(upstreamPorts, listenPort, dir, host));
  execFileSync(binary, ["-t", "-q", "-c", config, "-p", dir], { stdio: "inherit" });
  const child = spawn(binary, ["-c", config, "-p", dir, "-g", "daemon off;"], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr.on("data", (d: Buffer) => (output += d.toString()));
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await poll(`http://127.0.0.1:${listenPort}/api/health`, 15_000, { host }, () => child.exitCode !== null);
  } catch (error) {
    await stop();
    throw new Error(`nginx on ${listenPort}: ${(error as Error).message}\n${output}`);
  }
  return { stop, output: () => output };
}

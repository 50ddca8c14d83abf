/**
 * The server Playwright tests run against: a fresh database for every run (a temporary PGlite
 * folder, or a throwaway PostgreSQL database on the server DATABASE_URL names), migrated and
 * seeded, then the production build served by `next start`. Removes the database on exit.
 *
 * With E2E_EXISTING_DATABASE=1, DATABASE_URL names a database already prepared (bench/scale.ts
 * seeds one at size): it is used as it is, and left in place.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, mkdirSync } from "node:fs";
import path from "node:path";
import { StripeEmulator } from "../tests/stripe-emulator";
import { throwawayDatabase } from "./throwaway-database";

const port = process.env.E2E_PORT ?? "3100";
const env: NodeJS.ProcessEnv = {
  ...process.env,
  // Processes that must accept each other's sessions (bench --proxy) are given one secret.
  AUTH_SECRET: process.env.E2E_AUTH_SECRET ?? randomBytes(32).toString("base64url"),
  // Seals second-factor secrets; the seed (below) and the server must share it.
  TWO_FACTOR_KEY: process.env.E2E_TWO_FACTOR_KEY ?? randomBytes(32).toString("base64url"),
  // The bench behind nginx names the public address, as production does (SITE_URL is what the origin check believes).
  SITE_URL: process.env.E2E_SITE_URL ?? `http://localhost:${port}`,
  LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
  // Tests stand in for a reverse proxy: each may claim its own client address.
  TRUST_PROXY_HEADERS: "true",
  // Tests follow the links in emails, read from the staff outbox.
  OUTBOX_SHOWS_LINKS: "true",
  // Newsletters go to the SMTP server the newsletter spec starts (tests/smtp-sink.ts), on this port.
  NEWSLETTER_SMTP_URL: `smtp://127.0.0.1:${process.env.E2E_SMTP_PORT ?? "2525"}`,
};
let cleanup = async () => {};

// Payments against the Stripe emulator (tests/stripe-emulator.ts), so the suite needs no Stripe keys
// and reaches no Stripe server; its events go to this server's webhook. E2E_STRIPE=off: no payments.
let emulator: StripeEmulator | undefined;
if (process.env.E2E_STRIPE !== "off") {
  const webhookSecret = "whsec_e2e_emulator";
  emulator = new StripeEmulator({ webhookSecret, deliver: `http://localhost:${port}/api/webhooks/stripe` });
  Object.assign(env, { STRIPE_SECRET_KEY: "sk_test_e2e_emulator", STRIPE_WEBHOOK_SECRET: webhookSecret, STRIPE_API_URL: await emulator.start() });
}

if (process.env.DATABASE_URL && process.env.E2E_EXISTING_DATABASE === "1") {
  console.log(`e2e database: PostgreSQL ${new URL(process.env.DATABASE_URL).pathname.slice(1)} (existing)`);
} else if (process.env.DATABASE_URL) {
  const database = await throwawayDatabase(process.env.DATABASE_URL, "e2e");
  env.DATABASE_URL = database.url;
  cleanup = () => database.drop().catch(() => {});
  console.log(`e2e database: PostgreSQL ${database.name}`);
} else {
  mkdirSync(".data", { recursive: true });
  const dir = mkdtempSync(path.join(".data", "e2e-"));
  env.PGLITE_DIR = dir;
  cleanup = async () => rmSync(dir, { recursive: true, force: true });
  console.log(`e2e database: PGlite ${dir}`);
}

function run(command: string, args: string[], childEnv: NodeJS.ProcessEnv): ChildProcess {
  return spawn(command, args, { env: childEnv, stdio: "inherit" });
}

const prepare = run(process.execPath, ["--import", "tsx", "scripts/prepare-db.ts"], { ...env, NODE_ENV: "test" });
const prepared = await new Promise<number>((resolve) => prepare.on("exit", (code) => resolve(code ?? 1)));
if (prepared !== 0) {
  await cleanup();
  process.exit(prepared);
}

// Idle connections kept longer than any client or proxy in front keeps them (Node's default is 5 s):
// otherwise a client reusing a socket just as the server closes it gets ECONNRESET.
// SERVER_HEAP_MB caps V8's old generation, as a deployment would (docs/production.md); unset, V8
// sizes it from the machine's memory and grows the heap lazily (about 300 MB under bench load here).
// With it, the young generation is also held to 8 MB semi-spaces, as deployed: 16 MB of new space
// instead of 32, which took 30 MB off the server's RSS under the bench's loads at no measurable
// cost in CPU per request (bench/README.md, seventh run).
const heap = process.env.SERVER_HEAP_MB
  ? [`--max-old-space-size=${Number(process.env.SERVER_HEAP_MB)}`, "--max-semi-space-size=8"]
  : [];
// SERVER_NODE_ARGS: more flags for the server's node, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" to profile it.
const nodeArgs = (process.env.SERVER_NODE_ARGS ?? "").split(" ").filter(Boolean);
const server = run(process.execPath, [...heap, ...nodeArgs, "node_modules/next/dist/bin/next", "start", "-p", port, "--keepAliveTimeout", "75000"], {
  ...env,
  NODE_ENV: "production",
});

let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  if (server.exitCode === null) {
    server.kill("SIGTERM");
    await new Promise((resolve) => {
      const timer = setTimeout(() => (server.kill("SIGKILL"), resolve(null)), 5000);
      server.on("exit", () => (clearTimeout(timer), resolve(null)));
    });
  }
  await cleanup();
  await emulator?.stop();
  process.exit(code);
}
process.on("SIGTERM", () => void stop(0));
process.on("SIGINT", () => void stop(0));
server.on("exit", (code) => void stop(code ?? 0));

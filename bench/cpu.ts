/**
 * Server CPU time per request: `npm run bench:cpu -- [--signin email] [--rounds N] /path ...`.
 *
 * Starts the app as `npm run bench` does (a fresh seeded database, PGlite or DATABASE_URL), and for
 * each path sends 2,000 requests to warm up, then 4,000 at 10 connections, reading the server
 * process's own user + system time from /proc/<pid>/stat before and after. Unlike req/s, the figure
 * hardly depends on what else the machine is doing (the load generator included), so two builds or
 * two configurations can be compared on a noisy machine. Prints milliseconds of CPU per request.
 */
import autocannon from "autocannon";
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { signIn, startApp } from "./app";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    signin: { type: "string" },
    rounds: { type: "string", default: "2" },
    port: { type: "string", default: "3411" },
    "heap-mb": { type: "string", default: "256" },
  },
});
if (!positionals.length) {
  console.error("usage: npm run bench:cpu -- [--signin email] [--rounds N] /path ...");
  process.exit(2);
}

/** The process's user + system CPU time so far, in ms (fields 14 and 15 of /proc/<pid>/stat, in ticks of 10 ms). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

async function load(url: string, amount: number, headers: Record<string, string>) {
  const result = await autocannon({ url, connections: 10, amount, headers });
  return { non2xx: result.non2xx, errors: result.errors };
}

const heapMb = Number(values["heap-mb"]);
const app = await startApp(Number(values.port), heapMb ? { heapMb } : {});
try {
  const pid = app.pid();
  if (!pid) throw new Error("the server process was not found");
  const headers: Record<string, string> = values.signin ? { cookie: await signIn(app.base, values.signin) } : {};
  for (let round = 1; round <= Number(values.rounds); round++) {
    for (const path of positionals) {
      const url = app.base + path;
      await load(url, 2000, headers);
      const before = cpuMs(pid);
      const { non2xx, errors } = await load(url, 4000, headers);
      const perRequest = (cpuMs(pid) - before) / 4000;
      const problems = non2xx || errors ? ` (non-2xx ${non2xx}, errors ${errors})` : "";
      console.log(`round ${round}  ${path.padEnd(40)} ${perRequest.toFixed(2)} ms CPU a request${problems}`);
    }
  }
} finally {
  app.stop();
}

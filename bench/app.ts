/** The app under load, for the bench scripts: a production server on a fresh seeded database. */
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { DEMO_ADMIN, passSecondFactorWithFetch } from "../tests/demo-admin";

export interface App {
  base: string;
  /** The next-server process's resident memory now, in kB. */
  rssKb: () => number;
  /** The next-server process's pid. */
  pid: () => number | undefined;
  stop: () => void;
}

/**
 * scripts/e2e-server.ts on `port` (embedded PGlite, or PostgreSQL when DATABASE_URL is set), with
 * V8's old generation capped at `heapMb` when given, and `env` added to its environment.
 */
export async function startApp(
  port: number,
  options: { heapMb?: number; env?: Record<string, string> } = {},
): Promise<App> {
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, ["--import", "tsx", "scripts/e2e-server.ts"], {
    env: {
      ...process.env,
      E2E_PORT: String(port),
      LOG_LEVEL: "warn",
      ...(options.heapMb ? { SERVER_HEAP_MB: String(options.heapMb) } : {}),
      ...options.env,
    },
    stdio: ["ignore", "inherit", "inherit"],
    detached: true,
  });
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      process.kill(-server.pid!, "SIGTERM");
    } catch {}
  };
  process.on("exit", stop);
  process.on("SIGINT", () => process.exit(130));

  // The server's node process, found once: scanning all of /proc on every sample took time from
  // the thread that runs autocannon.
  let serverPid: number | undefined;
  const findServerPid = (): number | undefined => {
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
        if (pid !== server.pid && /^Name:\s+(next-server|node)/m.test(readFileSync(`/proc/${pid}/status`, "utf8"))) return pid;
      } catch {}
    }
    return undefined;
  };
  const rssKb = (): number => {
    for (let attempt = 0; attempt < 2; attempt++) {
      serverPid ??= findServerPid();
      if (serverPid === undefined) return 0;
      try {
        return Number(readFileSync(`/proc/${serverPid}/status`, "utf8").match(/VmRSS:\s+(\d+)/)?.[1] ?? 0);
      } catch {
        serverPid = undefined; // gone: look once more, as the old scan did on every sample
      }
    }
    return 0;
  };

  const until = Date.now() + 180_000;
  for (;;) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {}
    if (Date.now() > until) {
      stop();
      throw new Error("the server did not become healthy");
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return { base, rssKb, pid: () => (serverPid ??= findServerPid()), stop };
}

/** Signs a demo account in through Auth.js's own endpoints; returns the Cookie header to send. */
export async function signIn(origin: string, email: string, password = "demo-password"): Promise<string> {
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
    body: new URLSearchParams({ csrfToken, email, password }),
  });
  remember(response);
  if (![...jar.keys()].some((k) => k.includes("session-token"))) throw new Error(`${email}: sign-in failed`);
  // The demo admin's second factor, as a browser without JavaScript answers /login/verify.
  if (email === DEMO_ADMIN) {
    for (const pair of await passSecondFactorWithFetch(origin, header(), { "x-forwarded-for": "10.250.0.1" })) {
      const [name, ...value] = pair.split("=");
      jar.set(name!, value.join("="));
    }
  }
  return header();
}

/**
 * A staff write, as a browser without JavaScript sends it: the Gold tier's form on /admin/tiers
 * (its hidden server-action fields and its inputs) with `note` added to the description, which
 * /membership shows. True when the app saved it.
 */
export async function editGoldTierDescription(origin: string, adminCookie: string, note: string): Promise<boolean> {
  const page = await (await fetch(`${origin}/admin/tiers`, { headers: { cookie: adminCookie } })).text();
  const gold = page.slice(page.indexOf('id="tier-gold"'));
  const form = gold.slice(0, gold.indexOf("</form>"));
  const unescape = (value: string) =>
    value.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
  const input = (name: string) => unescape(form.match(new RegExp(`name="${name.replace(/\$/g, "\\$")}"[^>]*value="([^"]*)"`))?.[1] ?? "");
  const textarea = (name: string) => unescape(form.match(new RegExp(`name="${name}"[^>]*>([^<]*)</textarea>`))?.[1] ?? "");
  const body = new FormData();
  for (const [, name] of form.matchAll(/<input type="hidden" name="([^"]+)"/g)) body.set(name!, input(name!));
  for (const name of ["name", "price", "position"]) body.set(name, input(name));
  body.set("vatTreatment", /name="vatTreatment" value="(\w+)"[^>]*checked/.exec(form)?.[1] ?? "exempt");
  // Keep the description from growing without bound: replace an earlier note.
  body.set("description", `${textarea("description").replace(/ ?\[[^\]]*\]$/, "")} [${note}]`.trim().slice(0, 500));
  body.set("benefits", textarea("benefits"));
  const saved = await fetch(`${origin}/admin/tiers`, { method: "POST", headers: { cookie: adminCookie, Origin: origin }, body, redirect: "manual" });
  return (saved.headers.get("location") ?? "").includes("saved=");
}

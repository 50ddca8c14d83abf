/**
 * `npm run bench -- --proxy`: deploy/nginx.conf in front of the app, with this run's ports and a
 * throwaway cache folder. Installs Debian's nginx when it is missing (as the brief allows: Debian's
 * packages are reachable).
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { nginxConfig } from "../scripts/nginx-config";

function nginxBinary(): string {
  for (const candidate of ["/usr/sbin/nginx", "/usr/bin/nginx"]) if (existsSync(candidate)) return candidate;
  console.log("nginx is not installed: installing Debian's nginx-light…");
  execFileSync("apt-get", ["install", "-y", "-qq", "nginx-light"], { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  return "/usr/sbin/nginx";
}

export async function startNginx(upstreamPorts: number[], listenPort: number): Promise<{ stop: () => void }> {
  const binary = nginxBinary();
  const dir = mkdtempSync(path.join(os.tmpdir(), "portal-bench-proxy-"));
  // nginx's workers drop root and must be able to write their cache and temp files.
  chmodSync(dir, 0o755);
  for (const sub of ["body", "proxy", "fastcgi", "uwsgi", "scgi", "cache"]) {
    mkdirSync(path.join(dir, sub));
    chmodSync(path.join(dir, sub), 0o777);
  }
  const config = path.join(dir, "nginx.conf");
  writeFileSync(config, nginxConfig(upstreamPorts, listenPort, dir, `127.0.0.1:${listenPort}`));
  execFileSync(binary, ["-t", "-q", "-c", config, "-p", dir], { stdio: "inherit" });
  const child: ChildProcess = spawn(binary, ["-c", config, "-p", dir, "-g", "daemon off;"], { stdio: ["ignore", "inherit", "inherit"] });
  const until = Date.now() + 10_000;
  while (Date.now() < until) {
    try {
      await fetch(`http://127.0.0.1:${listenPort}/api/health`);
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return {
    stop: () => {
      child.kill("SIGTERM");
      // nginx removes its pid file as it exits; its folder goes after that, or after 5 s.
      const pidFile = path.join(dir, "nginx.pid");
      const until = Date.now() + 5_000;
      const pause = new Int32Array(new SharedArrayBuffer(4));
      while (existsSync(pidFile) && Date.now() < until) Atomics.wait(pause, 0, 0, 50);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

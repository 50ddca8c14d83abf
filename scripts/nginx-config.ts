import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * deploy/nginx.conf with the lines marked BENCH pointed at these ports, this folder and this public
 * host (SITE_URL's host and port): how the bench and the production-shape tests run the shipped
 * config on this machine.
 */
export function nginxConfig(upstreamPorts: number[], listenPort: number, dir: string, publicHost: string): string {
  const out: string[] = [];
  let upstreamWritten = false;
  for (const line of readFileSync(path.join("deploy", "nginx.conf"), "utf8").split("\n")) {
    if (!line.includes("# BENCH")) {
      out.push(line);
      continue;
    }
    const indent = line.match(/^\s*/)![0];
    if (/^\s*server 127/.test(line)) {
      if (!upstreamWritten) out.push(...upstreamPorts.map((port) => `${indent}server 127.0.0.1:${port};`));
      upstreamWritten = true;
    } else if (/^\s*listen /.test(line)) {
      out.push(`${indent}listen 127.0.0.1:${listenPort};`);
    } else if (/^\s*set \$portal_host /.test(line)) {
      out.push(`${indent}set $portal_host "${publicHost}";`);
    } else {
      out.push(line.replace(/\/tmp\/portal-nginx\.pid/, path.join(dir, "nginx.pid")).replace(/\/tmp\/portal-nginx/g, dir).replace(/\s*# BENCH$/, ""));
    }
  }
  const rendered = out.join("\n");
  // Every marked line must have been rewritten: a new one this does not know would point elsewhere.
  if (rendered.includes("/tmp/portal-nginx") || !upstreamWritten) throw new Error("deploy/nginx.conf has BENCH lines this helper does not render");
  return rendered;
}

import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name.startsWith(".") || ["e2e", "bench", "tests"].includes(entry.name)) continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** Runs `next build` unless the last build is newer than every source file. Returns false if it failed. */
export function buildIfStale(force = process.env.FORCE_BUILD === "1"): boolean {
  const buildId = path.join(".next", "BUILD_ID");
  if (!force && existsSync(buildId) && newestSource(".") <= statSync(buildId).mtimeMs) {
    console.log("The production build is up to date.");
    return true;
  }
  console.log("Building the production server…");
  const result = spawnSync(path.join("node_modules", ".bin", "next"), ["build"], { stdio: "inherit" });
  return result.status === 0;
}

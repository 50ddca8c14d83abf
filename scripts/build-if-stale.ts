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

/**
 * When the installed dependencies last changed: npm rewrites node_modules/.package-lock.json on every
 * install, update or `npm ci`, so a dependency bump makes the build stale even though no source changed.
 */
function dependenciesChanged(): number {
  const installed = path.join("node_modules", ".package-lock.json");
  return existsSync(installed) ? statSync(installed).mtimeMs : Number.POSITIVE_INFINITY;
}

/** Runs `next build` unless the last build is newer than every source file and the installed dependencies. Returns false if it failed. */
export function buildIfStale(force = process.env.FORCE_BUILD === "1"): boolean {
  const buildId = path.join(".next", "BUILD_ID");
  if (!force && existsSync(buildId) && Math.max(newestSource("."), dependenciesChanged()) <= statSync(buildId).mtimeMs) {
    console.log("The production build is up to date.");
    return true;
  }
  console.log("Building the production server…");
  const result = spawnSync(path.join("node_modules", ".bin", "next"), ["build"], { stdio: "inherit" });
  return result.status === 0;
}

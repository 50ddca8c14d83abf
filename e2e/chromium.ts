import { existsSync } from "node:fs";
import type { LaunchOptions } from "@playwright/test";

// Debian's chromium where it is installed (this project's machines); Playwright's own elsewhere.
const systemChromium = "/usr/bin/chromium";

/** How the browser is launched, for every Playwright config and script here; `args` adds flags. */
export function chromiumLaunchOptions(args: string[] = []): LaunchOptions {
  if (!existsSync(systemChromium)) return args.length ? { args } : {};
  return {
    executablePath: systemChromium,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
      ...args,
    ],
  };
}

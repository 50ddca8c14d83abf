import { existsSync } from "node:fs";
import type { LaunchOptions } from "@playwright/test";

// Debian's browsers where they are installed (this project's machines); Playwright's own elsewhere.
// The headless shell is what Playwright itself runs headless: it does not draw a browser's window
// and tabs as full Chromium's --headless does, which cost the suite more CPU than the app server
// (.ci/run installs it).
const systemBrowsers = [process.env.E2E_CHROMIUM, "/usr/bin/chromium-headless-shell", "/usr/bin/chromium"];

/** How the browser is launched, for every Playwright config and script here; `args` adds flags. */
export function chromiumLaunchOptions(args: string[] = []): LaunchOptions {
  const executablePath = systemBrowsers.find((path) => path && existsSync(path));
  if (!executablePath) return args.length ? { args } : {};
  return {
    executablePath,
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

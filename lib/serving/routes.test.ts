import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { matchRoute, nginxPassThrough, policyClass } from "./match";
import { staticFiles, unmatchedRoute } from "./routes";

const root = path.resolve(import.meta.dirname, "../..");

/** Every page and route handler under app/, as the URL path Next serves it at (route groups dropped). */
function appRoutes(dir = path.join(root, "app"), prefix = ""): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (entry.name.startsWith("_")) continue;
      const segment = /^\(.+\)$/.test(entry.name) ? "" : `/${entry.name}`;
      found.push(...appRoutes(path.join(dir, entry.name), prefix + segment));
    } else if (/^(page|route)\.tsx?$/.test(entry.name)) {
      found.push(prefix || "/");
    } else if (/^(robots|sitemap)\.ts$/.test(entry.name)) {
      found.push(`${prefix}/${entry.name.replace(".ts", entry.name.startsWith("robots") ? ".txt" : ".xml")}`);
    }
  }
  return found;
}

/** A concrete address for a route path: each [param] given a sample value. */
const sample = (route: string) => route.replace(/\[\.\.\.\w+\]/g, "a/b").replace(/\[\w+\]/g, "sample-value");

describe("the route table", () => {
  it("has a row for every page and route handler in app/ (a new page is its file plus one row)", () => {
    const files = appRoutes();
    expect(files.length).toBeGreaterThan(40);
    const unserved = files.filter((route) => matchRoute(sample(route)).route === unmatchedRoute);
    expect(unserved).toEqual([]);
  });

  it("puts every render target proxy.ts rewrites to under /internal, which answers 404 to direct requests", () => {
    const internal = appRoutes().filter((route) => route.startsWith("/internal/"));
    expect(internal.length).toBeGreaterThanOrEqual(5);
    for (const route of internal) expect(matchRoute(sample(route)).route.serving, route).toBe("internal");
    expect(appRoutes().filter((route) => /^\/(cached|member)\//.test(route))).toEqual([]);
  });

  it("serves each public address as the contract says", () => {
    const serving = (p: string) => matchRoute(p).route.serving;
    expect(serving("/")).toBe("cached");
    expect(serving("/news")).toBe("cached-list");
    expect(serving("/news/nasen-response-to-naht-empty-promises-report")).toBe("cached");
    expect(serving("/news/feed.xml")).toBe("cached");
    expect(serving("/resources")).toBe("cached-list");
    expect(serving("/resources/what-is-dme")).toBe("per-viewer");
    expect(serving("/resources/what-is-dme/download")).toBe("per-request");
    expect(serving("/topics/autism")).toBe("cached-list");
    expect(serving("/search")).toBe("cached-list");
    expect(matchRoute("/search").route.list?.scoped).toBe(true);
    expect(serving("/account")).toBe("per-request");
    expect(serving("/account/security")).toBe("per-request");
    expect(serving("/administrator")).toBe("cached"); // not /admin
    expect(serving("/no-such-page")).toBe("cached");
    expect(matchRoute("/admin/members/1").route.guard).toBe("staff");
    expect(matchRoute("/account").route.guard).toBe("signed-in");
    expect(matchRoute("/adminx").route.guard).toBeUndefined();
    expect(matchRoute("/resources/what-is-dme/download").route.gated).toEqual({ kind: "resource", shows: "file" });
    expect(matchRoute("/resources/what-is-dme").params).toEqual({ slug: "what-is-dme" });
    expect(matchRoute("/login").route.database).toBe(true);
    expect(matchRoute("/").route.database).toBeFalsy();
  });

  it("gives a nonce only to pages rendered per request, and same-origin scripts to handlers", () => {
    const policy = (p: string) => policyClass(matchRoute(p).route);
    expect(["/login", "/admin", "/account", "/preferences"].map(policy)).toEqual(["nonce", "nonce", "nonce", "nonce"]);
    expect(["/", "/news", "/resources/a", "/membership", "/search", "/no-such-page"].map(policy)).toEqual(["cached", "cached", "cached", "cached", "cached", "cached"]);
    expect(["/api/me", "/resources/a/download", "/news/feed.xml", "/internal/lists/news/all"].map(policy)).toEqual(["self", "self", "self", "self"]);
  });

  it("is what deploy/nginx.conf passes through uncached", () => {
    const conf = readFileSync(path.join(root, "deploy/nginx.conf"), "utf8");
    const map = conf.match(/map \$uri \$portal_per_request \{\n\s*default 0;\n([\s\S]*?)\n\s*\}/)?.[1];
    expect(map, "the $portal_per_request map").toBeTruthy();
    expect(map!.split("\n").map((line) => line.trim())).toEqual(nginxPassThrough());
    // The lines match what they should, read as nginx reads them.
    const patterns = nginxPassThrough().map((line) => new RegExp(line.match(/^"~(.*)" 1;$/)![1]!));
    const passed = (p: string) => patterns.some((pattern) => pattern.test(p));
    for (const p of ["/login", "/admin/news", "/account", "/api/health", "/resources/a/download", "/internal/lists/news/all", "/register/check-email"]) {
      expect(passed(p), p).toBe(true);
    }
    for (const p of ["/", "/news", "/resources/a", "/loginx", "/administrator", "/resources", "/search"]) expect(passed(p), p).toBe(false);
  });

  it("is what proxy.ts's matcher leaves out: build assets and public/ files only", () => {
    const source = readFileSync(path.join(root, "proxy.ts"), "utf8");
    const matcher = source.match(/matcher: \["(.*)"\]/)?.[1];
    expect(matcher).toBe(`/((?!${staticFiles.join("|")}).*)`);
    const publicFiles = readdirSync(path.join(root, "public"));
    for (const file of publicFiles) expect(staticFiles.some((s) => s.replace(/\/$/, "") === file), file).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import { nginxConfig } from "@/scripts/nginx-config";
import { isCrossSiteRequest } from "./origin";

const headers = (h: Record<string, string>) => new Headers(h);
const site = "https://portal.example.org";

describe("cross-site requests", () => {
  it("refuses a post whose Origin is another site", () => {
    for (const s of [null, site]) {
      expect(isCrossSiteRequest("POST", headers({ host: "portal.example.org", origin: "https://evil.example" }), s)).toBe(true);
      expect(isCrossSiteRequest("POST", headers({ host: "portal.example.org", origin: "null" }), s)).toBe(true);
      expect(isCrossSiteRequest("DELETE", headers({ host: "portal.example.org", origin: "https://portal.example.org.evil.example" }), s)).toBe(true);
    }
  });

  it("in production believes SITE_URL, never the Host or X-Forwarded-Host a client sent", () => {
    const forged = { host: "evil.example", "x-forwarded-host": "evil.example", origin: "https://evil.example" };
    expect(isCrossSiteRequest("POST", headers(forged), site)).toBe(true);
    expect(isCrossSiteRequest("POST", headers({ host: "evil.example", origin: site }), site)).toBe(false);
    expect(isCrossSiteRequest("POST", headers({ host: "portal.example.org", origin: "http://portal.example.org" }), site)).toBe(true);
  });

  it("in development accepts our own pages' posts, behind a proxy too", () => {
    expect(isCrossSiteRequest("POST", headers({ host: "localhost:3000", origin: "http://localhost:3000" }), null)).toBe(false);
    expect(isCrossSiteRequest("POST", headers({ host: "10.0.0.5:3001", "x-forwarded-host": "portal.example.org", origin: "https://portal.example.org" }), null)).toBe(false);
  });

  it("leaves reads and non-browser clients alone", () => {
    expect(isCrossSiteRequest("GET", headers({ host: "portal.example.org", origin: "https://evil.example" }), site)).toBe(false);
    expect(isCrossSiteRequest("POST", headers({ host: "portal.example.org" }), site)).toBe(false);
  });
});

describe("deploy/nginx.conf", () => {
  it("tells the app the configured public host, never the Host or X-Forwarded-Host a client sent", () => {
    const conf = nginxConfig([3001], 8080, "/tmp/x", "portal.example.org:8443");
    const headers = [...conf.matchAll(/^\s*proxy_set_header (\S+) (.+);/gm)].map((m) => [m[1]!.toLowerCase(), m[2]]);
    expect(conf).toMatch(/^\s*set \$portal_host "portal\.example\.org:8443";/m);
    expect(headers).toContainEqual(["host", "$portal_host"]);
    expect(headers).toContainEqual(["x-forwarded-host", "$portal_host"]);
    expect(conf).not.toMatch(/\$http_host|\$http_x_forwarded_host/);
    expect(conf).not.toMatch(/proxy_cache_key \S*\$host/);
  });
});

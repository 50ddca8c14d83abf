import { describe, expect, it } from "vitest";
import { isCrossSiteRequest } from "./origin";

const headers = (h: Record<string, string>) => new Headers(h);

describe("cross-site requests", () => {
  it("refuses a post whose Origin is another site", () => {
    expect(isCrossSiteRequest("POST", headers({ host: "portal.example.org", origin: "https://evil.example" }))).toBe(true);
    expect(isCrossSiteRequest("POST", headers({ host: "portal.example.org", origin: "null" }))).toBe(true);
    expect(isCrossSiteRequest("DELETE", headers({ host: "portal.example.org", origin: "https://portal.example.org.evil.example" }))).toBe(true);
  });

  it("accepts our own pages' posts, behind a proxy too", () => {
    expect(isCrossSiteRequest("POST", headers({ host: "localhost:3000", origin: "http://localhost:3000" }))).toBe(false);
    expect(isCrossSiteRequest("POST", headers({ host: "10.0.0.5:3001", "x-forwarded-host": "portal.example.org", origin: "https://portal.example.org" }))).toBe(false);
  });

  it("leaves reads and non-browser clients alone", () => {
    expect(isCrossSiteRequest("GET", headers({ host: "portal.example.org", origin: "https://evil.example" }))).toBe(false);
    expect(isCrossSiteRequest("POST", headers({ host: "portal.example.org" }))).toBe(false);
  });
});

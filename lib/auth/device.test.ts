import { describe, expect, it } from "vitest";
import { DEVICE_COOKIE, deviceToken, knownDevice, verifyDeviceToken } from "./device";

describe("device cookies", () => {
  it("prove a browser for the email it signed in with, whatever its case, and no other", () => {
    const token = deviceToken("Owner@Example.org");
    const id = verifyDeviceToken(token, " owner@example.org");
    expect(id).toMatch(/^[\w-]{22}$/);
    expect(verifyDeviceToken(token, "someone-else@example.org")).toBeNull();
    expect(knownDevice(new Headers({ cookie: `a=1; ${DEVICE_COOKIE}=${token}; b=2` }), "owner@example.org")).toBe(id);
  });

  it("are refused when forged, altered or malformed", () => {
    const token = deviceToken("owner@example.org");
    const [id, signature] = token.split(".") as [string, string];
    const altered = `${id.slice(0, -1)}${id.endsWith("A") ? "B" : "A"}.${signature}`;
    for (const bad of [altered, `${id}.${"A".repeat(32)}`, `${token}.extra`, id, "", "%%%", undefined]) {
      expect(verifyDeviceToken(bad, "owner@example.org"), String(bad)).toBeNull();
    }
    expect(knownDevice(new Headers(), "owner@example.org")).toBeNull();
  });
});

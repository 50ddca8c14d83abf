import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./callback-url";

describe("safeCallbackUrl", () => {
  it.each([
    ["/resources/what-is-dme", "/resources/what-is-dme"],
    ["/resources?type=Guide&page=2", "/resources?type=Guide&page=2"],
    ["/resources/what-is-dme/download", "/resources/what-is-dme/download"],
  ])("keeps the same-site path %s", (input, expected) => {
    expect(safeCallbackUrl(input)).toBe(expected);
  });

  it.each([
    "https://evil.example/phish",
    "//evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "javascript:alert(1)",
    "http:/evil.example",
    "/%2F%2Fevil.example",
    "",
    "/login",
    "/api/auth/signout",
    "/.//evil.example",
    "/a/..//evil.example",
    "/%2e//evil.example",
    "/./\\evil.example",
  ])("refuses %s", (input) => {
    const result = safeCallbackUrl(input);
    expect(new URL(result, "http://site.test").origin).toBe("http://site.test");
    expect(result === "/account" || result.startsWith("/%2F")).toBe(true);
    expect(result).not.toMatch(/^\/[\/\\]/);
  });
});

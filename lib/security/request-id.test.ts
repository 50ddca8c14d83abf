import { describe, expect, it } from "vitest";
import { requestIdFrom } from "./request-id";

describe("request ids", () => {
  it("keeps the id the reverse proxy sent when it is a plain token", () => {
    expect(requestIdFrom("3f2a9c1e-7b4d-4e0a-9c55-0d1e2f3a4b5c")).toBe("3f2a9c1e-7b4d-4e0a-9c55-0d1e2f3a4b5c");
    expect(requestIdFrom("nginx.12345678")).toBe("nginx.12345678");
  });

  it("replaces a missing, short, long or hostile id with a fresh UUID", () => {
    for (const incoming of [null, "", "abc", "x".repeat(129), "id\r\nSet-Cookie: a=b", '<script>alert(1)</script>', "spaces are bad"]) {
      expect(requestIdFrom(incoming)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
  });
});

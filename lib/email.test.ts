import { describe, expect, it } from "vitest";
import { redactTokenLinks } from "./email";

describe("redactTokenLinks", () => {
  it("removes single-use links and keeps the rest of the message", () => {
    const text = "Hello,\n\nReset: https://site.example/reset-password?token=abc_DEF-123\n\nSign in: https://site.example/login\n";
    const redacted = redactTokenLinks(text);
    expect(redacted).not.toContain("abc_DEF-123");
    expect(redacted).toContain("https://site.example/login");
    expect(redacted).toContain("[link removed from this copy: sent by email only]");
  });
});

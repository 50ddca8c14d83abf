import { describe, expect, it } from "vitest";
import { SLUG_PATTERN, slugify } from "./slug";

describe("slugify", () => {
  it.each([
    ["What is...DME?", "what-is-dme"],
    ["nasen response to NAHT 'Empty Promises Report'", "nasen-response-to-naht-empty-promises-report"],
    ["Café & Co’s plan", "cafe-and-cos-plan"],
    ["  --Hello,   World--  ", "hello-world"],
    ["SEND 2026: a new Code of Practice", "send-2026-a-new-code-of-practice"],
    ["???", ""],
  ])("%s → %s", (title, slug) => {
    expect(slugify(title)).toBe(slug);
    if (slug) expect(slug).toMatch(SLUG_PATTERN);
  });

  it("keeps slugs short without a trailing hyphen", () => {
    const slug = slugify("word ".repeat(50), 22);
    expect(slug.length).toBeLessThanOrEqual(22);
    expect(slug).toMatch(SLUG_PATTERN);
  });
});

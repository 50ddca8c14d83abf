import { describe, expect, it } from "vitest";
import { diffChanges } from "./changes";

describe("diffChanges", () => {
  it("records only what changed, with long text marked rather than copied", () => {
    const changes = diffChanges(
      { title: "Old", body: "a".repeat(5000), tiers: ["gold", "silver"], publishedAt: new Date("2026-01-01T00:00:00Z") },
      { title: "New", body: "b".repeat(5000), tiers: ["silver", "gold"], publishedAt: new Date("2026-01-01T00:00:00Z") },
      ["body"],
    );
    expect(changes).toEqual({ title: { from: "Old", to: "New" }, body: { changed: true } });
  });

  it("describes a new item by its non-empty fields", () => {
    expect(diffChanges(null, { title: "A", summary: "", tiers: [] })).toEqual({ title: { from: null, to: "A" } });
  });

  it("truncates long values so the log stays small", () => {
    const changes = diffChanges({ summary: "x" }, { summary: "y".repeat(500) });
    expect(String((changes.summary as { to: string }).to).length).toBeLessThanOrEqual(201);
  });
});

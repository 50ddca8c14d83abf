import { describe, expect, it } from "vitest";
import { asksBeforePublishing } from "./publish-without-file";

const save = { visibility: "tiers", status: "published", wasLive: false, hasFile: false, confirmed: false } as const;

describe("asksBeforePublishing", () => {
  it("asks when a gated resource goes live with no file", () => {
    expect(asksBeforePublishing(save)).toBe(true);
    expect(asksBeforePublishing({ ...save, visibility: "members" })).toBe(true);
    expect(asksBeforePublishing({ ...save, status: "scheduled" })).toBe(true);
  });

  it("does not ask once confirmed, with a file, for a draft, for a public resource, or for one already live", () => {
    expect(asksBeforePublishing({ ...save, confirmed: true })).toBe(false);
    expect(asksBeforePublishing({ ...save, hasFile: true })).toBe(false);
    expect(asksBeforePublishing({ ...save, status: "draft" })).toBe(false);
    expect(asksBeforePublishing({ ...save, visibility: "public" })).toBe(false);
    expect(asksBeforePublishing({ ...save, wasLive: true })).toBe(false);
  });
});

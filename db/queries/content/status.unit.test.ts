import { describe, expect, it } from "vitest";
import { displayStatus, resolvePublishedAt } from "./status";

const now = new Date("2026-06-01T12:00:00Z");
const past = new Date("2026-05-01T09:00:00Z");
const future = new Date("2026-06-02T09:00:00Z");

describe("content status", () => {
  it("shows a scheduled item as published once its time has come", () => {
    expect(displayStatus("scheduled", future, now)).toBe("scheduled");
    expect(displayStatus("scheduled", past, now)).toBe("published");
    expect(displayStatus("published", past, now)).toBe("published");
    expect(displayStatus("draft", past, now)).toBe("draft");
    expect(displayStatus("published", null, now)).toBe("draft");
  });

  it("keeps a republished item's date, and dates a first publication now", () => {
    expect(resolvePublishedAt("published", null, past, now)).toBe(past);
    expect(resolvePublishedAt("published", null, null, now)).toBe(now);
    expect(resolvePublishedAt("published", null, future, now)).toBe(now);
    expect(resolvePublishedAt("scheduled", future, null, now)).toBe(future);
    expect(resolvePublishedAt("draft", null, past, now)).toBe(past);
  });
});

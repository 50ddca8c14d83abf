import { describe, expect, it } from "vitest";
import { endOfLondonDay, fromLondonDateTime, parseDateInput, toLondonDate, toLondonDateTime } from "./dates";

describe("UK times", () => {
  it("reads winter (GMT) and summer (BST) wall-clock times", () => {
    expect(fromLondonDateTime("2026-01-15T09:30")?.toISOString()).toBe("2026-01-15T09:30:00.000Z");
    expect(fromLondonDateTime("2026-07-15T09:30:20")?.toISOString()).toBe("2026-07-15T08:30:20.000Z");
  });

  it("round-trips instants either side of the clock changes", () => {
    for (const iso of ["2026-03-29T00:59:59Z", "2026-03-29T01:00:00Z", "2026-10-25T00:30:00Z", "2026-10-25T01:30:00Z", "2026-12-31T23:59:59Z"]) {
      const date = new Date(iso);
      const local = toLondonDateTime(date);
      const back = fromLondonDateTime(local)!;
      expect(toLondonDateTime(back)).toBe(local);
    }
  });

  it("refuses times that do not exist", () => {
    expect(fromLondonDateTime("2026-02-30T10:00")).toBeNull();
    expect(fromLondonDateTime("2026-01-01T24:00")).toBeNull();
    expect(fromLondonDateTime("yesterday")).toBeNull();
  });

  it("gives the UK date of an instant", () => {
    expect(toLondonDate(new Date("2026-06-30T23:30:00Z"))).toBe("2026-07-01");
  });

  it("accepts ISO and UK-style dates and nothing else", () => {
    expect(parseDateInput("2026-05-31")).toBe("2026-05-31");
    expect(parseDateInput("31/05/2026")).toBe("2026-05-31");
    expect(parseDateInput("1/2/2027")).toBe("2027-02-01");
    expect(parseDateInput("31/02/2026")).toBeNull();
    expect(parseDateInput("05/31/2026")).toBeNull();
    expect(parseDateInput("next week")).toBeNull();
  });

  it("ends a membership at the very end of its last UK day", () => {
    expect(endOfLondonDay("2026-07-31")?.toISOString()).toBe("2026-07-31T22:59:59.999Z");
    expect(endOfLondonDay("2026-12-31")?.toISOString()).toBe("2026-12-31T23:59:59.999Z");
    expect(toLondonDate(endOfLondonDay("2026-07-31")!)).toBe("2026-07-31");
  });
});

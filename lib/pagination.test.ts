import { describe, expect, it } from "vitest";
import { pageWindow } from "./pagination";

describe("pageWindow", () => {
  it("shows every page of a short list", () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(3, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(pageWindow(1, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it("shows the first, the last and two either side of the current page, with gaps", () => {
    expect(pageWindow(1, 7)).toEqual([1, 2, 3, null, 7]);
    expect(pageWindow(1, 4001)).toEqual([1, 2, 3, null, 4001]);
    expect(pageWindow(4001, 4001)).toEqual([1, null, 3999, 4000, 4001]);
    expect(pageWindow(500, 4001)).toEqual([1, null, 498, 499, 500, 501, 502, null, 4001]);
  });

  it("shows a single hidden page rather than a gap standing for it", () => {
    expect(pageWindow(5, 20)).toEqual([1, 2, 3, 4, 5, 6, 7, null, 20]);
    expect(pageWindow(4, 20)).toEqual([1, 2, 3, 4, 5, 6, null, 20]);
    expect(pageWindow(16, 20)).toEqual([1, null, 14, 15, 16, 17, 18, 19, 20]);
  });

  it("stays within range and in order for any page", () => {
    for (let count = 1; count <= 30; count++) {
      for (let page = 1; page <= count; page++) {
        const entries = pageWindow(page, count);
        const numbers = entries.filter((p): p is number => p !== null);
        expect(numbers).toContain(page);
        expect(numbers[0]).toBe(1);
        expect(numbers.at(-1)).toBe(count);
        expect([...numbers].sort((a, b) => a - b)).toEqual(numbers);
        expect(new Set(numbers).size).toBe(numbers.length);
        expect(entries.length).toBeLessThanOrEqual(9);
      }
    }
  });
});

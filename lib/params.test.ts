import { describe, expect, it } from "vitest";
import { oneOf, pageParam, withQuery } from "./params";

describe("pageParam", () => {
  it.each([
    [undefined, 1],
    ["2", 2],
    ["0", 1],
    ["-3", 1],
    ["1.5", 1],
    ["abc", 1],
    ["99999999999", 1],
    [["3", "4"], 3],
  ] as const)("%s → %s", (input, expected) => {
    expect(pageParam(input as string | string[] | undefined)).toBe(expected);
  });
});

describe("oneOf", () => {
  it("accepts only listed values", () => {
    expect(oneOf("Guide", ["Guide", "Video"])).toBe("Guide");
    expect(oneOf("guide'; drop table", ["Guide", "Video"])).toBeUndefined();
  });
});

describe("withQuery", () => {
  it("drops empty values and page 1", () => {
    expect(withQuery("/resources", { type: "Guide", topic: undefined, page: 1 })).toBe("/resources?type=Guide");
    expect(withQuery("/news", { page: 2 })).toBe("/news?page=2");
  });
});

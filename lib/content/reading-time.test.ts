import { describe, expect, it } from "vitest";
import { readingMinutes } from "./reading-time";

describe("reading time", () => {
  it("counts the words a reader reads, not the markdown around them", () => {
    const words = (n: number) => Array.from({ length: n }, () => "word").join(" ");
    expect(readingMinutes(words(230))).toBe(1);
    expect(readingMinutes(words(231))).toBe(2);
    expect(readingMinutes(`## Heading\n\n${words(228)} [link text](https://example.org/a-very-long-address-with-many-parts)`)).toBe(2);
    expect(readingMinutes(`${words(229)} ![a chart](/media/x.png) **bold**`)).toBe(1);
  });

  it("is at least a minute, even for a very short article", () => {
    expect(readingMinutes("")).toBe(1);
    expect(readingMinutes("Hello.")).toBe(1);
  });
});

import { describe, expect, it } from "vitest";
import { MARK_END, MARK_START, plainSnippet, splitHighlights, withEllipses } from "./snippet";

const m = (s: string) => `${MARK_START}${s}${MARK_END}`;

describe("splitHighlights", () => {
  it("splits marked and unmarked text", () => {
    expect(splitHighlights(`the ${m("notional")} SEN ${m("budget")}`)).toEqual([
      { text: "the ", marked: false },
      { text: "notional", marked: true },
      { text: " SEN ", marked: false },
      { text: "budget", marked: true },
    ]);
  });

  it("keeps HTML as plain text for React to escape", () => {
    expect(splitHighlights(`<script>${m("x")}</script>`)).toEqual([
      { text: "<script>", marked: false },
      { text: "x", marked: true },
      { text: "</script>", marked: false },
    ]);
  });

  it("copes with unbalanced or adjacent markers", () => {
    expect(splitHighlights(`${MARK_END}a${MARK_START}b`)).toEqual([
      { text: "a", marked: false },
      { text: "b", marked: true },
    ]);
    expect(splitHighlights(`${m("a")}${m("b")}`)).toEqual([{ text: "ab", marked: true }]);
    expect(splitHighlights("")).toEqual([]);
  });
});

describe("plainSnippet", () => {
  it("drops markdown syntax but keeps words and markers", () => {
    expect(plainSnippet(`## Funding\n\n**${m("High")} needs.** See [the guide](https://x.test/a) and \`code\``)).toBe(
      `Funding — ${m("High")} needs. See the guide and code`,
    );
    expect(plainSnippet("- one\n- two\n1. three\n> quoted")).toBe("one two three quoted");
    expect(plainSnippet("text before\n## A note")).toBe("text before A note");
  });
});

describe("withEllipses", () => {
  const lead = "A short explainer film for nursery managers.";
  it("marks text cut at the start or mid-sentence", () => {
    expect(withEllipses(`explainer ${m("film")} for nursery`, lead)).toBe(`… explainer ${m("film")} for nursery …`);
  });

  it("leaves a passage that starts at the beginning and ends a sentence alone", () => {
    expect(withEllipses(`A short ${m("explainer")} film for nursery managers.`, lead)).toBe(
      `A short ${m("explainer")} film for nursery managers.`,
    );
    expect(withEllipses("", lead)).toBe("");
  });
});

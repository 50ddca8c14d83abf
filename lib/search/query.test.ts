import { describe, expect, it } from "vitest";
import { MAX_QUERY_LENGTH, normaliseQuery, toSearchTerms } from "./query";

describe("normaliseQuery", () => {
  it("treats missing, empty and blank input as nothing to search", () => {
    for (const raw of [undefined, "", "   ", ["", "x"]]) {
      expect(normaliseQuery(raw)).toEqual({ text: "", truncated: false, searchable: false });
    }
  });

  it("takes the first of repeated parameters and collapses whitespace", () => {
    expect(normaliseQuery(["  high \n needs\tfunding ", "other"]).text).toBe("high needs funding");
  });

  it("knows punctuation alone is not searchable", () => {
    const q = normaliseQuery("!!! ((( ::: &&& ||| '\"");
    expect(q.searchable).toBe(false);
    expect(q.text).toBe("!!! ((( ::: &&& ||| '\"");
  });

  it("removes control, zero-width and private-use characters, including NUL", () => {
    expect(normaliseQuery("fund\u0000ing\u200b\uE000 \u0007budget").text).toBe("fund ing budget");
  });

  it("caps 10 kB of text at the limit, cutting at a word boundary", () => {
    const q = normaliseQuery("inclusion ".repeat(1000));
    expect(q.truncated).toBe(true);
    expect(q.text.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(q.text.endsWith("inclusion")).toBe(true);
    const unbroken = normaliseQuery("a".repeat(10_000));
    expect(unbroken.text).toHaveLength(MAX_QUERY_LENGTH);
  });

  it("never splits an emoji or other astral character", () => {
    const q = normaliseQuery("😀".repeat(300));
    expect(Array.from(q.text)).toHaveLength(MAX_QUERY_LENGTH);
    expect(q.text).not.toMatch(/\p{Cs}/u);
    expect(normaliseQuery("😀".repeat(500)).text).not.toMatch(/\p{Cs}/u);
  });

  it("keeps letters from any script and normalises compatibility forms", () => {
    expect(normaliseQuery("ｆｕｎｄｉｎｇ élève").text).toBe("funding élève");
    expect(normaliseQuery("日本語").searchable).toBe(true);
  });
});

describe("toSearchTerms", () => {
  it("matches the last plain word as a prefix", () => {
    expect(toSearchTerms("notional budg")).toEqual({ websearch: "notional", prefix: "budg:*" });
    expect(toSearchTerms("Inclu")).toEqual({ websearch: "", prefix: "inclu:*" });
  });

  it("leaves phrases, negations, operators and short words to websearch alone", () => {
    for (const text of ['"gold-only insight"', '"open phrase', "funding -deficit", "funding or", "funding or budget", "funding ab", "it's", "co-production"]) {
      expect(toSearchTerms(text), text).toEqual({ websearch: text, prefix: null });
    }
  });

  it("puts nothing but letters and digits into the prefix", () => {
    for (const text of ["x & y:* | z", "a'b", "'; drop table resources; --", "fund:*", "budget!"]) {
      const { prefix } = toSearchTerms(text);
      if (prefix) expect(prefix).toMatch(/^[\p{L}\p{M}\p{N}]+:\*$/u);
    }
    expect(toSearchTerms("2019 update").prefix).toBe("update:*");
  });
});

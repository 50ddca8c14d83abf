import { describe, expect, it } from "vitest";
import { editDistance, suggestSpelling, trigramSimilarity, wordsToCheck } from "./spelling";

describe("spelling suggestions", () => {
  it("counts a swapped pair of letters as one edit", () => {
    expect(editDistance("reveiw", "review")).toBe(1);
    expect(editDistance("anual", "annual")).toBe(1);
    expect(editDistance("kitten", "sitting")).toBe(3);
  });

  it("computes pg_trgm's similarity", () => {
    expect(trigramSimilarity("word", "word")).toBe(1);
    expect(trigramSimilarity("anual", "annual")).toBeCloseTo(5 / 8);
  });

  it("corrects unknown words towards title and vocabulary words, keeping the rest as typed", () => {
    const titles = ["Running effective EHC plan annual reviews", "Annual review checklist"];
    expect(suggestSpelling("ehcp anual reveiw", new Set(), titles, [["EHCP", "EHC plan"]])).toEqual({
      text: "ehcp annual review",
      corrected: ["annual", "review"],
    });
  });

  it("offers nothing when every word is known or no word is near", () => {
    expect(suggestSpelling("annual review", new Set(["annual", "review"]), ["Annual reviews"], [])).toBeNull();
    expect(suggestSpelling("xylophone", new Set(), ["Annual reviews"], [])).toBeNull();
  });

  it("checks plain words only", () => {
    expect(wordsToCheck('"anual" -reveiw or ab 2024 x')).toEqual(["anual", "reveiw"]);
  });
});

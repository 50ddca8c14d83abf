import { describe, expect, it } from "vitest";
import { seedVocabulary } from "@/db/seed-data/vocabulary";
import { expandQuery } from "./vocabulary";
import { synonymTermsSchema, termsInOtherGroups } from "./vocabulary-form";

const groups = seedVocabulary;

describe("expandQuery", () => {
  it("replaces an acronym by its group and keeps the other words, the last still a prefix", () => {
    const { terms, expansions } = expandQuery("EHCP transit", groups);
    expect(terms.alternatives).toEqual([{ terms: ["EHCP", "EHC plan", "education, health and care plan"], negated: false }]);
    expect(terms.websearch).toBe("");
    expect(terms.prefix).toBe("transit:*");
    expect(expansions).toEqual([{ typed: "EHCP", also: ["EHC plan", "education, health and care plan"], negated: false }]);
  });

  it("matches the long form typed with or without its punctuation, and plurals", () => {
    for (const q of ["education, health and care plan", "Education Health and Care Plan", "EHC plans", "ehcps"]) {
      expect(expandQuery(q, groups).terms.alternatives?.[0]?.terms[0], q).toBe("EHCP");
    }
  });

  it("prefers the longest term: “autism spectrum disorder” is one term, not autism and two words", () => {
    const { terms, expansions } = expandQuery("autism spectrum disorder support", groups);
    expect(expansions[0]?.typed).toBe("autism spectrum disorder");
    expect(terms.prefix).toBe("support:*");
  });

  it("leaves quoted phrases, words next to “or” and operators as typed", () => {
    expect(expandQuery('"EHCP reviews"', groups).expansions).toEqual([]);
    expect(expandQuery("EHCP or statement", groups).expansions).toEqual([]);
    expect(expandQuery("statement or EHCP", groups).expansions).toEqual([]);
  });

  it("negates every form for -term", () => {
    const { terms, expansions } = expandQuery("annual review -EHCP", groups);
    expect(terms.alternatives?.[0]?.negated).toBe(true);
    expect(expansions[0]).toMatchObject({ typed: "EHCP", negated: true });
    expect(terms.websearch).toBe("annual review");
  });

  it("does nothing without a vocabulary term", () => {
    expect(expandQuery("reading for pleasure", groups)).toEqual({ terms: { websearch: "reading for", prefix: "pleasure:*" }, expansions: [] });
  });
});

describe("the vocabulary form", () => {
  it("takes one term per line, and refuses single terms, duplicates and terms without letters", () => {
    expect(synonymTermsSchema.parse("EHCP\n\n  EHC   plan \n")).toEqual(["EHCP", "EHC plan"]);
    expect(synonymTermsSchema.safeParse("EHCP").success).toBe(false);
    expect(synonymTermsSchema.safeParse("EHCP\nehcp").success).toBe(false);
    expect(synonymTermsSchema.safeParse("EHCP\n!!!").success).toBe(false);
  });

  it("finds terms that another group has already", () => {
    const others = [{ id: "a", terms: ["SENCO", "SENDCo"] }];
    expect(termsInOtherGroups(["sendco", "coordinator"], others)).toEqual(["sendco"]);
    expect(termsInOtherGroups(["sendco"], others, "a")).toEqual([]);
  });
});

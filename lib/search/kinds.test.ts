import { describe, expect, it } from "vitest";
import { kindTabs, resultHref } from "./kinds";

describe("search result kinds", () => {
  it("has a tab for every kind, keeping the addresses of news and resources (kind=news, kind=resource)", () => {
    expect(kindTabs.map((t) => [t.kind, t.label])).toEqual([
      ["news", "News"],
      ["resource", "Resources"],
      ["event", "Events"],
      ["newsletter", "Newsletters"],
    ]);
  });

  it("links each kind of result to its public page", () => {
    expect(kindTabs.map((t) => resultHref(t.kind, "a-slug"))).toEqual(["/news/a-slug", "/resources/a-slug", "/events/a-slug", "/newsletters/a-slug"]);
  });
});

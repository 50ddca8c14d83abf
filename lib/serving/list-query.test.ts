import { describe, expect, it } from "vitest";
import { fromListSegment, toListSegment } from "./list-query";

const segment = (query: string, keys: readonly string[] = ["access", "page", "topic", "type"]) =>
  toListSegment(new URLSearchParams(query), keys);

describe("list pages' cache keys", () => {
  it("are the same for the same list, whatever the order of the query or what else it carries", () => {
    expect(segment("type=Guide&topic=autism")).toBe("topic=autism&type=Guide");
    expect(segment("topic=autism&utm_source=newsletter&type=Guide&_rsc=abc")).toBe("topic=autism&type=Guide");
    expect(segment("")).toBe("all");
    expect(segment("page=1&type=")).toBe("all");
    expect(segment("page=01")).toBe("all");
    expect(segment("page=3")).toBe("page=3");
  });

  it("drop values no list could use, so junk does not make new cache entries", () => {
    expect(segment("page=-2&type=<script>")).toBe("all");
    expect(segment(`topic=${"x".repeat(81)}`)).toBe("all");
    expect(segment("page=999999")).toBe("all");
  });

  it("keep a search's free text as typed, spaces collapsed, beside its filters", () => {
    const search = (query: string) => toListSegment(new URLSearchParams(query), ["kind", "page", "q"], "q");
    expect(search('q=  "graduated   approach" &kind=resource')).toBe("kind=resource&q=%22graduated+approach%22");
    expect(fromListSegment(encodeURIComponent(search("q=EHC+plan&page=2")))).toEqual({ page: "2", q: "EHC plan" });
    expect(search("q=%20%20")).toBe("all");
    expect(search(`q=${"a".repeat(5000)}`).length).toBeLessThan(1000);
  });

  it("read back into the query the page understands", () => {
    expect(fromListSegment(encodeURIComponent(segment("type=Guide&page=2")))).toEqual({ page: "2", type: "Guide" });
    expect(fromListSegment("all")).toEqual({});
    expect(fromListSegment("%E0%A4%A")).toEqual({});
  });
});

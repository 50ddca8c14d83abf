import { describe, expect, it } from "vitest";
import { openPagePath, viewerPagePath } from "./open-grant";
import { inSection, publicPathOf } from "./public-path";

describe("the public address of a rendered page", () => {
  it("maps each internal render target back to the address the visitor asked for", () => {
    expect(publicPathOf("/internal/lists/news/page%3D2")).toBe("/news");
    expect(publicPathOf("/internal/lists/resources/all")).toBe("/resources");
    expect(publicPathOf("/internal/lists/topics/autism/kind%3Dnews")).toBe("/topics/autism");
    expect(publicPathOf(openPagePath("resource", "send-guide", "grant"))).toBe("/resources/send-guide");
    expect(publicPathOf(viewerPagePath("resource", "send-guide"))).toBe("/resources/send-guide");
  });

  it("leaves public addresses as they are", () => {
    for (const path of ["/", "/news", "/news/an-article", "/resources/a", "/admin/news", "/internal/unknown"]) {
      expect(publicPathOf(path)).toBe(path);
    }
  });

  it("marks a section current on its own page and the pages in it, on either side of a rewrite", () => {
    expect(inSection("/news", "/news")).toBe(true);
    expect(inSection("/news/an-article", "/news")).toBe(true);
    expect(inSection("/internal/lists/news/page%3D3", "/news")).toBe(true);
    expect(inSection(viewerPagePath("resource", "a"), "/resources")).toBe(true);
    expect(inSection("/newsletter", "/news")).toBe(false);
    expect(inSection("/", "/news")).toBe(false);
  });
});

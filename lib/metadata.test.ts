import { describe, expect, it } from "vitest";
import { absoluteUrl, defaultShareImage, feedAlternates, jsonLd, pageMetadata, shareImageOf } from "./metadata";

describe("jsonLd", () => {
  it("escapes < so content can't close the script element", () => {
    const out = jsonLd({ headline: "</script><script>alert(1)</script>" });
    expect(out).not.toContain("<");
    expect(JSON.parse(out)).toEqual({ headline: "</script><script>alert(1)</script>" });
  });
});

describe("pageMetadata", () => {
  it("sets title, description, canonical, Open Graph, Twitter and the feeds together", () => {
    const m = pageMetadata({ title: "News", description: "Latest", path: "/news" });
    expect(m.alternates).toEqual({ canonical: "/news", types: feedAlternates });
    expect(m.openGraph).toMatchObject({ title: "News", description: "Latest", url: "/news", type: "website", locale: "en_GB" });
    expect(m.twitter).toMatchObject({ card: "summary_large_image", title: "News", images: [{ url: defaultShareImage.path }] });
    expect(m.openGraph).toMatchObject({ images: [{ url: defaultShareImage.path, width: 1200, height: 630 }] });
    expect(m.robots).toBeUndefined();
  });

  it("describes articles with their dates and share image, and keeps searches out of indexes", () => {
    const m = pageMetadata({
      title: "A",
      description: "B",
      path: "/news/a",
      article: { publishedTime: new Date("2018-09-05T00:00:00Z"), tags: ["Funding"] },
      image: { path: "/news/a/share-image.png", alt: "A" },
    });
    expect(m.openGraph).toMatchObject({ type: "article", publishedTime: "2018-09-05T00:00:00.000Z", tags: ["Funding"] });
    expect(m.twitter).toMatchObject({ card: "summary_large_image", images: [{ url: "/news/a/share-image.png" }] });
    expect(pageMetadata({ title: "S", description: "S", path: "/search", noindex: true }).robots).toEqual({
      index: false,
      follow: true,
    });
  });
});

describe("absoluteUrl", () => {
  it("resolves a path against SITE_URL", () => {
    expect(absoluteUrl("/news/a")).toMatch(/^https?:\/\/[^/]+\/news\/a$/);
  });
});

describe("shareImageOf", () => {
  it("uses an item's feature image when it has one, else the made 1200×630 image", () => {
    const made = shareImageOf({ featureImage: "", featureImageAlt: "" }, "/news/a/share-image.png", "A");
    expect(made).toEqual({ path: "/news/a/share-image.png", alt: "A", width: 1200, height: 630 });
    const feature = { featureImage: `/media/${"d".repeat(64)}/pupils.jpg`, featureImageAlt: "Pupils reading" };
    expect(shareImageOf(feature, "/news/a/share-image.png", "A")).toEqual({ path: feature.featureImage, alt: "Pupils reading" });
    const m = pageMetadata({ title: "A", description: "B", path: "/news/a", image: shareImageOf(feature, "/x.png", "A") });
    expect(m.openGraph).toMatchObject({ images: [{ url: feature.featureImage, alt: "Pupils reading" }] });
  });
});

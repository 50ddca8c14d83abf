import { describe, expect, it } from "vitest";
import { externalImageMessage, externalImages, imagesWithoutAlt, memoizedRenderer, missingAltMessage, renderMarkdown } from "./markdown";

describe("renderMarkdown", () => {
  it("renders headings, lists, emphasis, links and tables", () => {
    const html = renderMarkdown(
      "## Next steps\n\n- Assess\n- **Plan**\n\n[Code of Practice](https://www.gov.uk/)\n\n| a | b |\n|---|---|\n| 1 | 2 |",
    );
    expect(html).toContain("<h2>Next steps</h2>");
    expect(html).toContain("<li><strong>Plan</strong></li>");
    expect(html).toContain('<a href="https://www.gov.uk/">Code of Practice</a>');
    expect(html).toContain("<table>");
  });

  it.each([
    ["a script tag", "<script>alert(1)</script>"],
    ["an event handler", '<img src="x" onerror="alert(1)">'],
    ["a javascript: link", "[click](javascript:alert(1))"],
    ["an svg payload", "<svg onload=alert(1)><circle /></svg>"],
    ["an iframe", '<iframe src="https://evil.example"></iframe>'],
    ["a data: URI link", "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"],
    ["broken HTML", '<a href="javascript:alert(1)"<b>bold'],
  ])("renders %s inert", (_name, payload) => {
    const html = renderMarkdown(`Intro\n\n${payload}\n\nOutro`);
    // Escaped text is harmless; what matters is the real elements and attributes that survive.
    const tags = html.match(/<[a-z][^>]*>/gi) ?? [];
    for (const tag of tags) {
      expect(tag).not.toMatch(/^<(script|iframe|svg|object|embed|style)/i);
      expect(tag).not.toMatch(/\son\w+\s*=/i);
      expect(tag).not.toMatch(/(href|src)\s*=\s*"\s*(javascript|data|vbscript):/i);
    }
    expect(html).toContain("Outro");
  });

  it("renders a body it has seen before the same way, an edited one anew, within a bounded memory", () => {
    const render = memoizedRenderer(2_000);
    const body = "A **gold** body";
    const first = render(body);
    expect(first).toBe("<p>A <strong>gold</strong> body</p>");
    expect(render(body)).toBe(first);
    expect(render("A **silver** body")).toBe("<p>A <strong>silver</strong> body</p>");
    for (let i = 0; i < 100; i++) expect(render(`Body number ${i}`)).toBe(`<p>Body number ${i}</p>`);
    expect(render.heldChars()).toBeLessThanOrEqual(2_000);
    expect(render.heldChars()).toBeGreaterThan(1_500);
    expect(render(body)).toBe(first);
  });
});

describe("alt text", () => {
  it("finds images with no description, and accepts described or decorative ones", () => {
    expect(imagesWithoutAlt("![](https://example.org/a.png) and ![ ](b.jpg)")).toEqual(["https://example.org/a.png", "b.jpg"]);
    expect(imagesWithoutAlt("![A pupil reading](a.png)")).toEqual([]);
    expect(imagesWithoutAlt('![](border.png "decorative")')).toEqual([]);
    expect(imagesWithoutAlt("![][logo]\n\n[logo]: logo.png")).toHaveLength(1);
    expect(imagesWithoutAlt("No images, just [a link](https://example.org).")).toEqual([]);
  });

  it("explains how to fix it", () => {
    expect(missingAltMessage("![](a.png)")).toMatch(/^The image a.png has no alt text\. Describe/);
    expect(missingAltMessage("![](a.png) ![](b.png)")).toMatch(/^2 images \(a.png, b.png\) have no alt text/);
    expect(missingAltMessage("![Chart of funding](a.png)")).toBeNull();
  });

  it("renders a decorative image with an empty alt and no tooltip", () => {
    const html = renderMarkdown('![](https://example.org/border.png "decorative")');
    expect(html).toContain('<img src="https://example.org/border.png" alt="">');
    expect(renderMarkdown("![A chart](https://example.org/c.png)")).toContain('alt="A chart"');
  });
});

describe("images from other sites", () => {
  const uploaded = `/media/${"a".repeat(64)}/pupils-reading.jpg`;

  it("finds images linked from elsewhere, written inline or as a reference, and leaves the site's own alone", () => {
    expect(externalImages("![A chart](https://example.org/c.png)")).toEqual(["https://example.org/c.png"]);
    expect(externalImages("![A chart][c]\n\n[c]: http://example.org/c.png")).toEqual(["http://example.org/c.png"]);
    expect(externalImages("![x](//cdn.example.org/x.png) ![y](/\\evil.example/y.png)")).toHaveLength(2);
    expect(externalImages("![x](https:example.org/x.png) ![y](ftp://example.org/y.png)")).toHaveLength(2);
    // No site named: the sanitizer drops these addresses instead.
    expect(externalImages("![x](data:image/png;base64,iVBORw0KGgo=) ![y](javascript:alert(1))")).toEqual([]);
    expect(externalImages(`![Pupils reading](${uploaded}) and [a link](https://www.gov.uk/)`)).toEqual([]);
  });

  it("says what to do instead: upload the image", () => {
    expect(externalImageMessage("![A chart](https://example.org/c.png)")).toBe(
      "The image https://example.org/c.png is on another site, so visitors would see a broken image: images must come from this site. Upload the image instead, with “Insert image”, and remove the link.",
    );
    expect(externalImageMessage("![a](https://a.example/a.png) ![b](https://b.example/b.png)")).toMatch(/^2 images \(/);
    expect(externalImageMessage(`![Pupils reading](${uploaded})`)).toBeNull();
  });

  it("gives uploaded images resized versions from the image optimizer, loaded lazily", () => {
    const html = renderMarkdown(`![Pupils reading](${uploaded})`);
    expect(html).toContain('alt="Pupils reading"');
    expect(html).toMatch(/srcset="\/_next\/image\?url=%2Fmedia%2Fa{64}%2Fpupils-reading\.jpg&#x26;w=640&#x26;q=75 640w, /);
    expect(html).toContain('sizes="(min-width: 48rem) 44rem, 100vw"');
    expect(html).toContain('loading="lazy"');
  });
});

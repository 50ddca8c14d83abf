import { describe, expect, it } from "vitest";
import { parseArticleForm, parseResourceForm } from "./form";

const now = new Date("2026-06-01T12:00:00Z");
const context = { tierSlugs: ["free", "silver", "gold"], topicSlugs: ["funding", "send-policy"], now };

function form(entries: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) for (const v of [value].flat()) data.append(key, v);
  return data;
}

const resource = {
  id: "",
  version: "0",
  title: "What is...DME?",
  slug: "",
  summary: "An introduction.",
  body: "Body\r\ntext",
  type: "Information",
  visibility: "tiers",
  tiers: ["silver", "gold"],
  topics: ["funding"],
  status: "published",
  publishAt: "",
};

describe("resource form", () => {
  it("refuses images without alt text in the body or the easy read summary, unless marked decorative", () => {
    const parsed = parseResourceForm(
      form({ ...resource, body: "Intro\n\n![](https://example.org/chart.png)", easyReadSummary: "![ ](pic.png)" }),
      context,
    );
    expect(parsed.ok).toBe(false);
    const errors = !parsed.ok ? parsed.fieldErrors : {};
    expect(errors.body?.[0]).toMatch(/^The image https:\/\/example.org\/chart.png has no alt text/);
    expect(errors.easyReadSummary?.[0]).toMatch(/^The image pic.png has no alt text/);
    const fixed = parseResourceForm(
      form({ ...resource, body: "![A bar chart of funding by year](chart.png)", easyReadSummary: '![](pic.png "decorative")' }),
      context,
    );
    expect(fixed.ok && fixed.data.easyReadSummary).toBe('![](pic.png "decorative")');
  });

  it("reads a good form, making the slug from the title when it is left empty", () => {
    const parsed = parseResourceForm(form(resource), context);
    expect(parsed).toEqual({
      ok: true,
      id: null,
      version: 0,
      data: {
        title: "What is...DME?",
        slug: "what-is-dme",
        summary: "An introduction.",
        easyReadSummary: "",
        body: "Body\ntext",
        type: "Information",
        visibility: "tiers",
        tiers: ["silver", "gold"],
        topics: ["funding"],
        featured: false,
        featureImage: "",
        featureImageAlt: "",
        status: "published",
        publishedAt: null,
      },
    });
  });

  it("names each field that is wrong", () => {
    const parsed = parseResourceForm(
      form({ ...resource, title: " ", slug: "Not A Slug!", summary: "", tiers: [], type: "Poem", topics: ["nope"] }),
      context,
    );
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && Object.keys(parsed.fieldErrors).sort()).toEqual(["summary", "title", "type"]);
    const second = parseResourceForm(form({ ...resource, slug: "not a slug!", tiers: [], topics: ["nope"] }), context);
    expect(!second.ok && second.fieldErrors).toEqual({
      slug: ["Use only lower-case letters, digits and single hyphens, like what-is-dme."],
      topics: ["Choose topics from the list."],
      tiers: ["Choose at least one tier, or another option above."],
    });
  });

  it("drops tiers unless the visibility is a set of tiers", () => {
    const parsed = parseResourceForm(form({ ...resource, visibility: "members" }), context);
    expect(parsed.ok && parsed.data.tiers).toEqual([]);
    const unknown = parseResourceForm(form({ ...resource, tiers: ["platinum"] }), context);
    expect(!unknown.ok && unknown.fieldErrors.tiers).toEqual(["Choose tiers from the list."]);
  });

  it("needs a future UK time to schedule, and refuses a future time for publishing now", () => {
    const missing = parseResourceForm(form({ ...resource, status: "scheduled" }), context);
    expect(!missing.ok && missing.fieldErrors.publishAt).toEqual(["Choose when to publish it."]);
    const past = parseResourceForm(form({ ...resource, status: "scheduled", publishAt: "2026-06-01T12:59" }), context);
    expect(!past.ok && past.fieldErrors.publishAt?.[0]).toMatch(/must be in the future/);
    // 13:30 in London in June (BST) is 12:30 UTC: half an hour ahead.
    const ahead = parseResourceForm(form({ ...resource, status: "scheduled", publishAt: "2026-06-01T13:30" }), context);
    expect(ahead.ok && ahead.data.publishedAt?.toISOString()).toBe("2026-06-01T12:30:00.000Z");
    const early = parseResourceForm(form({ ...resource, status: "published", publishAt: "2026-06-02T09:00" }), context);
    expect(!early.ok && early.fieldErrors.publishAt?.[0]).toMatch(/choose Scheduled/);
    const nonsense = parseResourceForm(form({ ...resource, status: "draft", publishAt: "2026-02-30T09:00" }), context);
    expect(!nonsense.ok && nonsense.fieldErrors.publishAt?.[0]).toMatch(/real date/);
  });
});

describe("article form", () => {
  it("keeps related resources in the order chosen, once each", () => {
    const a = "5b0c7c4e-8d5e-4a57-9a43-1f6f3c0f1a01";
    const b = "5b0c7c4e-8d5e-4a57-9a43-1f6f3c0f1a02";
    const parsed = parseArticleForm(
      form({ id: a, version: "3", title: "News", slug: "news-item", standfirst: "", body: "", status: "draft", publishAt: "", related: [b, a, b] }),
      context,
    );
    expect(parsed.ok && [parsed.id, parsed.version, parsed.data.related]).toEqual([a, 3, [b, a]]);
  });

  it("refuses related entries that are not resource ids", () => {
    const parsed = parseArticleForm(form({ id: "", version: "0", title: "N", slug: "", body: "", status: "draft", publishAt: "", related: ["x"] }), context);
    expect(!parsed.ok && parsed.fieldErrors.related).toEqual(["Pick related resources from the search."]);
  });
});

describe("images in either form", () => {
  const uploaded = `/media/${"c".repeat(64)}/pupils-reading.jpg`;
  const article = { id: "", version: "0", title: "Reading week", slug: "", standfirst: "", body: "", status: "draft", publishAt: "" };

  it("refuses an image linked from another site, in the body or the easy read summary, naming the fix", () => {
    const parsed = parseArticleForm(form({ ...article, body: "Intro\n\n![A chart of funding](https://example.org/chart.png)" }), context);
    expect(!parsed.ok && parsed.fieldErrors.body).toEqual([
      "The image https://example.org/chart.png is on another site, so visitors would see a broken image: images must come from this site. Upload the image instead, with “Insert image”, and remove the link.",
    ]);
    const resourceForm = parseResourceForm(form({ ...resource, easyReadSummary: "![A chart](http://example.org/c.png)" }), context);
    expect(!resourceForm.ok && resourceForm.fieldErrors.easyReadSummary?.[0]).toMatch(/Upload the image instead/);
    expect(parseArticleForm(form({ ...article, body: `![Pupils reading](${uploaded})` }), context).ok).toBe(true);
  });

  it("keeps a feature image with its description, and drops a description without an image", () => {
    const parsed = parseArticleForm(form({ ...article, featureImage: uploaded, featureImageAlt: " Pupils reading " }), context);
    expect(parsed.ok && parsed.data).toMatchObject({ featureImage: uploaded, featureImageAlt: "Pupils reading" });
    const resourceForm = parseResourceForm(form({ ...resource, featureImage: uploaded, featureImageAlt: "Pupils reading" }), context);
    expect(resourceForm.ok && resourceForm.data).toMatchObject({ featureImage: uploaded, featureImageAlt: "Pupils reading" });
    const orphan = parseArticleForm(form({ ...article, featureImage: "", featureImageAlt: "Left over" }), context);
    expect(orphan.ok && orphan.data).toMatchObject({ featureImage: "", featureImageAlt: "" });
  });

  it("needs a description of the feature image, and only an uploaded image's address", () => {
    const noAlt = parseArticleForm(form({ ...article, featureImage: uploaded, featureImageAlt: "  " }), context);
    expect(!noAlt.ok && noAlt.fieldErrors).toEqual({
      featureImageAlt: ["Describe the feature image for people who cannot see it, like “Two pupils reading together”."],
    });
    const elsewhere = parseResourceForm(form({ ...resource, featureImage: "https://example.org/x.png", featureImageAlt: "X" }), context);
    expect(!elsewhere.ok && elsewhere.fieldErrors).toEqual({
      featureImage: ["Upload the feature image here: it must be an image uploaded to this site."],
    });
  });
});

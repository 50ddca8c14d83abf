import { describe, expect, it } from "vitest";
import { parseNewsletterForm, parseSendTime } from "./form";

const context = { tierSlugs: ["free", "silver", "gold"], organisationIds: ["0b7f6f4e-6a3c-4f0e-9d1e-2f3a4b5c6d7e"], topicIds: [] };

function form(fields: Record<string, string | string[]>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const v of [value].flat()) data.append(name, v);
  return data;
}

const base = { id: "", version: "0", title: "Monthly members' update", slug: "", preheader: "", body: "Hello.", audience: "tiers", tiers: "gold" };

describe("the newsletter form", () => {
  it("keeps only the chosen audience's list and makes the address from the subject", () => {
    const parsed = parseNewsletterForm(form({ ...base, organisations: context.organisationIds[0]! }), context);
    expect(parsed).toMatchObject({ ok: true, data: { slug: "monthly-members-update", audience: "tiers", audienceTiers: ["gold"], audienceOrganisations: [] } });
  });

  it("asks for a choice when an audience kind has none, and refuses unknown ones", () => {
    expect(parseNewsletterForm(form({ ...base, tiers: [] }), context)).toEqual({ ok: false, fieldErrors: { tiers: ["Choose at least one tier."] } });
    expect(parseNewsletterForm(form({ ...base, tiers: "platinum" }), context)).toEqual({ ok: false, fieldErrors: { tiers: ["Choose tiers from the list."] } });
    expect(parseNewsletterForm(form({ ...base, audience: "topics" }), context)).toMatchObject({ ok: false, fieldErrors: { topics: ["Choose at least one topic."] } });
  });

  it("needs a subject and a body", () => {
    expect(parseNewsletterForm(form({ ...base, title: " ", body: "" }), context)).toMatchObject({
      ok: false,
      fieldErrors: { title: ["Enter a subject."], body: ["Write the newsletter."] },
    });
  });
});

describe("the send time", () => {
  const now = new Date("2026-12-03T12:00:00Z");
  it("is now, or a time to come in UK time", () => {
    expect(parseSendTime(form({ when: "now" }), now)).toEqual({ ok: true, at: now });
    expect(parseSendTime(form({ when: "later", sendAt: "2026-12-18T09:00" }), now)).toEqual({ ok: true, at: new Date("2026-12-18T09:00:00Z") });
    expect(parseSendTime(form({ when: "later", sendAt: "2027-06-01T09:00" }), now)).toEqual({ ok: true, at: new Date("2027-06-01T08:00:00Z") });
  });
  it("refuses the past, nonsense and no choice with a clear message", () => {
    expect(parseSendTime(form({ when: "later", sendAt: "2026-12-01T09:00" }), now)).toEqual({ ok: false, message: "Choose a time in the future, or send it now." });
    expect(parseSendTime(form({ when: "later", sendAt: "soon" }), now)).toMatchObject({ ok: false });
    expect(parseSendTime(form({}), now)).toEqual({ ok: false, message: "Choose to send it now or at a time." });
  });
});

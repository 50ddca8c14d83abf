import { describe, expect, it } from "vitest";
import { listAudit } from "@/db/queries/audit";
import { createSynonymGroup, deleteSynonymGroup, listSynonymGroups, updateSynonymGroup } from "@/db/queries/search/vocabulary";
import { suggestTitles } from "@/db/queries/search/suggest";
import { seedResources } from "@/db/seed-data/content";
import { db } from "@/db";
import { accounts, resources } from "@/db/schema";
import { eq } from "drizzle-orm";
import { canOpen, openScope, type Viewer } from "@/lib/access";
import { memberViewer as member } from "@/tests/viewers";
import { normaliseQuery } from "./query";
import { runSearch } from "./run";
import { MARK_END, MARK_START } from "./snippet";
import type { SearchFilters } from "@/db/queries/search";

const future = new Date(Date.now() + 365 * 86_400_000);
const past = new Date(Date.now() - 86_400_000);
const viewers = {
  "signed out": null,
  free: member({}),
  silver: member({ tierSlug: "silver", membershipExpiresAt: future }),
  "gold, expired": member({ tierSlug: "gold", membershipExpiresAt: past }),
  gold: member({ tierSlug: "gold", membershipExpiresAt: future }),
  editor: member({ role: "editor" }),
} satisfies Record<string, Viewer | null>;
type ViewerName = keyof typeof viewers;

const search = (q: string, who: ViewerName = "signed out", filters: SearchFilters = {}, page = 1, pageSize = 100) =>
  runSearch({ text: normaliseQuery(q).text, filters, sort: "relevance", page, pageSize, scope: openScope(viewers[who]) });
const slugs = (answer: { items: Array<{ slug: string }> }) => answer.items.map((h) => h.slug);
const unmark = (text: string) => text.replaceAll(MARK_START, "").replaceAll(MARK_END, "");

describe("search vocabulary: expansion both ways", () => {
  it("finds an item that writes only the long form when the acronym is typed, and says so", async () => {
    // The seed writes "EHC plan" and "education, health and care (EHC) plan", never "EHCP".
    const answer = await search("EHCP");
    expect(answer.expansions).toEqual([{ typed: "EHCP", also: ["EHC plan", "education, health and care plan"], negated: false }]);
    expect(slugs(answer)).toContain("ehc-plan-annual-reviews");
    expect(slugs(answer)).toContain("writing-outcomes-for-ehc-plans");
  });

  it("finds the same things whichever form is typed", async () => {
    const forms = ["EHCP", "EHC plan", "education, health and care plan", "ehcps"];
    const found = await Promise.all(forms.map(async (q) => new Set(slugs(await search(q)))));
    for (const [i, set] of found.entries()) expect([...set].sort(), forms[i]).toEqual([...found[0]!].sort());
    expect(found[0]!.size).toBeGreaterThan(2);
  });

  it("expands SENCO, SENDCo and the long form to one another", async () => {
    const a = await search("SENDCo");
    const b = await search("special educational needs coordinator");
    expect(a.expansions[0]?.also).toContain("SENCO");
    expect(b.expansions[0]?.also).toEqual(expect.arrayContaining(["SENCO", "SENDCo"]));
    expect(slugs(a).sort()).toEqual(slugs(b).sort());
    expect(a.total).toBeGreaterThan(0);
  });

  it("finds autism resources by ASD and ASC, which they never write", async () => {
    const autism = slugs(await search("autism"));
    const asd = slugs(await search("ASD"));
    expect(autism.length).toBeGreaterThan(0);
    expect(asd.sort()).toEqual(autism.sort());
    expect(slugs(await search("ASC")).sort()).toEqual(autism.sort());
  });

  it("keeps the other words: an acronym with a word narrows, it does not widen", async () => {
    const plans = await search("EHCP");
    const narrower = await search("EHCP transition");
    expect(narrower.total).toBeGreaterThan(0);
    expect(narrower.total).toBeLessThan(plans.total);
    expect(narrower.expansions.map((e) => e.typed)).toEqual(["EHCP"]);
  });

  it("leaves every form out for a -acronym, and leaves quoted phrases as typed", async () => {
    const out = slugs(await search("annual review -EHCP"));
    expect(out).not.toContain("ehc-plan-annual-reviews");
    const quoted = await search('"EHCP"');
    expect(quoted.expansions).toEqual([]);
  });

  it("follows staff edits to the vocabulary, each audited", async () => {
    const [admin] = await db.select({ id: accounts.id }).from(accounts).where(eq(accounts.email, "admin@example.org"));
    expect((await search("quokka")).total).toBe(0);
    const { id } = await createSynonymGroup(admin!.id, ["quokka", "dyslexia"]);
    try {
      const answer = await search("quokka");
      expect(answer.expansions[0]).toMatchObject({ typed: "quokka", also: ["dyslexia"] });
      expect(slugs(answer)).toContain("dyslexia-friendly-practice");
      expect(await updateSynonymGroup(admin!.id, id, ["quokka", "dyscalculia"])).toEqual({ changed: true });
      expect(slugs(await search("quokka"))).not.toContain("dyslexia-friendly-practice");
      expect((await listSynonymGroups()).find((g) => g.id === id)?.terms).toEqual(["quokka", "dyscalculia"]);
    } finally {
      expect(await deleteSynonymGroup(admin!.id, id)).toBe(true);
    }
    expect((await search("quokka")).expansions).toEqual([]);
    const log = await listAudit({ entityType: "synonym" }, 1, 10);
    expect(log.items.filter((row) => row.entityId === id).map((row) => row.action).sort()).toEqual(["create", "delete", "update"]);
  });
});

describe("search: did you mean", () => {
  it("ehcp anual reveiw: suggests “annual review” and shows what it finds", async () => {
    const answer = await search("ehcp anual reveiw");
    expect(answer.suggestion).toEqual({ text: "ehcp annual review", corrected: ["annual", "review"] });
    expect(answer.showingSuggestion).toBe(true);
    expect(slugs(answer)[0]).toBe("ehc-plan-annual-reviews");
  });

  it("corrects towards titles and the vocabulary, and leaves words the site knows alone", async () => {
    expect((await search("dyslexai")).suggestion?.text).toBe("dyslexia");
    expect((await search("SENDCO transiton")).suggestion?.text).toBe("SENDCO transition");
    // "outcomes" and "funding" are known words: a search that finds little keeps them.
    expect((await search("funding outcomes xylophone")).suggestion).toBeNull();
  });

  it("offers nothing for a search that finds plenty, or for nonsense with no near word", async () => {
    const plenty = await search("autism");
    expect(plenty.suggestion).toBeNull();
    expect((await search("qqqzzzx")).suggestion).toBeNull();
  });

  it("never draws a suggestion from a gated body: a word only in gold's body is no one's correction", async () => {
    // "insight" is only in the gold resource's body; "insigth" is one swap away from it.
    const gold = seedResources.find((r) => r.slug === "national-send-update")!;
    expect(gold.body).toMatch(/insight/i);
    for (const who of ["signed out", "silver", "gold"] as const) {
      const answer = await search("insigth", who);
      expect(answer.suggestion?.corrected ?? [], who).not.toContain("insight");
    }
  });
});

describe("search: the no-leak rule with expanded and corrected queries", () => {
  // The gold resource's body says "gold-only insight"; give it an acronym from the vocabulary too,
  // found nowhere else, so that an expanded query could only reach it through the body.
  const slug = "national-send-update";
  const gold = seedResources.find((r) => r.slug === slug)!;
  const withSecret = `${gold.body}\n\nOur PMLD outreach pilot is for members only.`;

  for (const who of Object.keys(viewers) as ViewerName[]) {
    it(`${who}: a gold body is matched, ranked and snippeted only for those who may open it`, async () => {
      await db.update(resources).set({ body: withSecret }).where(eq(resources.slug, slug));
      try {
        const allowed = canOpen(viewers[who], { visibility: "tiers", tiers: ["gold"] }).allowed;
        for (const q of ["PMLD", "profound and multiple learning difficulties", "pmld outreech", "PMLD pilot"]) {
          const answer = await search(q, who);
          const hit = answer.items.find((h) => h.slug === slug);
          if (allowed && q !== "pmld outreech") {
            expect(hit, `${q} as ${who}`).toBeDefined();
          } else if (!allowed) {
            expect(hit, `${q} as ${who}`).toBeUndefined();
            for (const item of answer.items) expect(unmark(item.snippet)).not.toMatch(/outreach|gold-only/i);
            expect(answer.suggestion?.corrected ?? []).not.toContain("outreach");
          }
        }
      } finally {
        await db.update(resources).set({ body: gold.body }).where(eq(resources.slug, slug));
      }
    });
  }
});

describe("search: title suggestions as you type", () => {
  it("suggests live titles holding every typed word, or a form of a vocabulary term", async () => {
    const titles = await suggestTitles("annual rev", ["annual", "rev"], []);
    expect(titles.map((t) => t.slug)).toContain("ehc-plan-annual-reviews");
    const viaVocabulary = await suggestTitles("ehcp", [], [["EHCP", "EHC plan", "education, health and care plan"]]);
    expect(viaVocabulary.map((t) => t.slug)).toContain("ehc-plan-annual-reviews");
    expect(viaVocabulary.length).toBeLessThanOrEqual(8);
  });

  it("never suggests a draft or scheduled title, and needs three letters", async () => {
    const hidden = seedResources.filter((r) => r.status && r.status !== "published");
    expect(hidden.length).toBeGreaterThan(0);
    for (const item of hidden) {
      const words = item.title.split(/\s+/).filter((w) => w.length >= 4).slice(0, 3);
      expect((await suggestTitles(item.title, words, [])).map((t) => t.slug)).not.toContain(item.slug);
    }
    expect(await suggestTitles("ab", ["ab"], [])).toEqual([]);
  });
});

import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";

/** Runs axe (WCAG 2.2 A/AA rules) and fails on any serious or critical violation. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`),
    `axe violations on ${page.url()}`,
  ).toEqual([]);
}

export const test = base;
export { expect };

export const reference = {
  article: {
    slug: "nasen-response-to-naht-empty-promises-report",
    title: "nasen response to NAHT 'Empty Promises Report'",
  },
  related: [
    { slug: "what-is-dme", title: "What is...DME?", badge: "Silver and Gold members", date: "8 May 2019" },
    { slug: "national-send-update", title: "National SEND update", badge: "Gold members", date: "18 April 2019" },
    { slug: "training-opportunities", title: "Training opportunities", badge: "Silver and Gold members", date: "18 April 2019" },
  ],
};

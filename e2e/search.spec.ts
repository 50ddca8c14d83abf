import type { Page } from "@playwright/test";
import { axeViolations, expect, signIn, test, uniqueAddress } from "./fixtures";

const themes = ["default", "contrast", "dark", "cream"] as const;

test.beforeEach(async ({ page }) => {
  await page.setExtraHTTPHeaders({ "x-forwarded-for": uniqueAddress() });
});

const headerBox = (page: Page) => page.getByRole("search", { name: "Site search" }).getByRole("combobox", { name: "Search the site" });

test.describe("search as you type", () => {
  test("keyboard only: titles appear, are counted aloud, chosen with the arrows, closed with Escape, opened with Enter", async ({ page }) => {
    await page.goto("/news");
    const box = headerBox(page);
    await box.focus();
    await page.keyboard.type("annual rev");
    const list = page.getByRole("listbox", { name: "Matching titles" });
    await expect(list).toBeVisible();
    await expect(box).toHaveAttribute("aria-expanded", "true");
    const options = list.getByRole("option");
    await expect(options.first()).toContainText("Running effective EHC plan annual reviews");
    const count = await options.count();
    await expect(page.getByRole("search", { name: "Site search" }).locator("[aria-live=polite]").filter({ hasText: "matching title" })).toHaveText(
      `${count} matching ${count === 1 ? "title" : "titles"}. Use the up and down arrows to choose.`,
    );

    // Down chooses the first title; focus stays in the box, which names the chosen option.
    await page.keyboard.press("ArrowDown");
    await expect(box).toBeFocused();
    const first = options.first();
    await expect(first).toHaveAttribute("aria-selected", "true");
    await expect(box).toHaveAttribute("aria-activedescendant", (await first.getAttribute("id"))!);
    // Up from the first title goes back to the box.
    await page.keyboard.press("ArrowUp");
    await expect(box).not.toHaveAttribute("aria-activedescendant");

    // Escape closes the list and keeps the words; a second Escape clears the box.
    await page.keyboard.press("Escape");
    await expect(list).toBeHidden();
    await expect(box).toHaveAttribute("aria-expanded", "false");
    await expect(box).toHaveValue("annual rev");
    await page.keyboard.press("Escape");
    await expect(box).toHaveValue("");

    // A vocabulary term finds titles that spell it out; Enter on a chosen title opens it.
    await page.keyboard.type("ehcp");
    // Until the answer for "ehcp" comes, the box still shows the titles for "annual rev", which hold
    // the one wanted too: wait for a title only "ehcp" finds, so that arrows act on the new list.
    await expect(list.getByRole("option", { name: /Writing outcomes for EHC plans/ })).toBeVisible();
    const ehc = list.getByRole("option", { name: /Running effective EHC plan annual reviews/ });
    await expect(ehc).toBeVisible();
    // Down until it is chosen, as a user would: the list may still update once as the last letter's
    // answer arrives (Down goes round through the box, so it is reached whatever its place).
    await expect(async () => {
      await page.keyboard.press("ArrowDown");
      await expect(ehc).toHaveAttribute("aria-selected", "true", { timeout: 250 });
    }).toPass({ timeout: 15_000 });
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/resources\/ehc-plan-annual-reviews$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Running effective EHC plan annual reviews");
  });

  test("Enter with no title chosen searches for the words typed", async ({ page }) => {
    await page.goto("/");
    await headerBox(page).focus();
    await page.keyboard.type("dyslexia");
    await expect(page.getByRole("listbox", { name: "Matching titles" })).toBeVisible();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/search\?q=dyslexia$/);
    await expect(page.getByRole("heading", { level: 2, name: /results? for “dyslexia”/ })).toBeVisible();
  });

  test("the open list passes axe in every theme", async ({ page }) => {
    await page.goto("/");
    await headerBox(page).focus();
    await page.keyboard.type("autism");
    await expect(page.getByRole("listbox", { name: "Matching titles" })).toBeVisible();
    await page.keyboard.press("ArrowDown");
    for (const theme of themes) {
      await page.evaluate((t) => {
        if (t === "default") document.documentElement.removeAttribute("data-theme");
        else document.documentElement.setAttribute("data-theme", t);
      }, theme);
      await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
      expect.soft(await axeViolations(page), `axe on the open list in the ${theme} theme`).toEqual([]);
    }
  });
});

test.describe("search results", () => {
  test("ehcp anual reveiw: Did you mean “annual review”, with the annual review guidance found", async ({ page }) => {
    await page.goto(`/search?q=${encodeURIComponent("ehcp anual reveiw")}`);
    const notes = page.getByTestId("query-notes");
    await expect(notes).toContainText("Did you mean: ehcp annual review?");
    await expect(notes.locator("strong")).toHaveText(["annual", "review"]);
    await expect(notes).toContainText("Also searched for “EHC plan” and “education, health and care plan”");
    await expect(page.getByTestId("search-result").first()).toContainText("Running effective EHC plan annual reviews");

    // The words alone, as typed: the acronym in quotes is not expanded, so the guidance (which writes
    // "EHC plan") is not found; only the conference, whose programme writes "EHCP" itself.
    await notes.getByRole("link", { name: "Search only for “ehcp”" }).click();
    await expect(page.locator("#results-heading")).toHaveText("1 result for “\"ehcp\" annual review”");
    await expect(page.getByTestId("search-result")).toHaveText([/SEND Network Annual Conference/]);
  });

  test("a visitor finds the annual conference under the Events tab and opens it", async ({ page }) => {
    await page.goto("/search");
    await page.getByRole("search", { name: "Search and filter" }).getByLabel("Search for").fill("annual conference");
    await page.getByRole("search", { name: "Search and filter" }).getByRole("button", { name: "Search", exact: true }).click();
    await expect(page.locator("#results-heading")).toHaveText(/results? for “annual conference”/);
    const tabs = page.getByRole("navigation", { name: "Kind of result" });
    await expect(tabs.getByRole("link")).toHaveText([/^All \(\d+\)$/, /^News \(\d+\)$/, /^Resources \(\d+\)$/, /^Events \(\d+\)$/, /^Newsletters \(\d+\)$/]);
    await tabs.getByRole("link", { name: /^Events/ }).click();
    await expect(page).toHaveURL(/kind=event/);
    await expect(tabs.getByRole("link", { name: /^Events/ })).toHaveAttribute("aria-current", "page");
    const results = page.getByTestId("search-result");
    await expect(results.first()).toContainText("Event · Conference · In person");
    for (const text of await results.allTextContents()) expect(text).toMatch(/^Event/);
    await results.getByRole("link", { name: "SEND Network Annual Conference" }).click();
    await expect(page).toHaveURL(/\/events\/send-network-annual-conference$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("SEND Network Annual Conference");
  });

  test("an editor adds a group to the vocabulary, search uses it at once, and removing it stops that", async ({ page }) => {
    await signIn(page, "editor@example.org");
    await page.goto("/admin/vocabulary");
    const add = page.getByRole("region", { name: "Add a group" });
    await add.getByLabel("Terms").fill("Wombat\n");
    await add.getByRole("button", { name: "Add group" }).click();
    await expect(add.getByTestId("error-summary")).toContainText("Terms: Enter at least two terms that mean the same, one per line.");
    await add.getByLabel("Terms").fill("Wombat\nDyslexia");
    await add.getByRole("button", { name: "Add group" }).click();
    await expect(page.getByText("Saved: Wombat / Dyslexia.")).toBeVisible();

    await page.goto("/search?q=wombat");
    await expect(page.getByTestId("query-notes")).toContainText("Also searched for “Dyslexia”, which means the same as “wombat”.");
    await expect(page.getByTestId("search-result").first()).toBeVisible();

    await page.goto("/admin/vocabulary");
    const group = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Wombat / Dyslexia" }) });
    await group.getByRole("button", { name: "Remove Wombat" }).click();
    await group.getByRole("button", { name: "Yes, remove it" }).click();
    await expect(page.getByText("The group has been removed.")).toBeVisible();
    await page.goto("/search?q=wombat");
    await expect(page.locator("#results-heading")).toHaveText("No results for “wombat”");
  });
});

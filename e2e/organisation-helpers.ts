import type { Page } from "@playwright/test";
import { expect } from "./fixtures";

/** A date `days` from today as a date field takes it (YYYY-MM-DD). */
export function dateFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Creates an organisation through the staff dashboard (the page must be signed in as an admin),
 * with a verified domain and optionally admins; returns its dashboard address.
 */
export async function createOrganisation(
  page: Page,
  options: { name: string; seats?: number; startsOn?: string; endsOn?: string; domain?: string; admins?: string[] },
): Promise<string> {
  await page.goto("/admin/organisations/new");
  await page.getByLabel("Name", { exact: true }).fill(options.name);
  await page.getByLabel("Invoice address").fill("1 School Lane\nTesttown\nTT1 1TT");
  await page.getByLabel("Tier").selectOption("gold");
  await page.getByLabel("Seats").fill(String(options.seats ?? 5));
  if (options.startsOn) await page.getByLabel("Start date").fill(options.startsOn);
  if (options.endsOn) await page.getByLabel("End date").fill(options.endsOn);
  await page.getByRole("button", { name: "Create organisation" }).click();
  await expect(page.getByRole("heading", { level: 1, name: options.name })).toBeVisible();
  const url = new URL(page.url()).pathname;
  if (options.domain) {
    await page.getByLabel("Domain", { exact: true }).fill(options.domain);
    await page.getByRole("button", { name: "Verify domain" }).click();
    await expect(page.getByText(`${options.domain} is verified`)).toBeVisible();
  }
  for (const email of options.admins ?? []) {
    await page.getByLabel("Email of a registered account").fill(email);
    await page.getByRole("button", { name: "Add admin" }).click();
    await expect(page.getByText(`${email} can now manage this organisation`)).toBeVisible();
  }
  return url;
}

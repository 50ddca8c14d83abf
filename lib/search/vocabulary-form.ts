/**
 * Checking a vocabulary group as staff type it: one term per line. Pure, shared by the dashboard's
 * actions and their tests.
 */
import { z } from "zod";
import { termWords } from "./vocabulary";

export const MAX_TERMS = 10;
export const MAX_TERM_LENGTH = 80;

/** The lines of the box, trimmed, blank lines dropped, each checked; then the group as a whole. */
export const synonymTermsSchema = z
  .string()
  .transform((text) => text.split(/\r?\n/).map((line) => line.replace(/\s+/g, " ").trim()).filter(Boolean))
  .pipe(
    z
      .array(
        z
          .string()
          .max(MAX_TERM_LENGTH, `Keep each term to ${MAX_TERM_LENGTH} characters or fewer.`)
          .refine((term) => termWords(term).length > 0, "Each term needs a letter or a number."),
      )
      .min(2, "Enter at least two terms that mean the same, one per line.")
      .max(MAX_TERMS, `Use at most ${MAX_TERMS} terms in one group.`)
      .refine((terms) => new Set(terms.map((t) => termWords(t).join(" "))).size === terms.length, "A term appears twice in this group."),
  );

/** Terms of `terms` already in another group (a term may belong to one group only). */
export function termsInOtherGroups(terms: readonly string[], others: ReadonlyArray<{ id: string; terms: readonly string[] }>, ownId?: string): string[] {
  const taken = new Map<string, string>();
  for (const group of others) if (group.id !== ownId) for (const t of group.terms) taken.set(termWords(t).join(" "), t);
  return terms.filter((t) => taken.has(termWords(t).join(" ")));
}

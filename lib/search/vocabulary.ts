/**
 * Query expansion from the SEND vocabulary: a search for "EHCP" also searches for "EHC plan" and
 * "education, health and care plan", and the other way round. Pure: the groups come from the
 * database (db/queries/search/vocabulary.ts), the result goes to the search as tsquery alternatives.
 */
import type { SearchAlternatives, SearchTerms } from "@/db/queries/search";
import { toSearchTerms } from "./query";

/** One set of words and phrases that mean the same; the first is the form shown to people. */
export type SynonymGroup = readonly string[];

export interface Expansion {
  /** What the person typed, as typed. */
  typed: string;
  /** The other forms searched as well, as the vocabulary writes them. */
  also: string[];
  /** Typed as `-word`: every form is left out. */
  negated: boolean;
}

/** Words of a term or a typed stretch, lowercased, without punctuation ("co-ordinator" → co, ordinator). */
export function termWords(text: string): string[] {
  return text.toLowerCase().normalize("NFKC").match(/[\p{L}\p{N}]+/gu) ?? [];
}

interface Compiled {
  group: SynonymGroup;
  /** Each term's words. */
  forms: string[][];
}

function compile(groups: readonly SynonymGroup[]): { byFirstWord: Map<string, Array<{ words: string[]; term: number; group: Compiled }>>; longest: number } {
  const byFirstWord = new Map<string, Array<{ words: string[]; term: number; group: Compiled }>>();
  let longest = 1;
  for (const group of groups) {
    const compiled: Compiled = { group, forms: group.map(termWords) };
    compiled.forms.forEach((words, term) => {
      if (words.length === 0) return;
      longest = Math.max(longest, words.length);
      const list = byFirstWord.get(words[0]!) ?? [];
      list.push({ words, term, group: compiled });
      byFirstWord.set(words[0]!, list);
    });
  }
  // Longest first, so "autism spectrum disorder" wins over "autism".
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirstWord, longest };
}

/** A typed word equals a vocabulary word, or is its plural ("EHCPs", "SENCOs"). */
const sameWord = (typed: string, word: string) => typed === word || (typed.length > 2 && typed === `${word}s`);

/**
 * The search terms for `text` with every vocabulary term in it (outside quotes, not next to `or`,
 * which say the person chose their own words) replaced by a group of alternatives, and what was
 * expanded, for the page to say so.
 */
export function expandQuery(text: string, groups: readonly SynonymGroup[]): { terms: SearchTerms; expansions: Expansion[] } {
  const tokens = text.split(" ").filter(Boolean);
  if (tokens.length === 0 || groups.length === 0) return { terms: toSearchTerms(text), expansions: [] };
  const { byFirstWord, longest } = compile(groups);
  const kept: string[] = [];
  const alternatives: SearchAlternatives[] = [];
  const expansions: Expansion[] = [];
  const seen = new Set<SynonymGroup>();
  let inQuote = false;
  let lastConsumed = false;
  const isOr = (token: string | undefined) => token !== undefined && /^or$/i.test(token);

  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i]!;
    const quotes = (token.match(/"/g) ?? []).length;
    let matched: { length: number; term: number; group: Compiled } | null = null;
    if (!inQuote && quotes === 0 && !isOr(tokens[i - 1]) && /[\p{L}\p{N}]/u.test(token)) {
      const negated = token.startsWith("-");
      const words: string[] = [];
      for (let j = i; j < Math.min(tokens.length, i + longest * 2); j++) {
        const t = tokens[j]!;
        if (t.includes('"') || (j > i && t.startsWith("-"))) break;
        words.push(...termWords(t));
        if (words.length > longest) break;
        const first = words[0] ?? "";
        // A one-word term typed as a plural ("EHCPs") is found under its singular.
        const candidates = [...(byFirstWord.get(first) ?? []), ...(first.endsWith("s") ? (byFirstWord.get(first.slice(0, -1)) ?? []) : [])];
        for (const c of candidates) {
          if (c.words.length !== words.length) continue;
          if (!c.words.every((w, k) => (k === c.words.length - 1 ? sameWord(words[k]!, w) : words[k] === w))) continue;
          if (isOr(tokens[j + 1])) continue;
          if (!matched || j + 1 - i > matched.length) matched = { length: j + 1 - i, term: c.term, group: c.group };
          break;
        }
      }
      if (matched) {
        const typed = tokens
          .slice(i, i + matched.length)
          .join(" ")
          .replace(/^-/, "");
        if (!seen.has(matched.group.group)) {
          seen.add(matched.group.group);
          const forms = matched.group.group.filter((t) => termWords(t).length > 0);
          alternatives.push({ terms: forms, negated });
          expansions.push({ typed, also: forms.filter((_, k) => k !== matched!.term), negated });
        }
        i += matched.length;
        lastConsumed = i === tokens.length;
        continue;
      }
    }
    if (quotes % 2 === 1) inQuote = !inQuote;
    kept.push(token);
    lastConsumed = false;
    i++;
  }

  if (alternatives.length === 0) return { terms: toSearchTerms(text), expansions: [] };
  const rest = kept.join(" ");
  // The last word is matched as a prefix (for someone still typing) only when it is still there.
  const base = lastConsumed ? { websearch: rest, prefix: null } : toSearchTerms(rest);
  return { terms: { ...base, alternatives }, expansions };
}

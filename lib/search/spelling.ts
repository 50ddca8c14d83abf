/**
 * "Did you mean": a typed word the site does not know is replaced by the nearest word of a title or
 * of the vocabulary. Pure: the candidate titles and the known words come from the database
 * (db/queries/search/suggest.ts).
 */
import { termWords } from "./vocabulary";

/** pg_trgm's trigrams of one word: lowercased, padded with two spaces before and one after. */
function trigrams(word: string): Set<string> {
  const padded = `  ${word.toLowerCase()} `;
  const set = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) set.add(padded.slice(i, i + 3));
  return set;
}

/** pg_trgm's `similarity` for two single words: shared trigrams over all trigrams. */
export function trigramSimilarity(a: string, b: string): number {
  const x = trigrams(a);
  const y = trigrams(b);
  let shared = 0;
  for (const t of x) if (y.has(t)) shared++;
  return shared / (x.size + y.size - shared);
}

/** Edits between two words, a swap of neighbouring letters counting as one ("reveiw" → "review"). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/** The words of `text` worth checking: plain words of three letters or more, not the `or` operator. */
export function wordsToCheck(text: string): string[] {
  const words = text
    .split(" ")
    .map((token) => token.replace(/^[-"]+|["]+$/g, ""))
    .filter((word) => /^[\p{L}]{3,}$/u.test(word) && !/^or$/i.test(word))
    .map((word) => word.toLowerCase());
  return [...new Set(words)];
}

/** How many edits a word of this length may be away from its correction. */
const allowedEdits = (word: string) => (word.length <= 4 ? 1 : 2);

export interface SpellingSuggestion {
  /** The whole query with its unknown words corrected. */
  text: string;
  /** The words that were changed, as corrected (for emphasis). */
  corrected: string[];
}

/**
 * The query with each word that is not `known` replaced by the closest word of `titles` and
 * `vocabulary` (fewest edits, then most trigrams shared), or null when no word changes.
 */
export function suggestSpelling(
  text: string,
  known: ReadonlySet<string>,
  titles: readonly string[],
  vocabulary: ReadonlyArray<readonly string[]>,
): SpellingSuggestion | null {
  const lexicon = new Set<string>();
  for (const title of titles) for (const word of termWords(title)) if (/^\p{L}{3,}$/u.test(word)) lexicon.add(word);
  for (const group of vocabulary) for (const term of group) for (const word of termWords(term)) if (/^\p{L}{2,}$/u.test(word)) lexicon.add(word);

  const corrections = new Map<string, string>();
  for (const word of wordsToCheck(text)) {
    if (known.has(word) || lexicon.has(word)) continue;
    let best: { word: string; edits: number; similarity: number } | null = null;
    for (const candidate of lexicon) {
      if (Math.abs(candidate.length - word.length) > allowedEdits(word)) continue;
      const edits = editDistance(word, candidate);
      if (edits > allowedEdits(word)) continue;
      const similarity = trigramSimilarity(word, candidate);
      if (!best || edits < best.edits || (edits === best.edits && similarity > best.similarity)) best = { word: candidate, edits, similarity };
    }
    if (best) corrections.set(word, best.word);
  }
  if (corrections.size === 0) return null;
  const corrected: string[] = [];
  const out = text
    .split(" ")
    .map((token) =>
      token.replace(/[\p{L}]{3,}/u, (word) => {
        const fix = corrections.get(word.toLowerCase());
        if (!fix) return word;
        corrected.push(fix);
        return fix;
      }),
    )
    .join(" ");
  return { text: out, corrected: [...new Set(corrected)] };
}

/**
 * Highlighted text from PostgreSQL's `ts_headline`. The database marks matches with two
 * private-use characters (never present in content: see UNWANTED in ./query); the page splits on
 * them and renders each part as React text inside or outside <mark>, so nothing is ever
 * interpreted as HTML.
 */
import { FRAGMENT_DELIMITER, MARK_END, MARK_START } from "@/db/queries/search/marks";

export { MARK_END, MARK_START };

export interface Segment {
  text: string;
  marked: boolean;
}

export function splitHighlights(text: string): Segment[] {
  const segments: Segment[] = [];
  let marked = false;
  let current = "";
  const flush = () => {
    if (current) segments.push({ text: current, marked });
    current = "";
  };
  for (const char of text) {
    if (char === MARK_START || char === MARK_END) {
      flush();
      marked = char === MARK_START;
    } else {
      current += char;
    }
  }
  flush();
  // Merge neighbours of the same kind ("foo" "bar" across an empty mark).
  return segments.reduce<Segment[]>((out, s) => {
    const prev = out.at(-1);
    if (prev && prev.marked === s.marked) prev.text += s.text;
    else out.push({ ...s });
    return out;
  }, []);
}

/**
 * Markdown syntax out of a snippet of a markdown body: "## Funding" reads as "Funding —",
 * "**Funding.**" as "Funding.", links as their text. Runs on the highlighted text, markers included.
 */
export function plainSnippet(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    // A heading runs into the paragraph after it: set it off with a dash.
    .replace(/(^|\n)\s{0,3}#{1,6}\s+([^\n]*?)\s*(?=\n|$)/g, "$1$2 —")
    .replace(/(^|\n)\s{0,3}(>|[-*+]|\d+[.)])\s+/g, "$1")
    .replace(/(\*\*|__|\*|`)/g, "")
    .replace(/\s+/g, " ")
    .replace(/ —$/, "")
    .trim();
}

const unmarked = (text: string) => text.replaceAll(MARK_START, "").replaceAll(MARK_END, "");
const squashed = (text: string) => plainSnippet(unmarked(text)).toLowerCase();

/**
 * An ellipsis where the snippet starts after the beginning of its text (`lead`: the standfirst or
 * summary it was cut from) or stops mid-sentence, so a passage never reads as if complete.
 */
export function withEllipses(snippet: string, lead: string): string {
  const plain = squashed(snippet);
  if (!plain) return snippet;
  const opening = squashed(lead).slice(0, 24);
  const before = opening && plain.startsWith(opening) ? "" : "… ";
  const after = /[.!?…:;)"'”’]$/.test(plain) ? "" : " …";
  return `${before}${snippet}${after}`;
}

const words = (text: string) => new Set(unmarked(text).toLowerCase().match(/[\p{L}\p{N}'’-]{4,}/gu) ?? []);

/**
 * Each sentence once. The snippet is cut from the standfirst and body together, and a body often
 * opens by restating its standfirst: a sentence (or the cut-off start of one) whose longer words
 * mostly appeared in a sentence already shown is dropped.
 */
export function distinctSentences(snippet: string): string {
  const shown: Set<string>[] = [];
  const repeats = (sentence: Set<string>) =>
    sentence.size >= 3 &&
    shown.some((earlier) => [...sentence].filter((w) => earlier.has(w)).length >= 0.6 * Math.min(sentence.size, earlier.size));
  return snippet
    .split(FRAGMENT_DELIMITER)
    .map((fragment) =>
      fragment
        .split(/(?<=[.!?]["”’)]?)\s+/)
        .filter((sentence) => {
          const set = words(sentence);
          if (repeats(set)) return false;
          shown.push(set);
          return true;
        })
        .join(" "),
    )
    .filter((fragment) => fragment.trim())
    .join(FRAGMENT_DELIMITER);
}

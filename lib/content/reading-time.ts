/** Words a minute for an adult reading for understanding (Brysbaert 2019: ~238 for non-fiction). */
const WORDS_PER_MINUTE = 230;

/** "4 min read" for a markdown body: its words, the syntax left out, rounded up to whole minutes. */
export function readingMinutes(markdown: string): number {
  const text = markdown
    .replace(/!\[[^\]]*\]\([^)]*\)/g, " ")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[#>*_`|-]+/g, " ");
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’]*/gu)?.length ?? 0;
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
}

import "server-only";
import { and, desc, or, sql, type SQL } from "drizzle-orm";
import { db } from "@/db";
import { newsArticles, resources } from "@/db/schema";
import { isLive } from "../shared";
import type { SearchKind } from "./index";

/**
 * How alike a word must be to a word of a title (pg_trgm's word similarity) to be offered as its
 * spelling: low enough for a swapped pair of letters ("reveiw" shares 3 of its 7 trigrams with
 * "review"); the page then keeps only candidates a few edits away (lib/search/spelling).
 */
const WORD_SIMILARITY = "0.4";

/**
 * Live titles that hold a word like each of `typed` (pg_trgm's word similarity, through the trigram
 * indexes on titles), for "Did you mean": lib/search/spelling picks the words. Titles are public,
 * so the answer is the same for every viewer and no gated body is read.
 */
export async function titlesLike(typed: readonly string[], perWord = 30): Promise<string[]> {
  if (typed.length === 0) return [];
  return db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('pg_trgm.word_similarity_threshold', ${WORD_SIMILARITY}, true)`);
    const titles = new Set<string>();
    for (const word of typed) {
      const like = (table: typeof newsArticles | typeof resources) =>
        tx
          .select({ title: table.title })
          .from(table)
          // Any few titles will do (the words are ranked in lib/search/spelling): unordered, the scan
          // stops at the limit instead of scoring every title that shares a few trigrams.
          .where(and(isLive(table), sql`${word} <% ${table.title}`))
          .limit(perWord);
      const [news, library] = await Promise.all([like(newsArticles), like(resources)]);
      for (const row of [...news, ...library]) titles.add(row.title);
    }
    return [...titles];
  });
}

export interface TitleSuggestion {
  kind: SearchKind;
  slug: string;
  title: string;
}

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Live titles for search-as-you-type: each of `words` in the title (or, for a vocabulary group, any
 * of its forms), closest to `text` first. Titles are public for every live item, so the list is the
 * same for everyone. Only words of three letters or more can use the trigram indexes, so at least
 * one condition must have one; otherwise there are no suggestions.
 */
export async function suggestTitles(text: string, words: readonly string[], groups: ReadonlyArray<readonly string[]>, limit = 8): Promise<TitleSuggestion[]> {
  const indexed = words.some((w) => w.length >= 3) || groups.some((g) => g.every((t) => t.length >= 3));
  if (!indexed) return [];
  const where = (title: typeof newsArticles.title | typeof resources.title): SQL =>
    and(
      ...words.map((w) => sql`${title} ilike ${likePattern(w)}`),
      ...groups.map((g) => or(...g.map((t) => sql`${title} ilike ${likePattern(t)}`))!),
    )!;
  const news = db
    .select({ kind: sql<SearchKind>`'news'`.as("kind"), slug: newsArticles.slug, title: newsArticles.title, publishedAt: newsArticles.publishedAt, closeness: sql<number>`word_similarity(${text}, ${newsArticles.title})`.as("closeness") })
    .from(newsArticles)
    .where(and(isLive(newsArticles), where(newsArticles.title)));
  const library = db
    .select({ kind: sql<SearchKind>`'resource'`.as("kind"), slug: resources.slug, title: resources.title, publishedAt: resources.publishedAt, closeness: sql<number>`word_similarity(${text}, ${resources.title})`.as("closeness") })
    .from(resources)
    .where(and(isLive(resources), where(resources.title)));
  const rows = await news
    .unionAll(library)
    .orderBy(desc(sql`"closeness"`), desc(sql`"published_at"`), sql`"slug"`)
    .limit(limit);
  return rows.map(({ kind, slug, title }) => ({ kind, slug, title }));
}

/**
 * Which of `typed` (lowercased words) the site knows: found in a live article or in a live
 * resource's title or summary (never a gated body), or a word the search ignores ("the"). Words
 * it knows are never "corrected".
 */
export async function knownWords(typed: readonly string[]): Promise<Set<string>> {
  const known = new Set<string>();
  await Promise.all(
    typed.map(async (word) => {
      const query = sql`plainto_tsquery('english', ${word})`;
      const found = (table: typeof newsArticles | typeof resources, vector: SQL) =>
        db.select({ one: sql`1` }).from(table).where(and(isLive(table), sql`${vector} @@ ${query}`)).limit(1);
      const [ignored] = await db.select({ empty: sql<boolean>`numnode(${query}) = 0` }).from(sql`(select 1) as one`);
      if (ignored?.empty) return void known.add(word);
      const [news, library] = await Promise.all([
        found(newsArticles, sql`${newsArticles.searchVector}`),
        found(resources, sql`${resources.searchPublic}`),
      ]);
      if (news.length > 0 || library.length > 0) known.add(word);
    }),
  );
  return known;
}

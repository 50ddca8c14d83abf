import "server-only";
import { and, desc, exists, or, sql, type SQL } from "drizzle-orm";
import { unionAll, type AnyPgColumn } from "drizzle-orm/pg-core";
import { db } from "@/db";
import { events, newsArticles, newsletters, resources } from "@/db/schema";
import { inArchive } from "../newsletters/archive";
import { isLive } from "../shared";
import type { SearchKind } from "./index";
import { eventListed } from "./kinds";

/**
 * Every kind's public title, and what makes an item findable: live news and resources, listed
 * events, archived newsletters (whose subjects the archive shows everyone).
 */
const titled = () => [
  { kind: "news" as const, title: newsArticles.title, slug: newsArticles.slug, date: newsArticles.publishedAt, table: newsArticles, listed: isLive(newsArticles) },
  { kind: "resource" as const, title: resources.title, slug: resources.slug, date: resources.publishedAt, table: resources, listed: isLive(resources) },
  { kind: "event" as const, title: events.title, slug: events.slug, date: events.startsAt, table: events, listed: eventListed() },
  { kind: "newsletter" as const, title: newsletters.subject, slug: newsletters.slug, date: newsletters.sendAt, table: newsletters, listed: inArchive },
];

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
      // Any few titles will do (the words are ranked in lib/search/spelling): unordered, the scan
      // stops at the limit instead of scoring every title that shares a few trigrams.
      const found = await Promise.all(
        titled().map(({ table, title, listed }) => tx.select({ title }).from(table).where(and(listed, sql`${word} <% ${title}`)).limit(perWord)),
      );
      for (const row of found.flat()) titles.add(row.title);
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
  const where = (title: AnyPgColumn): SQL =>
    and(
      ...words.map((w) => sql`${title} ilike ${likePattern(w)}`),
      ...groups.map((g) => or(...g.map((t) => sql`${title} ilike ${likePattern(t)}`))!),
    )!;
  const [first, second, ...rest] = titled().map(({ kind, table, title, slug, date, listed }) =>
    db
      .select({
        kind: sql<SearchKind>`${sql.raw(`'${kind}'`)}`.as("kind"),
        slug: sql<string>`${slug}`.as("slug"),
        title: sql<string>`${title}`.as("title"),
        publishedAt: sql`${date}`.as("published_at"),
        closeness: sql<number>`word_similarity(${text}, ${title})`.as("closeness"),
      })
      .from(table)
      .where(and(listed, where(title))),
  );
  const rows = await unionAll(first!, second!, ...rest)
    .orderBy(desc(sql`"closeness"`), desc(sql`"published_at"`), sql`"slug"`)
    .limit(limit);
  return rows.map(({ kind, slug, title }) => ({ kind, slug, title }));
}

/**
 * Which of `typed` (lowercased words) the site knows: found in a live article or event, in a live
 * resource's or archived newsletter's title and lead (never a gated body), or a word the search
 * ignores ("the"). Words it knows are never "corrected". One statement per word.
 */
export async function knownWords(typed: readonly string[]): Promise<Set<string>> {
  // What anyone may search: news and events whole, the public text of resources and newsletters.
  const vectors = [
    { table: newsArticles, vector: newsArticles.searchVector, listed: isLive(newsArticles) },
    { table: resources, vector: resources.searchPublic, listed: isLive(resources) },
    { table: events, vector: events.searchVector, listed: eventListed() },
    { table: newsletters, vector: newsletters.searchPublic, listed: inArchive },
  ];
  const known = new Set<string>();
  await Promise.all(
    typed.map(async (word) => {
      const query = sql`plainto_tsquery('english', ${word})`;
      const anywhere = or(...vectors.map(({ table, vector, listed }) => exists(db.select({ one: sql`1` }).from(table).where(and(listed, sql`${vector} @@ ${query}`)))))!;
      const [row] = await db
        .select({ ignored: sql<boolean>`numnode(${query}) = 0`, found: sql<boolean>`${anywhere}` })
        .from(sql`(select 1) as one`);
      if (row?.ignored || row?.found) known.add(word);
    }),
  );
  return known;
}

import { randomUUID } from "node:crypto";
import { inArray, sql } from "drizzle-orm";
import type { PgInsertValue, PgTable } from "drizzle-orm/pg-core";
import type { Database, Transaction } from "./index";
import {
  accounts,
  articleResources,
  newsArticles,
  newsTopics,
  organisations,
  resources,
  resourceTiers,
  resourceTopics,
  tiers,
  topics,
  type ContentStatus,
  type Visibility,
} from "./schema";
import { DEMO_PASSWORD, type PasswordHasher } from "./seed";
import { memberName, organisationName, randomFrom, scaleArticle, scaleResource, serialLabel, type Random } from "./seed-data/scale";

/**
 * `npm run db:seed -- --scale N`: N synthetic members, N/10 resources and N/10 news articles on top
 * of the demo data, for measuring the site at size (`npm run bench:scale`). Rows are generated in memory
 * a batch at a time and written with multi-row inserts, all in one transaction; then the tables are
 * vacuumed and analysed so the planner sees their real size.
 */

/** Largest `--scale` accepted: beyond this a run takes too long to be a mistake worth allowing. */
export const MAX_SCALE = 5_000_000;

/** `--scale`'s value as a positive whole number, or a message saying what is wrong with it. */
export function parseScale(value: string | undefined): { ok: true; n: number } | { ok: false; message: string } {
  const text = value?.trim() ?? "";
  if (!/^\d+$/.test(text)) {
    return { ok: false, message: `--scale needs a positive whole number of members, e.g. --scale 100000 (got ${JSON.stringify(value ?? "")}).` };
  }
  const n = Number(text);
  if (n < 1) return { ok: false, message: "--scale must be at least 1." };
  if (n > MAX_SCALE) return { ok: false, message: `--scale must be at most ${MAX_SCALE.toLocaleString("en-GB")} (got ${n.toLocaleString("en-GB")}).` };
  return { ok: true, n };
}

export interface ScaleCounts {
  members: number;
  organisations: number;
  resources: number;
  articles: number;
}

const DAY = 24 * 60 * 60 * 1000;
/** Rows per INSERT: well under PostgreSQL's 65,535 parameters per statement for every table here. */
const BATCH = 2_000;
const CONTENT_SINCE = Date.UTC(2008, 0, 1);
const MEMBERS_SINCE = Date.UTC(2015, 0, 1);
const memberEmail = /^member([0-9]+)@example\.org$/;

async function insertBatch<T extends PgTable>(tx: Transaction, table: T, rows: PgInsertValue<T>[]): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH) await tx.insert(table).values(rows.slice(start, start + BATCH));
}

/** The highest serial already used by synthetic rows, so a second run adds to the first. */
async function lastSerials(db: Database): Promise<{ member: number; content: number }> {
  const serial = (column: string, pattern: string) =>
    sql.raw(`coalesce(max(substring(${column} from '${pattern}')::int), 0)`).mapWith(Number);
  const [[member], [resource], [article]] = await Promise.all([
    db.select({ n: serial("email", memberEmail.source) }).from(accounts),
    db.select({ n: serial("slug", "-s([0-9]{6,})$") }).from(resources),
    db.select({ n: serial("slug", "-s([0-9]{6,})$") }).from(newsArticles),
  ]);
  return { member: member?.n ?? 0, content: Math.max(resource?.n ?? 0, article?.n ?? 0) };
}

/** A time between `from` and `to` (milliseconds), to the second. */
function between(random: Random, from: number, to: number): Date {
  return new Date(Math.floor((from + random.next() * (to - from)) / 1000) * 1000);
}

/** Mostly published over the years; a few drafts and a few scheduled for the coming weeks. */
function publication(random: Random, now: number): { status: ContentStatus; publishedAt: Date | null } {
  const roll = random.next();
  if (roll < 0.02) return { status: "draft", publishedAt: null };
  if (roll < 0.03) return { status: "scheduled", publishedAt: between(random, now + DAY, now + 60 * DAY) };
  return { status: "published", publishedAt: between(random, CONTENT_SINCE, now - 60 * 60 * 1000) };
}

/**
 * Adds `n` synthetic members (and a few organisations), n/10 resources and n/10 news articles.
 * The demo data must be there already (tiers, topics, staff). Returns what was added.
 */
export async function seedScale(db: Database, n: number, hashPassword: PasswordHasher, now = new Date()): Promise<ScaleCounts> {
  const [tierRows, topicRows, staff, serials] = await Promise.all([
    db.select({ slug: tiers.slug }).from(tiers),
    db.select({ id: topics.id }).from(topics),
    db.select({ id: accounts.id }).from(accounts).where(inArray(accounts.role, ["editor", "admin"])).limit(1),
    lastSerials(db),
  ]);
  const tierSlugs = new Set(tierRows.map((t) => t.slug));
  for (const slug of ["free", "silver", "gold"]) {
    if (!tierSlugs.has(slug)) throw new Error(`--scale needs the demo tiers; tier "${slug}" is missing. Seed the demo data first.`);
  }
  if (topicRows.length === 0) throw new Error("--scale needs the demo topics; seed the demo data first.");
  const topicIds = topicRows.map((t) => t.id);
  const authorId = staff[0]?.id ?? null;
  const nowMs = now.getTime();
  // One hash for every synthetic member (the demo password): hashing each would take hours.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const random = randomFrom(0x5ca1e + serials.member * 7 + serials.content);
  const counts: ScaleCounts = {
    members: n,
    organisations: Math.max(1, Math.round(n / 200)),
    resources: Math.floor(n / 10),
    articles: Math.floor(n / 10),
  };

  await db.transaction(async (tx) => {
    const orgs = Array.from({ length: counts.organisations }, () => ({
      id: randomUUID(),
      name: organisationName(random),
      tierSlug: random.chance(0.6) ? "gold" : "silver",
      membershipExpiresAt: random.chance(0.1) ? between(random, nowMs - 365 * DAY, nowMs - DAY) : between(random, nowMs + DAY, nowMs + 730 * DAY),
      startsAt: new Date(nowMs - 400 * DAY),
      seats: 100_000,
    })).map((o) => ({ ...o, endsAt: o.membershipExpiresAt }));
    await insertBatch(tx, organisations, orgs);

    for (let start = 0; start < n; start += BATCH) {
      const batch = Array.from({ length: Math.min(BATCH, n - start) }, (_, i) => {
        const serial = serials.member + start + i + 1;
        const createdAt = between(random, MEMBERS_SINCE, nowMs - DAY);
        const roll = random.next();
        const tierSlug = roll < 0.5 ? "free" : roll < 0.8 ? "silver" : "gold";
        const membershipExpiresAt =
          tierSlug === "free" || random.chance(0.05)
            ? null
            : random.chance(0.15)
              ? between(random, nowMs - 400 * DAY, nowMs - DAY)
              : between(random, nowMs + DAY, nowMs + 730 * DAY);
        return {
          email: `member${serialLabel(serial)}@example.org`,
          name: memberName(random),
          passwordHash,
          tierSlug,
          membershipExpiresAt,
          organisationId: random.chance(0.1) ? random.pick(orgs).id : null,
          disabled: random.chance(0.02),
          emailVerifiedAt: random.chance(0.96) ? new Date(createdAt.getTime() + random.int(1, 3 * DAY)) : null,
          createdAt,
          updatedAt: createdAt,
        };
      });
      await insertBatch(tx, accounts, batch);
    }

    const resourceIds: string[] = [];
    for (let start = 0; start < counts.resources; start += BATCH) {
      const rows: Array<PgInsertValue<typeof resources>> = [];
      const gates: Array<PgInsertValue<typeof resourceTiers>> = [];
      const tagged: Array<PgInsertValue<typeof resourceTopics>> = [];
      for (let i = start; i < Math.min(start + BATCH, counts.resources); i++) {
        const id = randomUUID();
        const roll = random.next();
        const visibility: Visibility = roll < 0.35 ? "public" : roll < 0.6 ? "members" : "tiers";
        const { status, publishedAt } = publication(random, nowMs);
        rows.push({
          id,
          ...scaleResource(random, serials.content + i + 1),
          visibility,
          status,
          publishedAt,
          authorId,
          createdAt: publishedAt ?? now,
          updatedAt: publishedAt ?? now,
        });
        if (visibility === "tiers") {
          for (const tierSlug of random.chance(0.6) ? ["silver", "gold"] : ["gold"]) gates.push({ resourceId: id, tierSlug });
        }
        for (const topicId of random.some(topicIds, random.int(1, 3))) tagged.push({ resourceId: id, topicId });
        resourceIds.push(id);
      }
      await insertBatch(tx, resources, rows);
      await insertBatch(tx, resourceTiers, gates);
      await insertBatch(tx, resourceTopics, tagged);
    }

    for (let start = 0; start < counts.articles; start += BATCH) {
      const rows: Array<PgInsertValue<typeof newsArticles>> = [];
      const tagged: Array<PgInsertValue<typeof newsTopics>> = [];
      const related: Array<PgInsertValue<typeof articleResources>> = [];
      for (let i = start; i < Math.min(start + BATCH, counts.articles); i++) {
        const id = randomUUID();
        const { status, publishedAt } = publication(random, nowMs);
        rows.push({
          id,
          ...scaleArticle(random, serials.content + i + 1),
          status,
          publishedAt,
          authorId,
          createdAt: publishedAt ?? now,
          updatedAt: publishedAt ?? now,
        });
        for (const topicId of random.some(topicIds, random.int(1, 2))) tagged.push({ articleId: id, topicId });
        if (resourceIds.length > 0 && random.chance(0.3)) {
          random.some(resourceIds, random.int(1, 3)).forEach((resourceId, position) => related.push({ articleId: id, resourceId, position }));
        }
      }
      await insertBatch(tx, newsArticles, rows);
      await insertBatch(tx, newsTopics, tagged);
      await insertBatch(tx, articleResources, related);
    }
  });

  // Fresh statistics (and a visibility map, for index-only scans) so plans match the new size.
  await db.execute(
    sql`vacuum (analyze) organisations, accounts, resources, resource_tiers, resource_topics, news_articles, news_topics, article_resources`,
  );
  return counts;
}

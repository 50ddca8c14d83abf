import "server-only";
import { and, count, eq, gt, isNull, lte, ne, or, sql } from "drizzle-orm";
import { db } from "@/db";
import { accounts, newsArticles, resources } from "@/db/schema";

const DAY = 24 * 60 * 60 * 1000;

/** The dashboard's numbers: members by tier, memberships ending soon, drafts and scheduled items. */
export async function getDashboardCounts(now = new Date()) {
  const current = or(eq(accounts.tierSlug, "free"), isNull(accounts.membershipExpiresAt), gt(accounts.membershipExpiresAt, now));
  const members = and(eq(accounts.role, "member"), eq(accounts.disabled, false));
  const inMonth = new Date(now.getTime() + 30 * DAY);
  const draft = (t: typeof newsArticles | typeof resources) => or(eq(t.status, "draft"), isNull(t.publishedAt));
  const scheduled = (t: typeof newsArticles | typeof resources) => and(ne(t.status, "draft"), gt(t.publishedAt, sql`now()`));

  const [byTier, [expired], [expiring], [newsDrafts], [resourceDrafts], [newsScheduled], [resourceScheduled]] = await Promise.all([
    db.select({ tierSlug: accounts.tierSlug, n: count() }).from(accounts).where(and(members, current)).groupBy(accounts.tierSlug),
    db.select({ n: count() }).from(accounts).where(and(members, ne(accounts.tierSlug, "free"), lte(accounts.membershipExpiresAt, now))),
    db
      .select({ n: count() })
      .from(accounts)
      .where(and(members, ne(accounts.tierSlug, "free"), gt(accounts.membershipExpiresAt, now), lte(accounts.membershipExpiresAt, inMonth))),
    db.select({ n: count() }).from(newsArticles).where(draft(newsArticles)),
    db.select({ n: count() }).from(resources).where(draft(resources)),
    db.select({ n: count() }).from(newsArticles).where(scheduled(newsArticles)),
    db.select({ n: count() }).from(resources).where(scheduled(resources)),
  ]);
  return {
    membersByTier: new Map(byTier.map((r) => [r.tierSlug, r.n])),
    expired: expired?.n ?? 0,
    expiringIn30Days: expiring?.n ?? 0,
    drafts: { news: newsDrafts?.n ?? 0, resources: resourceDrafts?.n ?? 0 },
    scheduled: { news: newsScheduled?.n ?? 0, resources: resourceScheduled?.n ?? 0 },
  };
}

import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { db, type Transaction } from "@/db";
import { articleResources, newsArticles, newsTopics, resources, topics, type ContentStatus } from "@/db/schema";
import { auditAction, auditVerbs, displayStatus, resolvePublishedAt } from "@/lib/admin/content-status";
import { diffChanges } from "@/lib/admin/diff";
import { recordAudit } from "./audit";
import { contentKinds, unpublishContent } from "./content-writes";
import { articleRelatedIds, articleTopicSlugs } from "./admin-news";
import { accountName, isUniqueViolation, SaveRefused, type SaveResult } from "./admin-shared";

export interface ArticleFields {
  title: string;
  slug: string;
  standfirst: string;
  body: string;
  topics: string[];
  /** Related resource ids, in the order they are shown. */
  related: string[];
  status: ContentStatus;
  publishedAt: Date | null;
}

async function slugOwner(tx: Transaction, slug: string, exceptId: string | null): Promise<string | null> {
  const [row] = await tx
    .select({ id: newsArticles.id, title: newsArticles.title })
    .from(newsArticles)
    .where(eq(newsArticles.slug, slug))
    .limit(1);
  return row && row.id !== exceptId ? row.title : null;
}

async function replaceLinks(tx: Transaction, id: string, fields: ArticleFields) {
  await tx.delete(newsTopics).where(eq(newsTopics.articleId, id));
  await tx.delete(articleResources).where(eq(articleResources.articleId, id));
  const topicSlugs = [...new Set(fields.topics)];
  if (topicSlugs.length) {
    const rows = await tx.select({ id: topics.id }).from(topics).where(inArray(topics.slug, topicSlugs));
    if (rows.length !== topicSlugs.length) throw new Error("Unknown topic in article save");
    await tx.insert(newsTopics).values(rows.map((t) => ({ articleId: id, topicId: t.id })));
  }
  const related = [...new Set(fields.related)];
  if (related.length) {
    // A resource deleted while the form was open is dropped rather than failing the save.
    const existing = await tx.select({ id: resources.id }).from(resources).where(inArray(resources.id, related));
    const ids = related.filter((r) => existing.some((e) => e.id === r));
    if (ids.length) await tx.insert(articleResources).values(ids.map((resourceId, position) => ({ articleId: id, resourceId, position })));
  }
}

function snapshot(f: ArticleFields) {
  return {
    title: f.title,
    slug: f.slug,
    standfirst: f.standfirst,
    body: f.body,
    topics: f.topics,
    related: f.related.join(" "),
    status: f.status,
    publishedAt: f.publishedAt,
  };
}

async function refusedOrThrow(error: unknown, slug: string): Promise<Exclude<SaveResult, { ok: true }>> {
  if (error instanceof SaveRefused) return error.result;
  if (isUniqueViolation(error, "news_articles_slug_unique")) {
    const [row] = await db.select({ title: newsArticles.title }).from(newsArticles).where(eq(newsArticles.slug, slug)).limit(1);
    return { ok: false, reason: "slug-taken", takenBy: row?.title ?? "another article" };
  }
  throw error;
}

export async function createArticle(actorId: string, fields: ArticleFields): Promise<SaveResult> {
  try {
    return await db.transaction(async (tx) => {
      const clash = await slugOwner(tx, fields.slug, null);
      if (clash) throw new SaveRefused({ ok: false, reason: "slug-taken", takenBy: clash });
      const now = new Date();
      const publishedAt = resolvePublishedAt(fields.status, fields.publishedAt, null, now);
      const [row] = await tx
        .insert(newsArticles)
        .values({
          slug: fields.slug,
          title: fields.title,
          standfirst: fields.standfirst,
          body: fields.body,
          status: fields.status,
          publishedAt,
          authorId: actorId,
          updatedById: actorId,
          createdAt: now,
          updatedAt: now,
        })
        .returning({ id: newsArticles.id });
      const id = row!.id;
      await replaceLinks(tx, id, fields);
      await recordAudit(tx, {
        actorId,
        action: "create",
        entityType: "article",
        entityId: id,
        summary: `Created article “${fields.title}” (${displayStatus(fields.status, publishedAt, now)})`,
        changes: diffChanges(null, snapshot({ ...fields, publishedAt }), ["body"]),
      });
      return { ok: true as const, id, slug: fields.slug, previousSlug: null };
    });
  } catch (error) {
    return refusedOrThrow(error, fields.slug);
  }
}

/** Saves a new version unless someone else saved since `expectedVersion` (see updateResource). */
export async function updateArticle(actorId: string, id: string, expectedVersion: number, fields: ArticleFields): Promise<SaveResult> {
  try {
    return await db.transaction(async (tx) => {
      const [before] = await tx.select().from(newsArticles).where(eq(newsArticles.id, id)).for("update");
      if (!before) throw new SaveRefused({ ok: false, reason: "not-found" });
      if (before.version !== expectedVersion) {
        const by = await accountName(tx, before.updatedById);
        throw new SaveRefused({ ok: false, reason: "conflict", by, at: before.updatedAt });
      }
      const clash = await slugOwner(tx, fields.slug, id);
      if (clash) throw new SaveRefused({ ok: false, reason: "slug-taken", takenBy: clash });
      const [beforeTopics, beforeRelated] = await Promise.all([articleTopicSlugs(tx, id), articleRelatedIds(tx, id)]);
      const now = new Date();
      const publishedAt = resolvePublishedAt(fields.status, fields.publishedAt, before.publishedAt, now);
      await tx
        .update(newsArticles)
        .set({
          slug: fields.slug,
          title: fields.title,
          standfirst: fields.standfirst,
          body: fields.body,
          status: fields.status,
          publishedAt,
          version: before.version + 1,
          updatedAt: now,
          updatedById: actorId,
        })
        .where(and(eq(newsArticles.id, id), eq(newsArticles.version, expectedVersion)));
      await replaceLinks(tx, id, fields);
      const action = auditAction(displayStatus(before.status, before.publishedAt, now), displayStatus(fields.status, publishedAt, now));
      await recordAudit(tx, {
        actorId,
        action,
        entityType: "article",
        entityId: id,
        summary: `${auditVerbs[action]} article “${fields.title}”`,
        changes: diffChanges(
          snapshot({ ...before, topics: beforeTopics, related: beforeRelated }),
          snapshot({ ...fields, publishedAt }),
          ["body"],
        ),
      });
      return { ok: true as const, id, slug: fields.slug, previousSlug: before.slug === fields.slug ? null : before.slug };
    });
  } catch (error) {
    return refusedOrThrow(error, fields.slug);
  }
}

/** Takes an article off the public site (back to draft): see unpublishContent. */
export function unpublishArticle(actorId: string, id: string) {
  return unpublishContent(contentKinds.article, actorId, id);
}

export async function deleteArticle(actorId: string, id: string) {
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select({ title: newsArticles.title, slug: newsArticles.slug })
      .from(newsArticles)
      .where(eq(newsArticles.id, id))
      .for("update");
    if (!before) return null;
    await tx.delete(newsArticles).where(eq(newsArticles.id, id));
    await recordAudit(tx, {
      actorId,
      action: "delete",
      entityType: "article",
      entityId: id,
      summary: `Deleted article “${before.title}” (${before.slug})`,
    });
    return { slug: before.slug };
  });
}

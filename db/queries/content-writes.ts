import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { newsArticles, resources } from "@/db/schema";
import { recordAudit } from "./audit";

/** What the article and resource writes share: the table, and the words the audit log uses. */
export const contentKinds = {
  article: { table: newsArticles, entityType: "article" },
  resource: { table: resources, entityType: "resource" },
} as const;

type ContentKind = (typeof contentKinds)[keyof typeof contentKinds];

/**
 * Takes an article or resource off the public site (back to draft), in one transaction with its
 * audit entry. Bumps the version: open edit forms must reload. Null when there is no such row.
 */
export async function unpublishContent(kind: ContentKind, actorId: string, id: string) {
  // The two tables share these columns; Drizzle's types do not follow a union of tables.
  const table = kind.table as typeof resources;
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select({ title: table.title, slug: table.slug, status: table.status, version: table.version })
      .from(table)
      .where(eq(table.id, id))
      .for("update");
    if (!before) return null;
    if (before.status === "draft") return { slug: before.slug, changed: false };
    await tx
      .update(table)
      .set({ status: "draft", version: before.version + 1, updatedAt: new Date(), updatedById: actorId })
      .where(eq(table.id, id));
    await recordAudit(tx, {
      actorId,
      action: "unpublish",
      entityType: kind.entityType,
      entityId: id,
      summary: `Unpublished ${kind.entityType} “${before.title}”`,
      changes: { status: { from: before.status, to: "draft" } },
    });
    return { slug: before.slug, changed: true };
  });
}

import { describe, expect, it } from "vitest";
import { and, eq, inArray } from "drizzle-orm";
import { db } from "@/db";
import { accounts, auditLog, files, resourceAlternatives, resources } from "@/db/schema";
import { createArticle, getArticleForEdit, getLiveArticle, listAdminNews, updateArticle } from "../news";
import { getLiveResourceTeaser, listRelatedResources } from "../resources";
import { getResourceForEdit, listAdminResources } from "../resources/admin";
import { attachResourceAlternative, attachResourceFile, removeResourceAlternative, removeResourceFile } from "../resources/files";
import { createResource, deleteResource, unpublishResource, updateResource, type ResourceFields } from "../resources/writes";

async function accountId(email: string) {
  const [row] = await db.select({ id: accounts.id }).from(accounts).where(eq(accounts.email, email));
  return row!.id;
}

const auditRowsFor = (entityId: string) =>
  db.select().from(auditLog).where(eq(auditLog.entityId, entityId)).orderBy(auditLog.id);

let n = 0;
function resourceFields(overrides: Partial<ResourceFields> = {}): ResourceFields {
  n++;
  return {
    title: `Test resource ${n}`,
    slug: `test-resource-${n}`,
    summary: "A summary.",
    easyReadSummary: "",
    body: "The gated body.",
    featureImage: "",
    featureImageAlt: "",
    type: "Guide",
    visibility: "tiers",
    tiers: ["gold"],
    topics: ["funding"],
    featured: false,
    status: "published",
    publishedAt: null,
    ...overrides,
  };
}

describe("saving resources", () => {
  it("creates a resource and its audit entry together", async () => {
    const editor = await accountId("editor@example.org");
    const result = await createResource(editor, resourceFields({ title: "Gold guide", slug: "gold-guide" }));
    expect(result.ok).toBe(true);
    const id = (result as { id: string }).id;
    const saved = await getResourceForEdit(id);
    expect(saved).toMatchObject({ title: "Gold guide", tiers: ["gold"], topics: ["funding"], version: 1, updatedByName: "Tom Okafor" });
    const audit = await auditRowsFor(id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: editor, action: "create",
      entityType: "resource" });
    expect(audit[0]!.summary).toBe("Created resource “Gold guide” (published)");
  });

  it("writes nothing, audit included, when any part of the save fails", async () => {
    const editor = await accountId("editor@example.org");
    const created = await createResource(editor, resourceFields());
    const id = (created as { id: string }).id;
    const before = await getResourceForEdit(id);
    // A tier that does not exist fails on its foreign key after the row itself was updated.
    await expect(updateResource(editor, id, 1, resourceFields({ title: "Changed", tiers: ["platinum"] }))).rejects.toThrow();
    const after = await getResourceForEdit(id);
    expect(after).toEqual(before);
    expect((await auditRowsFor(id)).map((a) => a.action)).toEqual(["create"]);

    const total = await db.$count(auditLog);
    const resourceCount = await db.$count(resources);
    await expect(createResource(editor, resourceFields({ topics: ["no-such-topic"] }))).rejects.toThrow();
    expect(await db.$count(auditLog)).toBe(total);
    expect(await db.$count(resources)).toBe(resourceCount);
  });

  it("refuses the second of two saves from the same version, naming who saved first and when", async () => {
    const editor = await accountId("editor@example.org");
    const admin = await accountId("admin@example.org");
    const id = ((await createResource(editor, resourceFields())) as { id: string }).id;
    const first = await updateResource(admin, id, 1, resourceFields({ title: "Admin's title" }));
    expect(first.ok).toBe(true);
    const second = await updateResource(editor, id, 1, resourceFields({ title: "Editor's title" }));
    const saved = await getResourceForEdit(id);
    expect(second).toEqual({ ok: false, reason: "conflict", by: "Priya Shah", at: saved!.updatedAt });
    expect(saved).toMatchObject({ title: "Admin's title", version: 2 });
    expect((await auditRowsFor(id)).map((a) => a.action)).toEqual(["create", "update"]);
  });

  it("lets exactly one of two simultaneous saves win", async () => {
    const editor = await accountId("editor@example.org");
    const id = ((await createResource(editor, resourceFields())) as { id: string }).id;
    const results = await Promise.all([
      updateResource(editor, id, 1, resourceFields({ title: "One" })),
      updateResource(editor, id, 1, resourceFields({ title: "Two" })),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.reason === "conflict")).toHaveLength(1);
    expect((await getResourceForEdit(id))?.version).toBe(2);
  });

  it("keeps slugs unique: a clash names the item that has it and writes nothing", async () => {
    const editor = await accountId("editor@example.org");
    const clash = await createResource(editor, resourceFields({ slug: "what-is-dme" }));
    expect(clash).toEqual({ ok: false, reason: "slug-taken", takenBy: "What is...DME?" });
    const id = ((await createResource(editor, resourceFields())) as { id: string }).id;
    const renamed = await updateResource(editor, id, 1, resourceFields({ slug: "national-send-update" }));
    expect(renamed).toMatchObject({ ok: false, reason: "slug-taken", takenBy: "National SEND update" });
    expect((await getResourceForEdit(id))?.version).toBe(1);
    // Articles and resources live at different addresses, so they may share a slug.
    const article = await createArticle(editor, {
      title: "What is DME?",
      slug: "what-is-dme",
      standfirst: "",
      body: "",
      featureImage: "",
      featureImageAlt: "",
      topics: [],
      related: [],
      status: "draft",
      publishedAt: null,
    });
    expect(article.ok).toBe(true);
    const articleClash = await createArticle(editor, {
      title: "Again",
      slug: "what-is-dme",
      standfirst: "",
      body: "",
      featureImage: "",
      featureImageAlt: "",
      topics: [],
      related: [],
      status: "draft",
      publishedAt: null,
    });
    expect(articleClash).toEqual({ ok: false, reason: "slug-taken", takenBy: "What is DME?" });
  });

  it("publishes at the scheduled time without anyone acting, and unpublishes", async () => {
    const editor = await accountId("editor@example.org");
    // An hour ahead, so no busy machine reaches it while the test looks; then the clock is moved on
    // by moving the scheduled time into the past, which is what an hour passing does to the row.
    const fields = resourceFields({ status: "scheduled", publishedAt: new Date(Date.now() + 3_600_000) });
    const id = ((await createResource(editor, fields)) as { id: string }).id;
    expect(await getLiveResourceTeaser(fields.slug)).toBeNull();
    expect((await listAdminResources({ status: "scheduled", q: fields.slug }, 1)).total).toBe(1);
    await db.update(resources).set({ publishedAt: new Date(Date.now() - 1000) }).where(eq(resources.id, id));
    expect(await getLiveResourceTeaser(fields.slug)).not.toBeNull();
    expect((await listAdminResources({ status: "published", q: fields.slug }, 1)).total).toBe(1);

    expect(await unpublishResource(editor, id)).toEqual({ slug: fields.slug, changed: true });
    expect(await getLiveResourceTeaser(fields.slug)).toBeNull();
    expect((await getResourceForEdit(id))?.version).toBe(2);
    expect((await auditRowsFor(id)).map((a) => a.action)).toEqual(["create", "unpublish"]);
  });

  it("deletes a resource, its file, and its place in related lists", async () => {
    const editor = await accountId("editor@example.org");
    const fields = resourceFields();
    const id = ((await createResource(editor, fields)) as { id: string }).id;
    await attachResourceFile(editor, id, { filename: "a.pdf", contentType: "application/pdf", bytes: new TextEncoder().encode("%PDF-1.4"), sizeText: "8 bytes" });
    const article = (await getLiveArticle("nasen-response-to-naht-empty-promises-report"))!;
    const current = await getArticleForEdit(article.id);
    const saved = await updateArticle(editor, article.id, current!.version, {
      ...current!,
      related: [...current!.related, id],
      publishedAt: current!.publishedAt,
    });
    expect(saved.ok).toBe(true);
    expect((await listRelatedResources(article.id)).map((r) => r.slug)).toContain(fields.slug);
    const fileId = (await db.select({ fileId: resources.fileId }).from(resources).where(eq(resources.id, id)))[0]!.fileId!;

    expect(await deleteResource(editor, id)).toEqual({ slug: fields.slug, articleSlugs: [article.slug] });
    expect((await listRelatedResources(article.id)).map((r) => r.slug)).not.toContain(fields.slug);
    expect(await db.select().from(files).where(eq(files.id, fileId))).toEqual([]);
    const audit = await auditRowsFor(id);
    expect(audit.at(-1)).toMatchObject({ action: "delete", changes: { removedFromArticles: [article.slug] } });
  });

  it("attaches, replaces and removes a file, deleting the replaced bytes", async () => {
    const editor = await accountId("editor@example.org");
    const id = ((await createResource(editor, resourceFields())) as { id: string }).id;
    const pdf = (text: string) => ({ filename: `${text}.pdf`, contentType: "application/pdf", bytes: new TextEncoder().encode(`%PDF-${text}`), sizeText: "8 bytes" });
    await attachResourceFile(editor, id, pdf("one"));
    const firstId = (await db.select({ fileId: resources.fileId }).from(resources).where(eq(resources.id, id)))[0]!.fileId!;
    await attachResourceFile(editor, id, pdf("two"));
    expect((await getResourceForEdit(id))?.file?.filename).toBe("two.pdf");
    expect(await db.select().from(files).where(eq(files.id, firstId))).toEqual([]);
    expect(await removeResourceFile(editor, id)).toMatchObject({ removed: true });
    expect((await getResourceForEdit(id))?.file).toBeNull();
    expect((await auditRowsFor(id)).map((a) => a.action)).toEqual(["create", "attach-file", "replace-file", "remove-file"]);
    // The form's version is untouched by attachments: an open form can still save.
    expect((await getResourceForEdit(id))?.version).toBe(1);
  });

  it("saves the easy read summary with an audit entry; large-print and audio files go with the resource", async () => {
    const editor = await accountId("editor@example.org");
    const fields = resourceFields();
    const id = ((await createResource(editor, fields)) as { id: string }).id;
    const saved = await updateResource(editor, id, 1, { ...fields, easyReadSummary: "This is **easy** to read." });
    expect(saved.ok).toBe(true);
    expect((await getResourceForEdit(id))?.easyReadSummary).toBe("This is **easy** to read.");
    expect((await auditRowsFor(id)).at(-1)?.changes).toMatchObject({ easyReadSummary: { from: "", to: "This is **easy** to read." } });

    const bytes = new TextEncoder().encode("%PDF-large");
    await attachResourceAlternative(editor, id, "large-print", { filename: "big.pdf", contentType: "application/pdf", bytes, sizeText: "1 KB" });
    await attachResourceAlternative(editor, id, "large-print", { filename: "bigger.pdf", contentType: "application/pdf", bytes, sizeText: "1 KB" });
    await attachResourceAlternative(editor, id, "audio", { filename: "a.ogg", contentType: "audio/ogg", bytes: new TextEncoder().encode("OggS"), sizeText: "4 bytes" });
    const alternatives = await db.select({ fileId: resourceAlternatives.fileId }).from(resourceAlternatives).where(eq(resourceAlternatives.resourceId, id));
    expect(alternatives).toHaveLength(2);
    expect((await getResourceForEdit(id))?.largePrint?.filename).toBe("bigger.pdf");
    // The replaced large-print bytes are gone, not orphaned.
    expect(await db.$count(files, eq(files.filename, "big.pdf"))).toBe(0);

    await deleteResource(editor, id);
    expect(await db.select().from(files).where(inArray(files.id, alternatives.map((a) => a.fileId)))).toEqual([]);
    expect(await removeResourceAlternative(editor, id, "audio")).toBeNull();
  });
});

describe("dashboard tables", () => {
  it("search, filter by status and sort", async () => {
    const byTitle = await listAdminResources({ sort: "title" }, 1, 500);
    const titles = byTitle.items.map((r) => r.title.toLowerCase());
    expect([...titles].sort((a, b) => a.localeCompare(b, "en"))).toEqual(titles);
    const drafts = await listAdminNews({ status: "draft" }, 1, 100);
    expect(drafts.items.every((a) => a.status === "draft" || a.publishedAt === null)).toBe(true);
    expect((await listAdminResources({ q: "DME" }, 1)).items.map((r) => r.slug)).toContain("what-is-dme");
    expect((await listAdminResources({ q: "100%_" }, 1)).total).toBe(0);
    const rows = await db.select().from(auditLog).where(and(eq(auditLog.entityType, "resource")));
    expect(rows.length).toBeGreaterThan(0);
  });
});

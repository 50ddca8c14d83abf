import { beforeEach, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { accounts, auditLog, newsArticles, resources } from "@/db/schema";
import type { SignedInViewer } from "@/lib/auth/viewer";

/*
 * Every dashboard server action and route handler, called directly (as an attacker would, past
 * the proxy and the pages) by someone not allowed: each answers with an error and writes nothing.
 */
const viewer = vi.hoisted(() => ({ current: null as SignedInViewer | null }));
vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => viewer.current }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock("next/navigation", () => ({
  redirect: vi.fn(() => {
    throw new Error("redirected: the action went ahead");
  }),
}));
vi.mock("next/server", () => ({ after: vi.fn() }));
vi.mock("@/lib/auth/emails", () => ({ sendPasswordResetByStaff: vi.fn(), sendAccountInvitation: vi.fn() }));

const { previewMarkdownAction, searchResourcesAction } = await import("@/app/admin/actions");
const news = await import("@/app/admin/news/actions");
const res = await import("@/app/admin/resources/actions");
const members = await import("@/app/admin/members/actions");
const tiers = await import("@/app/admin/tiers/actions");
const upload = await import("@/app/api/admin/resources/[id]/file/route");
const exporter = await import("@/app/admin/members/export/route");
const memberDataExport = await import("@/app/admin/members/[id]/export/route");
const emails = await import("@/lib/auth/emails");

async function viewerFor(email: string | null): Promise<SignedInViewer | null> {
  if (!email) return null;
  const [row] = await db.select().from(accounts).where(eq(accounts.email, email));
  return { ...row!, organisation: null, sessionId: crypto.randomUUID(), secondFactor: true };
}

function form(entries: Record<string, string>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(entries)) data.append(k, v);
  return data;
}

const idle = { status: "idle" as const };

async function snapshot() {
  return {
    audit: await db.$count(auditLog),
    accounts: await db.select().from(accounts).orderBy(accounts.email),
    resources: await db.select().from(resources).orderBy(resources.slug),
    news: await db.select().from(newsArticles).orderBy(newsArticles.slug),
  };
}

async function anyIds() {
  const [r] = await db.select({ id: resources.id }).from(resources).where(eq(resources.slug, "what-is-dme"));
  const [a] = await db.select({ id: newsArticles.id }).from(newsArticles).limit(1);
  const [m] = await db.select({ id: accounts.id }).from(accounts).where(eq(accounts.email, "silver@example.org"));
  return { resource: r!.id, article: a!.id, member: m!.id };
}

const contentActions = async () => {
  const ids = await anyIds();
  const resourceForm = { id: ids.resource, version: "1", title: "Hacked", slug: "hacked", summary: "x", body: "x", type: "Guide", visibility: "public", status: "published", publishAt: "" };
  return [
    ["saveResourceAction (create)", () => res.saveResourceAction(idle, form({ ...resourceForm, id: "" }))],
    ["saveResourceAction (edit)", () => res.saveResourceAction(idle, form(resourceForm))],
    ["unpublishResourceAction", () => res.unpublishResourceAction(idle, form({ id: ids.resource }))],
    ["deleteResourceAction", () => res.deleteResourceAction(idle, form({ id: ids.resource }))],
    ["removeResourceFileAction", () => res.removeResourceFileAction(idle, form({ id: ids.resource }))],
    ["saveArticleAction", () => news.saveArticleAction(idle, form({ ...resourceForm, id: ids.article, standfirst: "" }))],
    ["unpublishArticleAction", () => news.unpublishArticleAction(idle, form({ id: ids.article }))],
    ["deleteArticleAction", () => news.deleteArticleAction(idle, form({ id: ids.article }))],
  ] as const;
};

const adminActions = async () => {
  const ids = await anyIds();
  const csv = "email,name,tier,expiry\nintruder@example.org,Intruder,gold,\n";
  return [
    ["updateMemberAction", () => members.updateMemberAction(idle, form({ id: ids.member, tierSlug: "gold", expiry: "", role: "admin" }))],
    ["sendMemberPasswordResetAction", () => members.sendMemberPasswordResetAction(idle, form({ id: ids.member }))],
    ["previewImportAction", () => members.previewImportAction(idle, form({ csv }))],
    ["applyImportAction", () => members.applyImportAction(idle, form({ csv }))],
    ["updateTierAction", () => tiers.updateTierAction(idle, form({ slug: "gold", name: "Hacked", description: "", benefits: "", price: "1", vatTreatment: "exempt", position: "0" }))],
    ["updateGracePeriodAction", () => tiers.updateGracePeriodAction(idle, form({ graceDays: "0" }))],
    ["grantComplimentaryAction", () => members.grantComplimentaryAction(idle, form({ id: ids.member, tierSlug: "gold", until: "31/12/2099" }))],
    ["startErasureAction", () => members.startErasureAction(idle, form({ id: ids.member, note: "Letter", when: "now", confirm: "on" }))],
    ["cancelMemberErasureAction", () => members.cancelMemberErasureAction(idle, form({ id: ids.member }))],
  ] as const;
};

describe("dashboard actions called directly", () => {
  beforeEach(() => {
    viewer.current = null;
  });

  for (const [who, email, content, admin] of [
    ["signed out", null, /Sign in again/, /Sign in again/],
    ["a member", "gold@example.org", /Only staff can do this/, /Only administrators can do this/],
  ] as const) {
    it(`refuse ${who}: every content and admin action returns an error and writes nothing`, async () => {
      viewer.current = await viewerFor(email);
      const before = await snapshot();
      for (const [name, call] of await contentActions()) {
        const state = await call();
        expect([name, state.status, state.message]).toEqual([name, "error", expect.stringMatching(content)]);
      }
      for (const [name, call] of await adminActions()) {
        const state = await call();
        expect([name, state.status, state.message]).toEqual([name, "error", expect.stringMatching(admin)]);
      }
      expect(await previewMarkdownAction("# x")).toEqual({ error: expect.stringMatching(content) });
      expect(await searchResourcesAction("DME", [])).toEqual([]);
      expect(await snapshot()).toEqual(before);
      expect(emails.sendPasswordResetByStaff).not.toHaveBeenCalled();
    });
  }

  it("let an admin through the same calls (the refusals above are the guard, not the harness)", async () => {
    viewer.current = await viewerFor("admin@example.org");
    const preview = await members.previewImportAction(idle, form({ csv: "email,name,tier,expiry\nnew@example.org,New,gold,\n" }));
    expect(preview).toMatchObject({ status: "success", preview: { creates: [{ email: "new@example.org" }] } });
    expect((await searchResourcesAction("DME", [])).map((r) => r.slug)).toContain("what-is-dme");
    // A member's personal data, for a request by post: downloaded as a file, and audited with who.
    const { member } = await anyIds();
    const personal = await memberDataExport.GET(new Request("http://localhost/") as never, { params: Promise.resolve({ id: member }) });
    expect(personal.status).toBe(200);
    expect(personal.headers.get("content-disposition")).toMatch(/^attachment; filename="member-data-/);
    expect(JSON.parse(await personal.text()).sections.accounts.rows[0].email).toBe("silver@example.org");
    const [entry] = await db.select().from(auditLog).where(eq(auditLog.action, "export-data"));
    expect(entry).toMatchObject({ actorId: viewer.current!.id, entityId: member });
  });

  it("refuse an editor every members, import and tier action, writing nothing", async () => {
    viewer.current = await viewerFor("editor@example.org");
    const before = await snapshot();
    for (const [name, call] of await adminActions()) {
      expect(await call(), name).toEqual({ status: "error", message: "Only administrators can do this." });
    }
    expect(await snapshot()).toEqual(before);
    // Content is an editor's job: the preview answers.
    expect(await previewMarkdownAction("**bold**")).toEqual({ html: "<p><strong>bold</strong></p>", missingAlt: null, externalImages: null });
  });

  it("refuse uploads and exports to non-staff at the route handlers", async () => {
    const { resource } = await anyIds();
    for (const email of [null, "gold@example.org"]) {
      viewer.current = await viewerFor(email);
      const request = new Request(`http://localhost/api/admin/resources/${resource}/file`, {
        method: "PUT",
        headers: { origin: "http://localhost", host: "localhost", "x-file-name": "a.pdf" },
        body: "%PDF-1.4",
      });
      const response = await upload.PUT(request as never, { params: Promise.resolve({ id: resource }) });
      expect(response.status).toBe(403);
    }
    for (const email of [null, "gold@example.org", "editor@example.org"]) {
      viewer.current = await viewerFor(email);
      const response = await exporter.GET({ nextUrl: new URL("http://localhost/admin/members/export") } as never);
      expect(response.status).toBe(403);
      expect(await response.text()).not.toContain("@example.org");
      const { member } = await anyIds();
      const before = await db.$count(auditLog);
      const personal = await memberDataExport.GET(new Request("http://localhost/") as never, { params: Promise.resolve({ id: member }) });
      expect(personal.status).toBe(403);
      expect(await personal.text()).not.toContain("@example.org");
      expect(await db.$count(auditLog)).toBe(before);
    }
  });

  it("refuse an admin without a second factor every action and route handler, sending them to set one up", async () => {
    // A stolen admin password alone opens nothing: the factor is checked wherever staff are.
    const admin = await viewerFor("admin@example.org");
    viewer.current = { ...admin!, secondFactor: false };
    const before = await snapshot();
    for (const [name, call] of [...(await contentActions()), ...(await adminActions())]) {
      const state = await call();
      expect([name, state.status, state.message]).toEqual([name, "error", expect.stringMatching(/second factor.*\/account\/security/)]);
    }
    expect(await previewMarkdownAction("# x")).toEqual({ error: expect.stringMatching(/second factor/) });
    const response = await exporter.GET({ nextUrl: new URL("http://localhost/admin/members/export") } as never);
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain("@example.org");
    const { resource } = await anyIds();
    const put = new Request(`http://localhost/api/admin/resources/${resource}/file`, {
      method: "PUT",
      headers: { origin: "http://localhost", host: "localhost", "x-file-name": "a.pdf" },
      body: "%PDF-1.4",
    });
    expect((await upload.PUT(put as never, { params: Promise.resolve({ id: resource }) })).status).toBe(403);
    expect(await snapshot()).toEqual(before);
  });
});

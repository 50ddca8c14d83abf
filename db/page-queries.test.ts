import { beforeAll, describe, expect, it, vi } from "vitest";
import { createElement, type ComponentType, type ReactNode } from "react";
import { prerenderToNodeStream } from "react-dom/static";
import { eq, sql } from "drizzle-orm";
import type { Session } from "next-auth";
import { db, observeQueries } from "@/db";
import {
  accountSessions,
  accounts,
  articleResources,
  auditLog,
  files,
  newsArticles,
  newsTopics,
  resourceAlternatives,
  resources,
  resourceTiers,
  resourceTopics,
  passkeys,
  revokedSessions,
  topics,
  totpFactors,
} from "@/db/schema";
import { seedTopics } from "@/db/seed-data/content";
import { toListSegment } from "@/lib/serving/list-query";
import { matchRoute } from "@/lib/serving/match";

/*
 * How many database queries each page costs, counted while the page really renders: the route's
 * page (inside its layout, with its generateMetadata) is rendered to HTML by React's server
 * renderer, which runs every async server component in it, and each statement sent through
 * Drizzle is counted (observeQueries, db/index.ts). Each page is rendered once on a small data set
 * and again after many more of the rows it shows have been added: the count must not change (no
 * query per row, no N+1) and must stay within the page's budget below. Raise a budget only for a
 * query the page really needs; a count that grows with the rows shown is a bug.
 *
 * Stand-ins for Next (mocked below): the session Auth.js would decode from the cookie, the
 * request's path, and React's per-request `cache`. Not counted: proxy.ts, which on /account and
 * /admin/** reads the session once more (the same one-row query, see "the signed-in viewer")
 * before the page renders, and the outage watch's `select 1`, at most one per process every 2 s
 * (lib/server/availability.ts). Cached pages send their queries only when they are re-rendered.
 */

// A request's session, as Auth.js would decode it from the cookie.
const session = vi.hoisted(() => ({ current: null as Session | null }));
vi.mock("@/lib/auth/config", () => ({
  auth: async () => session.current,
  signIn: vi.fn(),
  signOut: vi.fn(),
  handlers: {},
  clientAddress: () => null,
}));
vi.mock("@/lib/auth/session", () => ({ readSession: async () => session.current }));

// The path of the request being rendered, for client components that highlight where you are.
const route = vi.hoisted(() => ({ pathname: "/" }));
vi.mock("next/navigation", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/navigation")>()),
  usePathname: () => route.pathname,
}));

// React's `cache` shares a result within one server request (Next gives each request its own); in
// a plain renderer it caches nothing. This stands in for Next's per-request scope.
const request = vi.hoisted(() => ({ memo: null as Map<unknown, Map<string, unknown>> | null }));
vi.mock("react", async (importOriginal) => {
  const react = await importOriginal<typeof import("react")>();
  const cache = <A extends unknown[], R>(fn: (...args: A) => R) =>
    (...args: A): R => {
      if (!request.memo) return fn(...args);
      let results = request.memo.get(fn);
      if (!results) request.memo.set(fn, (results = new Map()));
      const key = JSON.stringify(args);
      if (!results.has(key)) results.set(key, fn(...args));
      return results.get(key) as R;
    };
  return { ...react, default: { ...react, cache }, cache };
});

// Outside Next there is no data cache: cached functions run each time, so their queries are
// counted as on a miss, the dearer case.
vi.mock("next/cache", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/cache")>()),
  unstable_cache: <F,>(fn: F) => fn,
}));

const { viewerFromSession } = await import("@/lib/auth/viewer");
const Home = (await import("@/app/(public)/page")).default;
const CachedNews = await import("@/app/internal/lists/news/[query]/page");
const Article = await import("@/app/(public)/news/[slug]/page");
const CachedResources = await import("@/app/internal/lists/resources/[query]/page");
const PublicResource = await import("@/app/(public)/resources/[slug]/page");
const MemberResource = await import("@/app/internal/gated/[kind]/[slug]/viewer/page");
const OpenResource = await import("@/app/internal/gated/[kind]/[slug]/open/[grant]/page");
const { grantOpen } = await import("@/lib/serving/open-grant");
const TopicsIndex = (await import("@/app/(public)/topics/page")).default;
const CachedTopic = await import("@/app/internal/lists/topics/[slug]/[query]/page");
const Search = await import("@/app/internal/search/[scope]/[query]/page");
const { scopeSegment } = await import("@/lib/serving/scope-grant");
const { openScope } = await import("@/lib/access");
const Account = (await import("@/app/(account)/account/page")).default;
const AdminLayout = (await import("@/app/admin/layout")).default;
const AdminHome = (await import("@/app/admin/page")).default;
const AdminNews = (await import("@/app/admin/news/page")).default;
const AdminArticle = (await import("@/app/admin/news/[id]/page")).default;
const AdminResources = (await import("@/app/admin/resources/page")).default;
const AdminMembers = (await import("@/app/admin/members/page")).default;
const AdminAudit = (await import("@/app/admin/audit/page")).default;

// ---------------------------------------------------------------------------------------------
// The data: the demo accounts, tiers and topics, and content of the test's own (the demo content
// is removed first, so that "small" really is small).

const TOPIC = "qc-quokka"; // every test article and resource
const FOCUS_TOPIC = "qc-focus"; // the focus resource and, per step, one other resource
const FOCUS_ARTICLE = "qc-focus-news";
const FOCUS_RESOURCE = "qc-focus-resource";
const GOLD_BODY = "The gold-only body about quokkas.";
const minute = 60_000;
const seededTopicSlugs = seedTopics.map((t) => t.slug);
let step = 0;

const ids = { focusArticle: "", focusResource: "", topic: "", focusTopic: "" };
/** The focus resource as the proxy grants it to a gold member (its gate: gold only). */
const focusGate = () => ({ id: ids.focusResource, slug: FOCUS_RESOURCE, visibility: "tiers" as const, tiers: ["gold"] });
const focusGrant = (now?: number) => grantOpen("resource", focusGate(), { allowed: true }, now)!;

async function topicId(slug: string): Promise<string> {
  const [row] = await db.select({ id: topics.id }).from(topics).where(eq(topics.slug, slug));
  return row!.id;
}

async function addFile(name: string) {
  const [row] = await db
    .insert(files)
    .values({ filename: name, contentType: "application/pdf", size: 1234, sha256: "0".repeat(64) })
    .returning({ id: files.id });
  return row!.id;
}

async function setUp() {
  await db.delete(newsArticles);
  await db.delete(resources);
  await db.delete(files);
  await db.delete(auditLog);
  const inserted = await db
    .insert(topics)
    .values([
      { slug: TOPIC, name: "Quokkas", description: "Everything the query-count test publishes." },
      { slug: FOCUS_TOPIC, name: "Focus", description: "The focus resource's topic." },
    ])
    .returning({ id: topics.id, slug: topics.slug });
  ids.topic = inserted.find((t) => t.slug === TOPIC)!.id;
  ids.focusTopic = inserted.find((t) => t.slug === FOCUS_TOPIC)!.id;
  const now = Date.now();
  const [article] = await db
    .insert(newsArticles)
    .values({ slug: FOCUS_ARTICLE, title: "Quokka focus article", body: "About quokkas.", status: "published", publishedAt: new Date(now - minute) })
    .returning({ id: newsArticles.id });
  ids.focusArticle = article!.id;
  await db.insert(newsTopics).values({ articleId: ids.focusArticle, topicId: ids.topic });
  const [resource] = await db
    .insert(resources)
    .values({
      slug: FOCUS_RESOURCE,
      title: "Quokka focus resource",
      type: "Guide",
      summary: "A gold resource about quokkas.",
      body: GOLD_BODY,
      visibility: "tiers",
      fileId: await addFile("focus.pdf"),
      status: "published",
      publishedAt: new Date(now - minute),
    })
    .returning({ id: resources.id });
  ids.focusResource = resource!.id;
  await db.insert(resourceTiers).values({ resourceId: ids.focusResource, tierSlug: "gold" });
  await db.insert(resourceTopics).values([
    { resourceId: ids.focusResource, topicId: ids.topic },
    { resourceId: ids.focusResource, topicId: ids.focusTopic },
  ]);
}

const visibilities = [
  { visibility: "public" as const, tiers: [] },
  { visibility: "members" as const, tiers: [] },
  { visibility: "tiers" as const, tiers: ["silver", "gold"] },
  { visibility: "tiers" as const, tiers: ["gold"] },
];

/**
 * Adds `k` steps' worth of what the pages list. Each step: an article, four resources (one of
 * each kind of access; the public one featured, and on the focus topic), related to the focus
 * article; three members; two audit entries by one of them; a topic.
 */
async function grow(k: number) {
  const now = Date.now();
  for (let i = 0; i < k; i++) {
    const n = ++step;
    const at = new Date(now - (n + 1) * minute);
    const extraTopic = await topicId(seededTopicSlugs[n % seededTopicSlugs.length]!);
    const [article] = await db
      .insert(newsArticles)
      .values({ slug: `qc-news-${n}`, title: `Quokka article ${n}`, standfirst: "Quokkas.", body: "Quokkas.", status: "published", publishedAt: at })
      .returning({ id: newsArticles.id });
    await db.insert(newsTopics).values([
      { articleId: article!.id, topicId: ids.topic },
      { articleId: article!.id, topicId: extraTopic },
    ]);
    const made = await db
      .insert(resources)
      .values(
        visibilities.map((v, j) => ({
          slug: `qc-resource-${n}-${j}`,
          title: `Quokka resource ${n}-${j}`,
          type: "Guide" as const,
          summary: "Quokkas in the classroom.",
          body: "The body, about quokkas.",
          visibility: v.visibility,
          featured: j === 0,
          status: "published" as const,
          publishedAt: at,
        })),
      )
      .returning({ id: resources.id, slug: resources.slug });
    const tierRows = made.flatMap((r, j) => visibilities[j]!.tiers.map((tierSlug) => ({ resourceId: r.id, tierSlug })));
    await db.insert(resourceTiers).values(tierRows);
    await db.insert(resourceTopics).values([
      ...made.flatMap((r) => [
        { resourceId: r.id, topicId: ids.topic },
        { resourceId: r.id, topicId: extraTopic },
      ]),
      { resourceId: made[0]!.id, topicId: ids.focusTopic },
    ]);
    await db
      .insert(articleResources)
      .values(made.map((r, j) => ({ articleId: ids.focusArticle, resourceId: r.id, position: n * 10 + j })));
    const members = await db
      .insert(accounts)
      .values([0, 1, 2].map((j) => ({ email: `qc-member-${n}-${j}@example.org`, name: `Quokka member ${n}-${j}`, passwordHash: "x", tierSlug: j === 0 ? "gold" : "free" })))
      .returning({ id: accounts.id });
    await db.insert(auditLog).values(
      [0, 1].map((j) => ({
        actorId: members[0]!.id,
        action: `qc-action-${n}`,
        entityType: "resource",
        entityId: made[j]!.id,
        summary: `QC audit entry ${n}-${j}`,
      })),
    );
    await db.insert(topics).values({ slug: `qc-topic-${n}`, name: `Quokka topic ${n}`, description: "" });
  }
}

/** The focus resource also gets more topics and its alternative formats (large print, audio). */
async function growFocus() {
  const more = await db
    .insert(topics)
    .values([1, 2, 3].map((j) => ({ slug: `qc-focus-extra-${j}`, name: `Focus extra ${j}` })))
    .returning({ id: topics.id });
  await db.insert(resourceTopics).values(more.map((t) => ({ resourceId: ids.focusResource, topicId: t.id })));
  await db.insert(resourceAlternatives).values([
    { resourceId: ids.focusResource, kind: "large-print", fileId: await addFile("focus-large-print.pdf") },
    { resourceId: ids.focusResource, kind: "audio", fileId: await addFile("focus.mp3") },
  ]);
}

// ---------------------------------------------------------------------------------------------
// Rendering a page as one request, counting its queries.

type Who = "gold" | "admin" | null;

async function sessionFor(who: Who): Promise<Session | null> {
  if (!who) return null;
  const [row] = await db
    .select({ id: accounts.id, sessionVersion: accounts.sessionVersion })
    .from(accounts)
    .where(eq(accounts.email, `${who}@example.org`));
  // The sign-in's own row (account_sessions), whole: without it the session opens nothing.
  const sid = who === "gold" ? "00000000-0000-4000-8000-00000000901d" : "00000000-0000-4000-8000-0000000ad111";
  await db
    .insert(accountSessions)
    .values({ id: sid, accountId: row!.id, sessionVersion: row!.sessionVersion, pendingSecondFactor: false })
    .onConflictDoNothing();
  return { user: { id: row!.id }, sessionVersion: row!.sessionVersion, sid, expires: "2999-01-01T00:00:00Z" };
}

interface Measured {
  queries: string[];
  html: string;
  shown: number;
}

interface PageCase {
  name: string;
  who: Who;
  /** The page as Next renders it: the route's page (inside its layout), and its metadata. */
  page: () => ReactNode;
  metadata?: () => Promise<unknown>;
  /** The rows the page shows (distinct), to prove the larger data set shows more of them. */
  shown?: (html: string) => number;
  /** Most queries the page may send. */
  budget: number;
  /** Text the page must (or must not) show, so that the intended case is the one measured. */
  shows?: string[];
  hides?: string[];
}

const el = <P extends object>(component: ComponentType<P> | ((props: P) => Promise<ReactNode>), props: P) =>
  createElement(component as ComponentType<P>, props);
const resolved = <T,>(value: T) => Promise.resolve(value);
const distinct = (pattern: RegExp) => (html: string) => new Set(Array.from(html.matchAll(pattern), (m) => m[1])).size;
const contentLinks = distinct(/href="\/((?:news|resources)\/qc-[a-z0-9-]+)"/g);
const adminLinks = (kind: string) => distinct(new RegExp(`href="/admin/${kind}/([0-9a-f-]{36})"`, "g"));
const topicLinks = distinct(/href="\/topics\/([a-z0-9-]+)"/g);
const sum =
  (...counters: Array<(html: string) => number>) =>
  (html: string) =>
    counters.reduce((n, count) => n + count(html), 0);
/** The path segment proxy.ts rewrites a list page's query string to (lib/serving/list-query.ts). */
const listSegment = (path: string, query: Record<string, string> = {}) => {
  const { keys, text } = matchRoute(path).route.list!;
  return toListSegment(new URLSearchParams(query), keys, text);
};
const goldScope = () => scopeSegment(openScope({ id: "gold", role: "member", disabled: false, tierSlug: "gold", membershipExpiresAt: null }));
const inAdmin = (page: ReactNode) => el(AdminLayout, { children: page });

const pages: PageCase[] = [
  // One more since the home page lists upcoming events (one query).
  { name: "home", who: null, page: () => el(Home, {}), shown: contentLinks, budget: 7 },
  {
    name: "/news",
    who: null,
    page: () => el(CachedNews.default, { params: resolved({ query: listSegment("/news") }) }),
    shown: contentLinks,
    budget: 4,
  },
  {
    name: "/news/[slug] with related resources",
    who: null,
    page: () => el(Article.default, { params: resolved({ slug: FOCUS_ARTICLE }) }),
    metadata: () => Article.generateMetadata({ params: resolved({ slug: FOCUS_ARTICLE }) }),
    shown: contentLinks,
    // The article, its related resources, the tiers, its two neighbours (one query), the schedule check.
    budget: 6,
  },
  {
    name: "/resources",
    who: null,
    page: () => el(CachedResources.default, { params: resolved({ query: listSegment("/resources") }) }),
    shown: contentLinks,
    budget: 6,
  },
  {
    name: "/resources filtered by topic, type and access",
    who: null,
    page: () =>
      el(CachedResources.default, {
        params: resolved({ query: listSegment("/resources", { topic: TOPIC, type: "Guide", access: "gold" }) }),
      }),
    shown: contentLinks,
    budget: 6,
  },
  {
    name: "/resources/[slug] signed out (cached page)",
    who: null,
    page: () => el(PublicResource.default, { params: resolved({ kind: "resource", slug: FOCUS_RESOURCE }) }),
    metadata: () => PublicResource.generateMetadata({ params: resolved({ kind: "resource", slug: FOCUS_RESOURCE }) }),
    shown: sum(contentLinks, topicLinks),
    budget: 5,
    hides: [GOLD_BODY],
  },
  {
    name: "/resources/[slug] as a gold member (body, downloads)",
    who: "gold",
    page: () => el(MemberResource.default, { params: resolved({ kind: "resource", slug: FOCUS_RESOURCE }) }),
    metadata: () => MemberResource.generateMetadata({ params: resolved({ kind: "resource", slug: FOCUS_RESOURCE }) }),
    shown: sum(contentLinks, topicLinks, distinct(/href="(\/resources\/[a-z0-9-]+\/download[^"]*)"/g)),
    budget: 5,
    shows: [GOLD_BODY],
  },
  {
    // What proxy.ts serves a member lib/access allows: cached, the same for all of them.
    name: "/resources/[slug] as a member allowed to open it (the cached open page)",
    who: null,
    page: () => el(OpenResource.default, { params: resolved({ kind: "resource", slug: FOCUS_RESOURCE, grant: focusGrant() }) }),
    metadata: () => OpenResource.generateMetadata({ params: resolved({ kind: "resource", slug: FOCUS_RESOURCE, grant: focusGrant() }) }),
    shown: sum(contentLinks, topicLinks, distinct(/href="(\/resources\/[a-z0-9-]+\/download[^"]*)"/g)),
    budget: 6,
    shows: [GOLD_BODY],
  },
  { name: "/topics", who: null, page: () => el(TopicsIndex, {}), shown: topicLinks, budget: 5 },
  {
    name: "/topics/[slug]",
    who: null,
    page: () => el(CachedTopic.default, { params: resolved({ slug: TOPIC, query: listSegment(`/topics/${TOPIC}`) }) }),
    metadata: () => CachedTopic.generateMetadata({ params: resolved({ slug: TOPIC, query: listSegment(`/topics/${TOPIC}`) }) }),
    shown: contentLinks,
    budget: 9,
  },
  {
    name: "/search signed out",
    who: null,
    page: () => el(Search.default, { params: resolved({ scope: "public", query: listSegment("/search", { q: "quokka" }) }) }),
    metadata: () => Search.generateMetadata({ params: resolved({ scope: "public", query: listSegment("/search", { q: "quokka" }) }) }),
    shown: sum(contentLinks, topicLinks),
    // Two of them set the planner's settings for the two counts (countOf, in the search query); one
    // reads the vocabulary, one the next publication time. Served from the page cache after this.
    budget: 14,
  },
  {
    name: "/search as a gold member",
    who: null,
    // The proxy names the gold audience's scope in the path; the page reads no session.
    page: () => el(Search.default, { params: resolved({ scope: goldScope(), query: listSegment("/search", { q: "quokka" }) }) }),
    metadata: () => Search.generateMetadata({ params: resolved({ scope: goldScope(), query: listSegment("/search", { q: "quokka" }) }) }),
    shown: sum(contentLinks, topicLinks),
    budget: 14,
  },
  {
    name: "/account",
    who: "gold",
    page: () => el(Account, { searchParams: resolved({}) }),
    // The third query is the member's subscription (renewal date, grace period); the last two, the
    // newsletter choice (consent) and the topics with the member's choices.
    budget: 6,
    shows: ["Signed in as gold@example.org"],
  },
  {
    name: "/admin",
    who: "admin",
    page: () => inAdmin(el(AdminHome, {})),
    shows: ["Signed in as Priya Shah (admin)"],
    shown: distinct(/(QC audit entry \d+-\d+)/g),
    // One of them is the payment figures (subscriptions by tier).
    budget: 12,
  },
  {
    name: "/admin/news",
    who: "admin",
    page: () => inAdmin(el(AdminNews, { searchParams: resolved({}) })),
    shown: adminLinks("news"),
    budget: 3,
  },
  {
    name: "/admin/news/[id] with related resources",
    who: "admin",
    page: () => inAdmin(el(AdminArticle, { params: resolved({ id: ids.focusArticle }), searchParams: resolved({}) })),
    shown: distinct(/(Quokka resource \d+-\d+)/g),
    budget: 6,
  },
  {
    name: "/admin/resources",
    who: "admin",
    page: () => inAdmin(el(AdminResources, { searchParams: resolved({}) })),
    shown: adminLinks("resources"),
    budget: 4,
  },
  {
    name: "/admin/members",
    who: "admin",
    page: () => inAdmin(el(AdminMembers, { searchParams: resolved({}) })),
    shown: adminLinks("members"),
    budget: 4,
  },
  {
    name: "/admin/audit",
    who: "admin",
    page: () => inAdmin(el(AdminAudit, { searchParams: resolved({}) })),
    shown: sum(distinct(/(QC audit entry \d+-\d+)/g), distinct(/<option value="([0-9a-f-]{36})"/g)),
    budget: 5,
  },
];

async function renderToHtml(node: ReactNode): Promise<string> {
  const errors: unknown[] = [];
  const { prelude } = await prerenderToNodeStream(node, { onError: (error) => void errors.push(error) });
  let html = "";
  for await (const chunk of prelude) html += String(chunk);
  if (errors.length > 0) throw errors[0];
  return html;
}

/** Renders one page as one request (its own React cache), counting the queries it sends. */
async function measure(page: PageCase): Promise<Measured> {
  session.current = await sessionFor(page.who);
  route.pathname = page.name.startsWith("/") ? page.name.split(" ")[0]! : "/";
  const queries: string[] = [];
  request.memo = new Map();
  const stop = observeQueries((query) => void queries.push(query));
  try {
    const [html] = await Promise.all([renderToHtml(page.page()), page.metadata?.()]);
    return { queries, html, shown: page.shown?.(html) ?? 0 };
  } finally {
    stop();
    request.memo = null;
    session.current = null;
  }
}

const isSessionQuery = (query: string) => query.includes('from "accounts"') && query.includes('"revoked_sessions"');
const listing = (queries: string[]) => queries.map((q, i) => `  ${i + 1}. ${q.slice(0, 160)}`).join("\n");

describe("queries per page", () => {
  const small = new Map<string, Measured>();
  const large = new Map<string, Measured>();

  beforeAll(async () => {
    await setUp();
    await grow(1);
    for (const page of pages) small.set(page.name, await measure(page));
    await grow(15);
    await growFocus();
    for (const page of pages) large.set(page.name, await measure(page));
  });

  it.each(pages.map((page) => [page.name, page] as const))("%s: as many queries for many rows as for a few", (_name, page) => {
    const before = small.get(page.name)!;
    const after = large.get(page.name)!;
    const report = `${page.name}\nsmall (${before.shown} rows shown):\n${listing(before.queries)}\nlarge (${after.shown} rows shown):\n${listing(after.queries)}`;
    if (page.shown) {
      expect(after.shown, `the larger data set must show more rows\n${report}`).toBeGreaterThan(before.shown);
    }
    for (const text of page.shows ?? []) expect(after.html).toContain(text);
    for (const text of page.hides ?? []) expect(after.html).not.toContain(text);
    expect(after.queries.length, `queries grew with the rows shown (N+1)\n${report}`).toBe(before.queries.length);
    expect(after.queries.length, `over the page's budget of ${page.budget}\n${report}`).toBeLessThanOrEqual(page.budget);
    // A signed-in page reads the session once, however many components ask for the viewer.
    expect(after.queries.filter(isSessionQuery).length, report).toBe(page.who ? 1 : 0);
  });
});

describe("the cached open page of a resource", () => {
  it("serves nothing, and never reads the body, under a grant that does not verify", async () => {
    const forgeries = [
      "A".repeat(32),
      "not a grant",
      grantOpen("resource", { ...focusGate(), slug: "another-resource" }, { allowed: true })!,
      grantOpen("resource", { ...focusGate(), tiers: ["silver", "gold"] }, { allowed: true })!,
      focusGrant(Date.now() - 30 * 60_000),
    ];
    for (const grant of forgeries) {
      const queries: string[] = [];
      const stop = observeQueries((query) => void queries.push(query));
      const rendered = renderToHtml(el(OpenResource.default, { params: resolved({ kind: "resource", slug: FOCUS_RESOURCE, grant }) })).finally(stop);
      await expect(rendered, grant).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404/);
      // At most the resource itself, to check the grant against its gate; never its body.
      expect(queries.length, grant).toBeLessThanOrEqual(1);
      expect(queries.filter((query) => query.startsWith('select "body"'))).toEqual([]);
    }
  });
});

describe("the signed-in viewer", () => {
  it("is one query, on the account's primary key", async () => {
    const gold = await sessionFor("gold");
    const queries: Array<{ query: string; params: unknown[] }> = [];
    const stop = observeQueries((query, params) => void queries.push({ query, params }));
    const viewer = await viewerFromSession(gold).finally(stop);
    expect(viewer?.email).toBe("gold@example.org");
    expect(queries).toHaveLength(1);
    expect(isSessionQuery(queries[0]!.query)).toBe(true);
    expect(queries[0]!.query).toMatch(/where "accounts"\."id" = \$\d+/);
  });

  it("is planned as primary-key lookups on a realistic number of accounts and revoked sessions", async () => {
    const gold = await sessionFor("gold");
    await db.execute(sql`
      insert into ${accounts} (email, name, password_hash)
      select 'qc-plan-' || n || '@example.org', 'Plan ' || n, 'x' from generate_series(1, 5000) as n`);
    await db.execute(sql`
      insert into ${revokedSessions} (session_id, expires_at)
      select 'qc-plan-' || n, now() + interval '1 day' from generate_series(1, 5000) as n`);
    // Every account signed in once, and one in ten with a second factor (an app or a passkey).
    await db.execute(sql`
      insert into ${accountSessions} (id, account_id)
      select gen_random_uuid(), id from ${accounts} where email like 'qc-plan-%'`);
    await db.execute(sql`
      insert into ${totpFactors} (account_id, secret_sealed, confirmed_at)
      select id, 'x', now() from ${accounts} where email like 'qc-plan-1%'`);
    await db.execute(sql`
      insert into ${passkeys} (id, account_id, public_key, name)
      select 'qc-plan-' || id, id, '\\x00'::bytea, 'key' from ${accounts} where email like 'qc-plan-2%'`);
    for (const table of ["accounts", "revoked_sessions", "account_sessions", "totp_factors", "passkeys"]) await db.execute(sql.raw(`analyze ${table}`));

    let captured: { query: string; params: unknown[] } | undefined;
    const stop = observeQueries((query, params) => void (captured = { query, params }));
    await viewerFromSession(gold).finally(stop);
    // The statement exactly as sent, with its parameters written in as literals for EXPLAIN.
    const literal = (value: unknown) => `'${String(value).replaceAll("'", "''")}'`;
    const statement = captured!.query.replace(/\$(\d+)/g, (_, i: string) => literal(captured!.params[Number(i) - 1]));
    const result = await db.execute(sql.raw(`explain (format json) ${statement}`));
    const rows = (Array.isArray(result) ? result : (result as unknown as { rows: unknown[] }).rows) as Array<Record<string, unknown>>;
    const raw = Object.values(rows[0]!)[0];
    const plan = (typeof raw === "string" ? JSON.parse(raw) : raw) as Array<{ Plan: PlanNode }>;

    const nodes: PlanNode[] = [];
    const walk = (node: PlanNode) => (nodes.push(node), node.Plans?.forEach(walk));
    walk(plan[0]!.Plan);
    const scans = nodes.filter((n) => n["Relation Name"]).map((n) => `${n["Node Type"]} on ${n["Relation Name"]} ${n["Index Name"] ?? ""}`);
    expect(scans, JSON.stringify(plan, null, 1)).toContainEqual(expect.stringMatching(/^Index (Only )?Scan on accounts accounts_pkey/));
    expect(scans).toContainEqual(expect.stringMatching(/^Index (Only )?Scan on revoked_sessions revoked_sessions_pkey/));
    expect(scans).toContainEqual(expect.stringMatching(/^Index (Only )?Scan on account_sessions /));
    expect(scans.filter((s) => s.startsWith("Seq Scan"))).toEqual(
      scans.filter((s) => s.startsWith("Seq Scan on organisations")),
    );
  });
});

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  Plans?: PlanNode[];
}

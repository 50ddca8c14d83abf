/**
 * What bench/scale.ts measures: each list page as a URL and the data-layer call behind it, first
 * and last page. Import only after DATABASE_URL names the database (the query modules open it).
 */
import { listMembers, type MemberFilters } from "@/db/queries/admin-members";
import { listAdminNews } from "@/db/queries/admin-news";
import { listAdminResources } from "@/db/queries/admin-resources";
import { listLiveNews } from "@/db/queries/news";
import { listLiveResources, type ResourceFilters } from "@/db/queries/resources";
import { listContentYears, type SearchFilters, type SearchSort } from "@/db/queries/search";
import { listTiers, listTopics } from "@/db/queries/taxonomy";
import { getTopic, listTopicContent } from "@/db/queries/topics";
import type { ContentListFilters } from "@/db/queries/admin-content-list";
import { openScope, type OpenScope } from "@/lib/access";
import { runSearch } from "@/lib/search/run";

export type Audience = "public" | "admin";

export interface Case {
  /** The page, as a row of the results table. */
  page: string;
  audience: Audience;
  /** In the issue's list (under 50 ms p50); the others are measured too. */
  target: boolean;
  /** The URL of page `n` (1-based) of this list. */
  url: (n: number) => string;
  /** The data-layer calls behind page `n`; returns the page count. */
  query: (n: number) => Promise<number>;
}

const qs = (params: Record<string, string | number | undefined>) => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== 1) search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : "";
};

const anonymous: OpenScope = openScope(null);

function resourcesCase(label: string, filters: ResourceFilters): Case {
  return {
    page: `/resources${label}`,
    audience: "public",
    target: true,
    url: (n) => `/resources${qs({ ...filters, page: n })}`,
    // As the page does: the tiers and topics (for its filter form), then the list.
    query: async (n) => {
      await Promise.all([listTiers(), listTopics()]);
      return (await listLiveResources(filters, n)).pageCount;
    },
  };
}

function searchCase(q: string, filters: SearchFilters = {}, sort: SearchSort = "relevance", scope = anonymous): Case {
  const label = [`q=${q}`, ...Object.entries(filters).map(([k, v]) => `${k}=${v}`), ...(sort === "date" ? ["sort=date"] : [])].join("&");
  return {
    page: `/search?${label}`,
    audience: "public",
    target: true,
    url: (n) => `/search${qs({ q, ...filters, sort: sort === "date" ? sort : undefined, page: n })}`,
    query: async (n) => {
      await Promise.all([listTiers(), listTopics(), listContentYears()]);
      // As the page runs it (uncached): the vocabulary, the search, and "Did you mean" when it finds little.
      return (await runSearch({ text: q, filters, sort, page: n, scope })).pageCount;
    },
  };
}

function membersCase(label: string, filters: MemberFilters): Case {
  return {
    page: `/admin/members${label}`,
    audience: "admin",
    target: true,
    url: (n) => `/admin/members${qs({ ...filters, page: n })}`,
    query: async (n) => {
      await listTiers();
      return (await listMembers(filters, n)).pageCount;
    },
  };
}

function adminContentCase(kind: "news" | "resources", label: string, filters: ContentListFilters): Case {
  const list = kind === "news" ? listAdminNews : listAdminResources;
  return {
    page: `/admin/${kind}${label}`,
    audience: "admin",
    target: false,
    url: (n) => `/admin/${kind}${qs({ ...filters, page: n })}`,
    query: async (n) => (await list(filters, n)).pageCount,
  };
}

function topicCase(slug: string, kind?: "news" | "resource"): Case {
  return {
    page: `/topics/${slug}${kind ? `?kind=${kind}` : ""}`,
    audience: "public",
    target: false,
    url: (n) => `/topics/${slug}${qs({ kind, page: n })}`,
    query: async (n) => {
      const topic = await getTopic(slug);
      if (!topic) throw new Error(`no topic ${slug}`);
      return (await listTopicContent(topic.id, { kind, page: n })).pageCount;
    },
  };
}

export const cases: Case[] = [
  {
    page: "/news",
    audience: "public",
    target: true,
    url: (n) => `/news${qs({ page: n })}`,
    query: async (n) => (await listLiveNews(n)).pageCount,
  },
  resourcesCase("", {}),
  resourcesCase("?type=Guide", { type: "Guide" }),
  resourcesCase("?topic=autism", { topic: "autism" }),
  resourcesCase("?access=public", { access: "public" }),
  resourcesCase("?access=members", { access: "members" }),
  resourcesCase("?access=gold", { access: "gold" }),
  resourcesCase("?access=silver", { access: "silver" }),
  resourcesCase("?type=Podcast&topic=funding", { type: "Podcast", topic: "funding" }),
  resourcesCase("?type=Template&topic=senco&access=gold", { type: "Template", topic: "senco", access: "gold" }),
  topicCase("autism"),
  topicCase("funding", "resource"),
  searchCase("dyscalculia"),
  searchCase("working memory"),
  searchCase('"working memory"'),
  searchCase("EHCP"),
  searchCase("ehcp anual reveiw"),
  searchCase("transition"),
  searchCase("support"),
  searchCase("EHC plan", { kind: "resource" }),
  searchCase("autism", {}, "date"),
  searchCase("dyspraxia", { year: 2019 }),
  searchCase("reading", {}, "relevance", { everything: false, visibilities: ["public", "members"], tiers: ["gold"] }),
  membersCase("", {}),
  membersCase("?q=smith", { q: "smith" }),
  membersCase("?q=member01234", { q: "member01234" }),
  membersCase("?q=member012345@example.org", { q: "member012345@example.org" }),
  membersCase("?q=sophie", { q: "sophie" }),
  membersCase("?tier=gold&expired=yes", { tier: "gold", expired: "yes" }),
  adminContentCase("news", "", {}),
  adminContentCase("news", "?q=autism", { q: "autism" }),
  adminContentCase("resources", "?sort=title", { sort: "title" }),
  adminContentCase("resources", "?status=published&sort=published", { status: "published", sort: "published" }),
];

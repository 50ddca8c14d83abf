/** How the dashboard names each content kind and where its pages live, so the shared pages read the same. */
export interface ContentKind {
  /** One item, in running text: "the article", "Delete article". */
  noun: string;
  plural: string;
  /** The kind's dashboard list; an item's edit page is below it. */
  adminPath: string;
  /** Where a published item is on the public site, before its slug. */
  sitePath: string;
  listTitle: string;
  listLead: string;
  paginationLabel: string;
}

export const articleKind: ContentKind = {
  noun: "article",
  plural: "articles",
  adminPath: "/admin/news",
  sitePath: "/news/",
  listTitle: "News",
  listLead: "Articles: drafts, scheduled and published.",
  paginationLabel: "News table pages",
};

export const resourceKind: ContentKind = {
  noun: "resource",
  plural: "resources",
  adminPath: "/admin/resources",
  sitePath: "/resources/",
  listTitle: "Resources",
  listLead: "The resource library: drafts, scheduled and published resources.",
  paginationLabel: "Resource table pages",
};

import type { ContentStatus, ResourceType } from "../schema";

/** ISO date (YYYY-MM-DD) or date-time; relative dates are written as offsets from today with `daysFromNow`. */
export type SeedDate = string | { daysFromNow: number };

export interface SeedTopic {
  slug: string;
  name: string;
  description: string;
}

export interface SeedArticle {
  slug: string;
  title: string;
  standfirst: string;
  /** Markdown. */
  body: string;
  publishedAt: SeedDate;
  status?: ContentStatus; // default "published"
  topics: string[]; // topic slugs
  /** Resource slugs, in the order shown under "Related resources". */
  related?: string[];
}

export type SeedVisibility = "public" | "members" | { tiers: Array<"silver" | "gold"> };

export interface SeedResource {
  slug: string;
  title: string;
  type: ResourceType;
  /** Public teaser, shown to everyone. One or two sentences. */
  summary: string;
  /** Markdown; shown only to those entitled. */
  body: string;
  visibility: SeedVisibility;
  publishedAt: SeedDate;
  status?: ContentStatus; // default "published"
  topics: string[];
  /** A PDF is generated from the title and body at seed time when set. */
  file?: { filename: string };
  /** Also generate a large-print PDF of the file. */
  largePrint?: boolean;
  /** A plain-language version of the summary. */
  easyRead?: string;
}

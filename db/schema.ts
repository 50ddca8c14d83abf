import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  bigint,
  bigserial,
  boolean,
  check,
  customType,
  date,
  type ExtraConfigColumn,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => "bytea",
});

/** A PostgreSQL `tsvector`; only ever written by generated columns (full-text search). */
const tsvector = customType<{ data: string; driverData: string }>({
  dataType: () => "tsvector",
});

/**
 * `to_tsvector` with the `english` configuration (stemming, stop words) and a weight. The
 * configuration is cast to regconfig so the expression is immutable, as generated columns need.
 */
function weighted(column: string, weight: "A" | "B" | "C") {
  return `setweight(to_tsvector('english'::regconfig, coalesce("${column}", '')), '${weight}')`;
}

/**
 * Not a draft: the constant half of "live" (`isLive` in db/queries/shared.ts), which the partial
 * indexes below are defined by. Written as a literal, not a parameter, so every plan can use them.
 */
function notDraft(t: { status: AnyPgColumn }) {
  return sql`${t.status} <> 'draft'`;
}

interface ContentColumns {
  id: AnyPgColumn;
  slug: AnyPgColumn;
  title: AnyPgColumn;
  status: AnyPgColumn;
  publishedAt: ExtraConfigColumn;
  updatedAt: ExtraConfigColumn;
}

/**
 * Newest first, as the public lists order live items (`DESC NULLS FIRST` is what `ORDER BY … DESC`
 * means); partial, so drafts take no room.
 */
function liveListingIndexes(table: string, t: ContentColumns) {
  return [index(`${table}_live_idx`).on(t.publishedAt.desc().nullsFirst(), t.id).where(notDraft(t))];
}

/**
 * The dashboard's article and resource tables: an index per sort order, carrying what the status
 * filter reads, so a page of ids at any offset comes from the index alone (the title order carries
 * the title too: PostgreSQL needs what an indexed expression reads);
 * and trigram indexes (pg_trgm) for the title-or-slug search (ILIKE '%…%').
 */
function adminListIndexes(table: string, t: ContentColumns & { title: ExtraConfigColumn; slug: ExtraConfigColumn }) {
  return [
    index(`${table}_updated_idx`).on(t.updatedAt.desc().nullsFirst(), t.slug, t.id, t.status, t.publishedAt),
    index(`${table}_title_order_idx`).on(sql`lower(${t.title})`, t.slug, t.id, t.title, t.status, t.publishedAt),
    index(`${table}_published_idx`).on(t.publishedAt.desc().nullsLast(), t.slug, t.id, t.status),
    index(`${table}_title_trgm_idx`).using("gin", t.title.op("gin_trgm_ops")),
    index(`${table}_slug_trgm_idx`).using("gin", t.slug.op("gin_trgm_ops")),
  ];
}

const timestamps = {
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
};

export const roleEnum = pgEnum("role", ["member", "editor", "admin"]);
export const contentStatusEnum = pgEnum("content_status", ["draft", "published", "scheduled"]);
export const visibilityEnum = pgEnum("visibility", ["public", "members", "tiers"]);
export const resourceTypeEnum = pgEnum("resource_type", [
  "Information",
  "Presentation",
  "Document",
  "Guide",
  "Video",
  "Template",
  "Podcast",
]);

/** How VAT applies to a tier's price: exempt (no VAT charged) or standard-rated (the price includes it). */
export const vatTreatmentEnum = pgEnum("vat_treatment", ["exempt", "standard"]);

/** Membership tiers. `free` is the tier of every registered account without a paid membership. */
export const tiers = pgTable(
  "tiers",
  {
    slug: text().primaryKey(),
    name: text().notNull(),
    description: text().notNull().default(""),
    /** Lines shown on the public membership page under the tier's name. */
    benefits: text().array().notNull().default(sql`'{}'::text[]`),
    /** The yearly price in pence, VAT included when standard-rated; 0: no charge (not sold online). */
    annualPricePence: integer().notNull().default(0),
    vatTreatment: vatTreatmentEnum().notNull().default("exempt"),
    /** The Stripe Price for the current amount and VAT treatment, once made; cleared when either changes. */
    stripePriceId: text(),
    position: integer().notNull().default(0),
    ...timestamps,
  },
  (t) => [check("tiers_price_range", sql`${t.annualPricePence} >= 0 and ${t.annualPricePence} <= 10000000`)],
);

export const organisationTypeEnum = pgEnum("organisation_type", ["school", "college", "local-authority", "other"]);

/**
 * A school, college, local authority or other service that buys a membership for its staff: a tier
 * for a number of seats over a paid period. A seat is an account whose `organisation_id` names it.
 */
export const organisations = pgTable(
  "organisations",
  {
    id: uuid().primaryKey().defaultRandom(),
    name: text().notNull(),
    type: organisationTypeEnum().notNull().default("school"),
    /** Where invoices are addressed, one line per line. */
    invoiceAddress: text().notNull().default(""),
    tierSlug: text()
      .notNull()
      .references(() => tiers.slug, { onUpdate: "cascade" }),
    seats: integer().notNull().default(1),
    /** The paid period; null until first paid. Its tier applies from `startsAt`. */
    startsAt: timestamp({ withTimezone: true }),
    endsAt: timestamp({ withTimezone: true }),
    /** What lib/access reads: the period's end plus the grace period, set with the period. Null: opens nothing. */
    membershipExpiresAt: timestamp({ withTimezone: true }),
    ...timestamps,
  },
  (t) => [check("organisations_seats_range", sql`${t.seats} >= 0 and ${t.seats} <= 100000`)],
);

export const accounts = pgTable(
  "accounts",
  {
    id: uuid().primaryKey().defaultRandom(),
    email: text().notNull(),
    name: text().notNull(),
    passwordHash: text().notNull(),
    role: roleEnum().notNull().default("member"),
    tierSlug: text()
      .notNull()
      .default("free")
      .references(() => tiers.slug, { onUpdate: "cascade" }),
    /** Null means the membership does not expire. */
    membershipExpiresAt: timestamp({ withTimezone: true }),
    /** Granted by staff at no charge (with its end date), not paid for through Stripe. */
    complimentary: boolean().notNull().default(false),
    organisationId: uuid().references(() => organisations.id, { onDelete: "set null" }),
    disabled: boolean().notNull().default(false),
    /** Set when the owner proves the address (link in the welcome email); sign-in needs it. */
    emailVerifiedAt: timestamp({ withTimezone: true }),
    /** Reading preferences, applied on every device the account signs in on. */
    preferences: jsonb(),
    /** Bumped on password change or forced sign-out; sessions carrying an older value are refused. */
    sessionVersion: integer().notNull().default(1),
    /** `lower(name)`: the dashboard's member table is in this order (accounts_list_idx). */
    sortName: text()
      .notNull()
      .generatedAlwaysAs(sql.raw(`lower("name")`)),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("accounts_email_lower_key").on(sql`lower(${t.email})`),
    index("accounts_tier_idx").on(t.tierSlug),
    index("accounts_expiry_idx").on(t.membershipExpiresAt),
    // The dashboard's member table in its order, carrying every column its filters read: a page of
    // ids at any offset comes from the index alone (an index-only scan).
    index("accounts_list_idx").on(t.sortName, t.email, t.id, t.tierSlug, t.role, t.disabled, t.membershipExpiresAt),
    // "Name or email" search (ILIKE '%…%') through trigram indexes (pg_trgm).
    index("accounts_name_trgm_idx").using("gin", t.name.op("gin_trgm_ops")),
    index("accounts_email_trgm_idx").using("gin", t.email.op("gin_trgm_ops")),
    // Seats in use: the accounts of an organisation.
    index("accounts_organisation_idx").on(t.organisationId),
  ],
);

export const topics = pgTable("topics", {
  id: uuid().primaryKey().defaultRandom(),
  slug: text().notNull().unique(),
  name: text().notNull(),
  description: text().notNull().default(""),
});

/** Uploaded files. The bytes live in `file_chunks` so every app process can stream them. */
export const files = pgTable(
  "files",
  {
    id: uuid().primaryKey().defaultRandom(),
    filename: text().notNull(),
    contentType: text().notNull(),
    size: integer().notNull(),
    sha256: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  // Hard ceiling; the configurable upload cap (lib/env) is lower.
  (t) => [check("files_size_cap", sql`${t.size} >= 0 and ${t.size} <= 104857600`)],
);

export const fileChunks = pgTable(
  "file_chunks",
  {
    fileId: uuid()
      .notNull()
      .references(() => files.id, { onDelete: "cascade" }),
    seq: integer().notNull(),
    data: bytea().notNull(),
  },
  (t) => [primaryKey({ columns: [t.fileId, t.seq] })],
);

/**
 * Images staff upload for articles and resources: public, addressed by the SHA-256 of their bytes
 * (`/media/<sha256>/<filename>`), so an address never changes what it shows and can be cached for
 * good. The bytes are a stored file like any other.
 */
export const media = pgTable(
  "media",
  {
    sha256: text().primaryKey(),
    fileId: uuid()
      .notNull()
      .references(() => files.id, { onDelete: "cascade" }),
    uploadedById: uuid().references(() => accounts.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  // Deleting any file checks this table for references to it.
  (t) => [index("media_file_idx").on(t.fileId)],
);

/** A feature image (a `/media/…` address, "" for none) and its alt text: cards, header, share image. */
const featureImage = {
  featureImage: text().notNull().default(""),
  featureImageAlt: text().notNull().default(""),
};

export const newsArticles = pgTable(
  "news_articles",
  {
    id: uuid().primaryKey().defaultRandom(),
    slug: text().notNull().unique(),
    title: text().notNull(),
    standfirst: text().notNull().default(""),
    body: text().notNull().default(""),
    ...featureImage,
    status: contentStatusEnum().notNull().default("draft"),
    publishedAt: timestamp({ withTimezone: true }),
    authorId: uuid().references(() => accounts.id, { onDelete: "set null" }),
    /** The staff account that saved the latest version (named when a concurrent save is refused). */
    updatedById: uuid().references(() => accounts.id, { onDelete: "set null" }),
    version: integer().notNull().default(1),
    /** Title (A), standfirst (B) and body (C): news is public, so one vector covers it all. */
    searchVector: tsvector()
      .notNull()
      .generatedAlwaysAs(sql.raw(`${weighted("title", "A")} || ${weighted("standfirst", "B")} || ${weighted("body", "C")}`)),
    /** Title (A) and standfirst (B) alone: relevance ranks these matches first, cheaply. */
    searchLead: tsvector()
      .notNull()
      .generatedAlwaysAs(sql.raw(`${weighted("title", "A")} || ${weighted("standfirst", "B")}`)),
    ...timestamps,
  },
  (t) => [
    ...liveListingIndexes("news_articles", t),
    index("news_articles_search_idx").using("gin", t.searchVector),
    index("news_articles_search_lead_idx").using("gin", t.searchLead),
    ...adminListIndexes("news_articles", t),
  ],
);

export const resources = pgTable(
  "resources",
  {
    id: uuid().primaryKey().defaultRandom(),
    slug: text().notNull().unique(),
    title: text().notNull(),
    type: resourceTypeEnum().notNull().default("Information"),
    /** Public teaser: shown to everyone, in listings and on the resource page. */
    summary: text().notNull().default(""),
    /** A plain-language "easy read" version of the summary; public like the summary. */
    easyReadSummary: text().notNull().default(""),
    /** Gated body: shown only to accounts `lib/access` lets in. */
    body: text().notNull().default(""),
    visibility: visibilityEnum().notNull().default("public"),
    fileId: uuid().references(() => files.id, { onDelete: "set null" }),
    ...featureImage,
    /** Shown in the home page's "Featured resources". */
    featured: boolean().notNull().default(false),
    status: contentStatusEnum().notNull().default("draft"),
    publishedAt: timestamp({ withTimezone: true }),
    authorId: uuid().references(() => accounts.id, { onDelete: "set null" }),
    /** The staff account that saved the latest version (named when a concurrent save is refused). */
    updatedById: uuid().references(() => accounts.id, { onDelete: "set null" }),
    version: integer().notNull().default(1),
    /** What anyone may search: title (A) and summary (B). */
    searchPublic: tsvector()
      .notNull()
      .generatedAlwaysAs(sql.raw(`${weighted("title", "A")} || ${weighted("summary", "B")}`)),
    /**
     * The whole resource: title (A), summary (B) and the gated body (C), searched as one text (some
     * words may be in the summary, others in the body), only for viewers `lib/access` lets open it.
     */
    searchWhole: tsvector()
      .notNull()
      .generatedAlwaysAs(sql.raw(`${weighted("title", "A")} || ${weighted("summary", "B")} || ${weighted("body", "C")}`)),
    ...timestamps,
  },
  (t) => [
    // The library in its order (newest first, then title), whole and by type or visibility: a page
    // of ids at any offset is read from one index alone.
    index("resources_live_idx").on(t.publishedAt.desc().nullsFirst(), t.title, t.id).where(notDraft(t)),
    index("resources_live_type_idx").on(t.type, t.publishedAt.desc().nullsFirst(), t.title, t.id).where(notDraft(t)),
    index("resources_live_visibility_idx").on(t.visibility, t.publishedAt.desc().nullsFirst(), t.title, t.id).where(notDraft(t)),
    index("resources_featured_idx").on(t.publishedAt.desc().nullsFirst()).where(sql`${t.featured} and ${notDraft(t)}`),
    ...adminListIndexes("resources", t),
    index("resources_file_idx").on(t.fileId),
    index("resources_search_public_idx").using("gin", t.searchPublic),
    index("resources_search_whole_idx").using("gin", t.searchWhole),
  ],
);

export const alternativeKindEnum = pgEnum("alternative_kind", ["large-print", "audio"]);

/** Alternative formats of a resource's file (large print, audio), gated exactly like the file. */
export const resourceAlternatives = pgTable(
  "resource_alternatives",
  {
    resourceId: uuid()
      .notNull()
      .references(() => resources.id, { onDelete: "cascade" }),
    kind: alternativeKindEnum().notNull(),
    fileId: uuid()
      .notNull()
      .references(() => files.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.resourceId, t.kind] }), index("resource_alternatives_file_idx").on(t.fileId)],
);

/** The tiers that may open a resource whose visibility is `tiers`. */
export const resourceTiers = pgTable(
  "resource_tiers",
  {
    resourceId: uuid()
      .notNull()
      .references(() => resources.id, { onDelete: "cascade" }),
    tierSlug: text()
      .notNull()
      .references(() => tiers.slug, { onDelete: "cascade", onUpdate: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.resourceId, t.tierSlug] }),
    index("resource_tiers_tier_idx").on(t.tierSlug, t.resourceId),
  ],
);

export const newsTopics = pgTable(
  "news_topics",
  {
    articleId: uuid()
      .notNull()
      .references(() => newsArticles.id, { onDelete: "cascade" }),
    topicId: uuid()
      .notNull()
      .references(() => topics.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.topicId] }), index("news_topics_topic_idx").on(t.topicId, t.articleId)],
);

export const resourceTopics = pgTable(
  "resource_topics",
  {
    resourceId: uuid()
      .notNull()
      .references(() => resources.id, { onDelete: "cascade" }),
    topicId: uuid()
      .notNull()
      .references(() => topics.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.resourceId, t.topicId] }),
    index("resource_topics_topic_idx").on(t.topicId, t.resourceId),
  ],
);

/** Staff-chosen "Related resources" under a news article, in order. */
export const articleResources = pgTable(
  "article_resources",
  {
    articleId: uuid()
      .notNull()
      .references(() => newsArticles.id, { onDelete: "cascade" }),
    resourceId: uuid()
      .notNull()
      .references(() => resources.id, { onDelete: "cascade" }),
    position: integer().notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.resourceId] }),
    index("article_resources_resource_idx").on(t.resourceId),
  ],
);

export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    actorId: uuid().references(() => accounts.id, { onDelete: "set null" }),
    action: text().notNull(),
    entityType: text().notNull(),
    entityId: text(),
    summary: text().notNull(),
    changes: jsonb(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("audit_log_created_idx").on(t.createdAt.desc()),
    index("audit_log_actor_idx").on(t.actorId, t.createdAt.desc()),
    index("audit_log_entity_idx").on(t.entityType, t.entityId),
  ],
);

export const tokenPurposeEnum = pgEnum("token_purpose", ["reset-password", "verify-email"]);

/** Single-use emailed tokens (password reset, email confirmation); only a SHA-256 of each is stored. */
export const accountTokens = pgTable(
  "account_tokens",
  {
    tokenHash: text().primaryKey(),
    purpose: tokenPurposeEnum().notNull(),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("account_tokens_account_idx").on(t.accountId, t.purpose)],
);

/** Sessions signed out before their cookie expires (by session id); checked with the account on each request. */
export const revokedSessions = pgTable(
  "revoked_sessions",
  {
    sessionId: text().primaryKey(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index("revoked_sessions_expires_idx").on(t.expiresAt)],
);

/**
 * Rate-limit events shared by every app process: failed sign-ins keyed by account email, by known
 * browser and by client address, and each client address's password hashing (lib/auth/credentials.ts).
 */
export const signInFailures = pgTable(
  "sign_in_failures",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    /** `email:<lowercased address>`, `device:<id>`, `ip:<address>` (failures) or `hash:<address>` (argon2 runs). */
    key: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("sign_in_failures_key_idx").on(t.key, t.createdAt)],
);

export interface EmailAttachment {
  filename: string;
  contentType: string;
  /** Base64. */
  content: string;
}

/** Every email the site sends. Without SMTP configured, this table is the delivery (read at /admin/outbox). */
export const outbox = pgTable(
  "outbox",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    to: text().notNull(),
    subject: text().notNull(),
    text: text().notNull(),
    /** Files sent with it (a booking's `.ics`), base64 content. */
    attachments: jsonb().$type<EmailAttachment[]>(),
    sentAt: timestamp({ withTimezone: true }),
    error: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("outbox_created_idx").on(t.createdAt.desc()), index("outbox_to_idx").on(t.to)],
);

export const subscriptionStatusEnum = pgEnum("subscription_status", [
  "incomplete",
  "incomplete_expired",
  "trialing",
  "active",
  "past_due",
  "canceled",
  "unpaid",
  "paused",
]);

/** An account's Stripe customer, made when it first goes to checkout. */
export const billingCustomers = pgTable("billing_customers", {
  accountId: uuid()
    .primaryKey()
    .references(() => accounts.id, { onDelete: "cascade" }),
  stripeCustomerId: text().notNull().unique(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/**
 * A Stripe subscription as last read from Stripe (never as an event said it was): webhooks re-read
 * it, so events repeated, raced or out of order all leave this row at Stripe's current state.
 */
export const subscriptions = pgTable(
  "subscriptions",
  {
    stripeSubscriptionId: text().primaryKey(),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    stripeCustomerId: text().notNull(),
    status: subscriptionStatusEnum().notNull(),
    /** The tier paid for now (a downgrade shows here once its period starts). */
    tierSlug: text()
      .notNull()
      .references(() => tiers.slug, { onUpdate: "cascade" }),
    /** The tier it renews at, when that differs (a downgrade at period end). */
    renewsAsTierSlug: text().references(() => tiers.slug, { onUpdate: "cascade" }),
    stripePriceId: text().notNull(),
    unitAmountPence: integer().notNull(),
    currentPeriodEnd: timestamp({ withTimezone: true }).notNull(),
    /**
     * The end of the last period paid for: the period end, or, once a renewal has failed (Stripe
     * starts the new period before it takes the payment), that unpaid period's start.
     */
    paidThrough: timestamp({ withTimezone: true }).notNull(),
    cancelAtPeriodEnd: boolean().notNull().default(false),
    endedAt: timestamp({ withTimezone: true }),
    cardBrand: text(),
    cardLast4: text(),
    /** Set by a failed renewal, cleared by the next paid invoice. */
    paymentFailedAt: timestamp({ withTimezone: true }),
    ...timestamps,
  },
  (t) => [index("subscriptions_account_idx").on(t.accountId, t.updatedAt.desc()), index("subscriptions_period_end_idx").on(t.currentPeriodEnd)],
);

/** Invoices of subscriptions, as Stripe last reported them: the payment history. */
export const payments = pgTable(
  "payments",
  {
    stripeInvoiceId: text().primaryKey(),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    stripeSubscriptionId: text(),
    status: text().notNull(),
    amountDuePence: integer().notNull(),
    amountPaidPence: integer().notNull(),
    currency: text().notNull(),
    hostedInvoiceUrl: text(),
    invoicePdf: text(),
    /** When Stripe made the invoice. */
    issuedAt: timestamp({ withTimezone: true }).notNull(),
    paidAt: timestamp({ withTimezone: true }),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("payments_account_idx").on(t.accountId, t.issuedAt.desc())],
);

/** Every Stripe event handled, by id: a repeat delivery finds its id here and changes nothing. */
export const stripeEvents = pgTable("stripe_events", {
  id: text().primaryKey(),
  type: text().notNull(),
  /** What was done: `applied`, `unknown-customer`, `ignored`. */
  outcome: text().notNull(),
  receivedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export const reminderKindEnum = pgEnum("reminder_kind", [
  "renewal-30",
  "renewal-7",
  "ending-30",
  "ending-7",
  "payment-failed",
  "lapsed",
]);

/**
 * Membership reminders sent, one row per account, kind and occasion (`dueKey`: the period end or
 * invoice it is about). The key is unique, and the row and its email are written in one
 * transaction, so a reminder goes once however many processes run the job.
 */
export const membershipReminders = pgTable(
  "membership_reminders",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    kind: reminderKindEnum().notNull(),
    dueKey: text().notNull(),
    outboxId: bigint({ mode: "number" }),
    sentAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("membership_reminders_once_key").on(t.accountId, t.kind, t.dueKey)],
);

/** Site-wide settings admins change in the dashboard, one row per key. */
export const siteSettings = pgTable("site_settings", {
  key: text().primaryKey(),
  value: jsonb().notNull(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/**
 * The search vocabulary: each row is a set of words and phrases that mean the same in SEND
 * (an acronym, its spelling variants and its long form). A search for any of them also searches for
 * the others. Staff edit it at /admin/vocabulary; the seed loads the real list.
 */
export const searchSynonyms = pgTable("search_synonyms", {
  id: uuid().primaryKey().defaultRandom(),
  /** The first is the form shown to people; each is a word or phrase of letters, digits and spaces. */
  terms: text().array().notNull(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** What a person agreed to: `newsletter` for now. */
export const consentPurposeEnum = pgEnum("consent_purpose", ["newsletter"]);

/**
 * Consents as a history: each row is one grant or withdrawal, with the exact wording the person saw
 * and where it happened, so the portal can show what was agreed and when (UK GDPR art. 7(1)).
 * A person's current answer for a purpose is their latest row; no row means no consent.
 */
export const consents = pgTable(
  "consents",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    purpose: consentPurposeEnum().notNull(),
    given: boolean().notNull(),
    /** The sentence shown beside the tick box, or what the withdrawal said. */
    wording: text().notNull(),
    /** Where: registration, account, unsubscribe-link, staff. */
    source: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("consents_account_purpose_idx").on(t.accountId, t.purpose, t.createdAt)],
);

/** Who asked for an account's erasure: the person themselves, or staff for a request received by post. */
export const erasureSourceEnum = pgEnum("erasure_source", ["self", "staff"]);
export const erasureStatusEnum = pgEnum("erasure_status", ["pending", "cancelled", "completed"]);

/**
 * Requests to erase an account (UK GDPR art. 17). A pending request is carried out once `dueAt`
 * passes (the grace period lets the person change their mind); the completed row stays as the record
 * that it was done, with what each part of the account became (`outcome`), and no personal data.
 */
export const erasureRequests = pgTable(
  "erasure_requests",
  {
    id: uuid().primaryKey().defaultRandom(),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    source: erasureSourceEnum().notNull(),
    /** The staff member who entered a request received by post. */
    requestedById: uuid().references(() => accounts.id, { onDelete: "set null" }),
    /** Staff's note of how the request arrived (no personal details: it is kept after erasure). */
    note: text().notNull().default(""),
    status: erasureStatusEnum().notNull().default("pending"),
    requestedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    dueAt: timestamp({ withTimezone: true }).notNull(),
    cancelledAt: timestamp({ withTimezone: true }),
    completedAt: timestamp({ withTimezone: true }),
    /** Per section: what was done (`deleted`, `anonymised`, `kept`) and how many rows. */
    outcome: jsonb(),
  },
  (t) => [
    uniqueIndex("erasure_requests_one_pending_key").on(t.accountId).where(sql`${t.status} = 'pending'`),
    index("erasure_requests_due_idx").on(t.dueAt).where(sql`${t.status} = 'pending'`),
  ],
);

/** Email domains staff have verified as an organisation's: confirmed addresses there may take a seat. */
export const organisationDomains = pgTable(
  "organisation_domains",
  {
    /** Lower case, no "@": `oakfield.example.org`. A domain belongs to one organisation. */
    domain: text().primaryKey(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("organisation_domains_org_idx").on(t.organisationId), check("organisation_domains_lower", sql`${t.domain} = lower(${t.domain})`)],
);

/** The people who manage an organisation's membership (typically the SENCO); seated or not. */
export const organisationAdmins = pgTable(
  "organisation_admins",
  {
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.accountId] }), index("organisation_admins_account_idx").on(t.accountId)],
);

/** An emailed invitation to take a seat: single use, expires; only a SHA-256 of its token is kept. */
export const organisationInvites = pgTable(
  "organisation_invites",
  {
    id: uuid().primaryKey().defaultRandom(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    email: text().notNull(),
    tokenHash: text().notNull().unique(),
    invitedById: uuid().references(() => accounts.id, { onDelete: "set null" }),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    /** Withdrawn by an organisation admin (or replaced by a transfer's undo): the link stops working. */
    revokedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("organisation_invites_org_idx").on(t.organisationId, t.createdAt.desc())],
);

export const organisationInvoiceStatusEnum = pgEnum("organisation_invoice_status", ["open", "paid", "void"]);
export const organisationInvoiceKindEnum = pgEnum("organisation_invoice_kind", ["membership", "seats"]);

/**
 * Invoices to organisations, paid by bank transfer (staff mark them paid) or by card. `number` comes
 * from `invoice_numbers` in the transaction that inserts the invoice, so numbers have no gaps and
 * are never reused (a rolled-back invoice rolls its number back too).
 */
export const organisationInvoices = pgTable(
  "organisation_invoices",
  {
    id: uuid().primaryKey().defaultRandom(),
    number: integer().notNull().unique(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "restrict" }),
    /** `membership`: a year for `seats` seats; `seats`: seats added to the current period, prorated. */
    kind: organisationInvoiceKindEnum().notNull().default("membership"),
    status: organisationInvoiceStatusEnum().notNull().default("open"),
    tierSlug: text()
      .notNull()
      .references(() => tiers.slug, { onUpdate: "cascade" }),
    seats: integer().notNull(),
    unitPricePence: integer().notNull(),
    vatTreatment: vatTreatmentEnum().notNull(),
    /** Totals as issued: `totalPence` is what is owed; for standard-rated tiers it includes `vatPence`. */
    netPence: integer().notNull(),
    vatPence: integer().notNull(),
    totalPence: integer().notNull(),
    poNumber: text().notNull().default(""),
    /** The organisation's name and address as they were when issued. */
    billedTo: text().notNull(),
    periodStart: timestamp({ withTimezone: true }).notNull(),
    periodEnd: timestamp({ withTimezone: true }).notNull(),
    issuedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    dueAt: timestamp({ withTimezone: true }).notNull(),
    paidAt: timestamp({ withTimezone: true }),
    /** `bank-transfer` (marked by staff) or `card` (Stripe Checkout). */
    paidBy: text(),
    stripeSessionId: text(),
    issuedById: uuid().references(() => accounts.id, { onDelete: "set null" }),
  },
  (t) => [
    index("organisation_invoices_org_idx").on(t.organisationId, t.issuedAt.desc()),
    check("organisation_invoices_amounts", sql`${t.seats} > 0 and ${t.totalPence} >= 0 and ${t.vatPence} >= 0`),
  ],
);

/** Counters for numbered documents: one row per series, bumped in the transaction that uses the number. */
export const invoiceNumbers = pgTable("invoice_numbers", {
  series: text().primaryKey(),
  last: integer().notNull().default(0),
});

/**
 * One row per sign-in (the id rides in the session cookie as `sid`). A session with no row, or one
 * still waiting for its second factor, opens nothing (lib/auth/viewer.ts). Listed and signed out
 * one by one at /account/security.
 */
export const accountSessions = pgTable(
  "account_sessions",
  {
    id: uuid().primaryKey(),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    /** Password accepted, second factor not yet given (the /login/verify step). */
    pendingSecondFactor: boolean().notNull().default(false),
    /** The account's session version at sign-in: after a password change older sessions are not listed (nor accepted). */
    sessionVersion: integer().notNull().default(1),
    userAgent: text().notNull().default(""),
    /** The client address as our reverse proxy reported it; null when proxy headers are not trusted. */
    address: text(),
    /** The WebAuthn challenge this session was last given (registering or using a passkey). */
    challenge: text(),
    signedInAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** Updated at most once a minute. */
    lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("account_sessions_account_idx").on(t.accountId, t.lastSeenAt)],
);

/** A TOTP authenticator app: its secret sealed (lib/auth/seal.ts); active once a first code confirmed it. */
export const totpFactors = pgTable("totp_factors", {
  accountId: uuid()
    .primaryKey()
    .references(() => accounts.id, { onDelete: "cascade" }),
  secretSealed: text().notNull(),
  confirmedAt: timestamp({ withTimezone: true }),
  /** The last time step a code was accepted for: that code and older ones are refused (no replay). */
  lastUsedStep: bigint({ mode: "number" }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** Single-use recovery codes, stored as SHA-256 hashes (each is 50 random bits, shown once). */
export const recoveryCodes = pgTable(
  "recovery_codes",
  {
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    codeHash: text().notNull(),
    usedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.codeHash] })],
);

/** WebAuthn credentials (passkeys and security keys), a second factor alongside TOTP. */
export const passkeys = pgTable(
  "passkeys",
  {
    /** The credential id, base64url. */
    id: text().primaryKey(),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    publicKey: bytea().notNull(),
    counter: bigint({ mode: "number" }).notNull().default(0),
    transports: text().array().notNull().default(sql`'{}'::text[]`),
    name: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index("passkeys_account_idx").on(t.accountId)],
);

/** Browsers (a long-lived random cookie, hashed) each account has signed in from: a new one emails the owner. */
export const accountBrowsers = pgTable(
  "account_browsers",
  {
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    browserHash: text().notNull(),
    firstSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.browserHash] })],
);

/** Newsletters: drafted by staff, sent to a chosen audience that has newsletter consent. */
export const newsletterStatusEnum = pgEnum("newsletter_status", ["draft", "scheduled", "sending", "sent"]);
/** Who a newsletter is for: chosen tiers, members of chosen organisations, chosen topics' followers, or every subscriber. */
export const newsletterAudienceEnum = pgEnum("newsletter_audience", ["all", "tiers", "organisations", "topics"]);
export const newsletterRecipientStateEnum = pgEnum("newsletter_recipient_state", ["queued", "sending", "sent", "failed", "skipped"]);

export const newsletters = pgTable(
  "newsletters",
  {
    id: uuid().primaryKey().defaultRandom(),
    slug: text().notNull().unique(),
    subject: text().notNull(),
    /** A line mail clients show after the subject. */
    preheader: text().notNull().default(""),
    body: text().notNull().default(""),
    status: newsletterStatusEnum().notNull().default("draft"),
    audience: newsletterAudienceEnum().notNull().default("all"),
    audienceTiers: text().array().notNull().default(sql`'{}'::text[]`),
    audienceOrganisations: uuid().array().notNull().default(sql`'{}'::uuid[]`),
    audienceTopics: uuid().array().notNull().default(sql`'{}'::uuid[]`),
    /** When sending starts (scheduled), or started. */
    sendAt: timestamp({ withTimezone: true }),
    /** Set when the last recipient's message has an outcome. */
    sentAt: timestamp({ withTimezone: true }),
    /** The next batch may start from this time: one batch a minute across every process (the rate). */
    nextBatchAt: timestamp({ withTimezone: true }),
    authorId: uuid().references(() => accounts.id, { onDelete: "set null" }),
    updatedById: uuid().references(() => accounts.id, { onDelete: "set null" }),
    version: integer().notNull().default(1),
    /** What the archive shows everyone: subject (A) and preheader (B). */
    searchPublic: tsvector()
      .notNull()
      .generatedAlwaysAs(sql.raw(`${weighted("subject", "A")} || ${weighted("preheader", "B")}`)),
    /** The whole newsletter, the body (C) included: searched only for those its archive gate lets read it. */
    searchWhole: tsvector()
      .notNull()
      .generatedAlwaysAs(sql.raw(`${weighted("subject", "A")} || ${weighted("preheader", "B")} || ${weighted("body", "C")}`)),
    ...timestamps,
  },
  (t) => [
    index("newsletters_status_idx").on(t.status, t.sendAt),
    index("newsletters_search_public_idx").using("gin", t.searchPublic),
    index("newsletters_search_whole_idx").using("gin", t.searchWhole),
    // "Did you mean" looks for words like the typed ones in titles (pg_trgm).
    index("newsletters_subject_trgm_idx").using("gin", t.subject.op("gin_trgm_ops")),
  ],
);

/**
 * One row per person a newsletter is sent to, written when sending starts (the audience as it was
 * then), each sent at most once: a row is marked `sending` before its message leaves, so a
 * process stopped mid-send never sends it again (it becomes `failed`, outcome unknown, for staff
 * to retry deliberately). `skipped`: consent withdrawn before their turn.
 */
export const newsletterRecipients = pgTable(
  "newsletter_recipients",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    newsletterId: uuid()
      .notNull()
      .references(() => newsletters.id, { onDelete: "cascade" }),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    email: text().notNull(),
    state: newsletterRecipientStateEnum().notNull().default("queued"),
    claimedAt: timestamp({ withTimezone: true }),
    sentAt: timestamp({ withTimezone: true }),
    messageId: text(),
    error: text(),
  },
  (t) => [
    uniqueIndex("newsletter_recipients_once_key").on(t.newsletterId, t.accountId),
    index("newsletter_recipients_state_idx").on(t.newsletterId, t.state, t.id),
    index("newsletter_recipients_account_idx").on(t.accountId),
  ],
);

/** The topics a person wants newsletters about (their newsletter preferences). */
export const accountTopicInterests = pgTable(
  "account_topic_interests",
  {
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    topicId: uuid()
      .notNull()
      .references(() => topics.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.topicId] }), index("account_topic_interests_topic_idx").on(t.topicId)],
);


/* ---------- Events, bookings and CPD ---------- */

export const eventTypeEnum = pgEnum("event_type", ["conference", "webinar", "training", "meeting"]);
export const bookingStatusEnum = pgEnum("booking_status", ["booked", "cancelled", "waitlisted", "attended"]);

/** A conference, webinar, training course or meeting; published and scheduled like news. */
export const events = pgTable(
  "events",
  {
    id: uuid().primaryKey().defaultRandom(),
    slug: text().notNull().unique(),
    title: text().notNull(),
    type: eventTypeEnum().notNull(),
    summary: text().notNull().default(""),
    body: text().notNull().default(""),
    ...featureImage,
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    /** Online (a joining link sent to those booked) or at a venue. */
    online: boolean().notNull().default(false),
    venueName: text().notNull().default(""),
    address: text().notNull().default(""),
    mapUrl: text().notNull().default(""),
    joinUrl: text().notNull().default(""),
    /** Places; bookings beyond it wait on the waitlist. */
    capacity: integer().notNull(),
    cpdHours: numeric({ precision: 5, scale: 2, mode: "number" }).notNull().default(0),
    /** Bookings can be cancelled by the member until this many hours before the start. */
    cancelCutoffHours: integer().notNull().default(48),
    status: contentStatusEnum().notNull().default("draft"),
    publishedAt: timestamp({ withTimezone: true }),
    /** Set when staff cancel the event: everyone booked is told, paid tickets refunded. */
    cancelledAt: timestamp({ withTimezone: true }),
    authorId: uuid().references(() => accounts.id, { onDelete: "set null" }),
    updatedById: uuid().references(() => accounts.id, { onDelete: "set null" }),
    version: integer().notNull().default(1),
    /** Title (A), summary (B) and body (C): an event's page is public, so one vector covers it all. */
    searchVector: tsvector()
      .notNull()
      .generatedAlwaysAs(sql.raw(`${weighted("title", "A")} || ${weighted("summary", "B")} || ${weighted("body", "C")}`)),
    /** Title (A) and summary (B) alone: relevance ranks these matches first, cheaply. */
    searchLead: tsvector()
      .notNull()
      .generatedAlwaysAs(sql.raw(`${weighted("title", "A")} || ${weighted("summary", "B")}`)),
    ...timestamps,
  },
  (t) => [
    index("events_live_starts_idx").on(t.startsAt, t.id).where(notDraft(t)),
    index("events_search_idx").using("gin", t.searchVector),
    index("events_search_lead_idx").using("gin", t.searchLead),
    index("events_title_trgm_idx").using("gin", t.title.op("gin_trgm_ops")),
    check("events_capacity_range", sql`${t.capacity} >= 0 and ${t.capacity} <= 100000`),
    check("events_ends_after_start", sql`${t.endsAt} >= ${t.startsAt}`),
  ],
);

export const eventTopics = pgTable(
  "event_topics",
  {
    eventId: uuid()
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    topicId: uuid()
      .notNull()
      .references(() => topics.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.topicId] }), index("event_topics_topic_idx").on(t.topicId, t.eventId)],
);

/**
 * A ticket type with a price per audience: `nonMemberPricePence` for anyone without a current paid
 * tier, and `tierPrices` (tier slug → pence) for members; an audience with no price cannot buy it.
 * `tiers` non-empty restricts the ticket to holders of those tiers.
 */
export const eventTicketTypes = pgTable(
  "event_ticket_types",
  {
    id: uuid().primaryKey().defaultRandom(),
    eventId: uuid()
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    name: text().notNull(),
    description: text().notNull().default(""),
    nonMemberPricePence: integer(),
    tierPrices: jsonb().$type<Record<string, number>>().notNull().default({}),
    tiers: text().array().notNull().default(sql`'{}'::text[]`),
    position: integer().notNull().default(0),
  },
  (t) => [index("event_ticket_types_event_idx").on(t.eventId, t.position)],
);

/** One booking per account and event; its status moves booked → attended, or to cancelled, or waits. */
export const eventBookings = pgTable(
  "event_bookings",
  {
    id: uuid().primaryKey().defaultRandom(),
    eventId: uuid()
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    ticketTypeId: uuid().references(() => eventTicketTypes.id, { onDelete: "set null" }),
    status: bookingStatusEnum().notNull(),
    /** What was (or will be) paid, in pence. */
    pricePence: integer().notNull().default(0),
    stripeCheckoutSessionId: text().unique(),
    stripePaymentIntentId: text(),
    refundedAt: timestamp({ withTimezone: true }),
    attendedAt: timestamp({ withTimezone: true }),
    cancelledAt: timestamp({ withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("event_bookings_once_key").on(t.eventId, t.accountId),
    index("event_bookings_account_idx").on(t.accountId, t.createdAt.desc()),
    index("event_bookings_waitlist_idx").on(t.eventId, t.status, t.createdAt),
  ],
);

/** A place offered to someone on the waitlist, theirs to take until `expiresAt`. */
export const eventWaitlistOffers = pgTable(
  "event_waitlist_offers",
  {
    id: uuid().primaryKey().defaultRandom(),
    bookingId: uuid()
      .notNull()
      .references(() => eventBookings.id, { onDelete: "cascade" }),
    eventId: uuid()
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    /** `accepted`, `expired`, or null while open. */
    outcome: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // At most one open offer per waiting booking.
    uniqueIndex("event_waitlist_offers_open_key").on(t.bookingId).where(sql`${t.outcome} is null`),
    index("event_waitlist_offers_event_idx").on(t.eventId, t.outcome),
  ],
);

/** Reminders sent for a booking (`week`, `day`), once each: the key is unique. */
export const eventReminders = pgTable(
  "event_reminders",
  {
    bookingId: uuid()
      .notNull()
      .references(() => eventBookings.id, { onDelete: "cascade" }),
    kind: text().notNull(),
    outboxId: bigint({ mode: "number" }),
    sentAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.bookingId, t.kind] })],
);

/**
 * Slides, recordings and handouts of an event, gated like resources (`lib/access`): a visibility
 * and tiers, and `attendees`: those booked on the event may open it too.
 */
export const eventMaterials = pgTable(
  "event_materials",
  {
    id: uuid().primaryKey().defaultRandom(),
    eventId: uuid()
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    title: text().notNull(),
    fileId: uuid()
      .notNull()
      .references(() => files.id, { onDelete: "cascade" }),
    visibility: visibilityEnum().notNull().default("tiers"),
    tiers: text().array().notNull().default(sql`'{}'::text[]`),
    attendees: boolean().notNull().default(true),
    position: integer().notNull().default(0),
  },
  (t) => [index("event_materials_event_idx").on(t.eventId, t.position), index("event_materials_file_idx").on(t.fileId)],
);

/** A member's CPD record: their own activities, and attended events (one row per booking). */
export const cpdActivities = pgTable(
  "cpd_activities",
  {
    id: uuid().primaryKey().defaultRandom(),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    title: text().notNull(),
    date: date({ mode: "string" }).notNull(),
    hours: numeric({ precision: 5, scale: 2, mode: "number" }).notNull(),
    reflection: text().notNull().default(""),
    bookingId: uuid()
      .unique()
      .references(() => eventBookings.id, { onDelete: "cascade" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("cpd_activities_account_idx").on(t.accountId, t.date),
    check("cpd_activities_hours_range", sql`${t.hours} > 0 and ${t.hours} <= 1000`),
  ],
);

/** The yearly CPD goal a member sets, in hours. */
export const cpdGoals = pgTable("cpd_goals", {
  accountId: uuid()
    .primaryKey()
    .references(() => accounts.id, { onDelete: "cascade" }),
  hoursPerYear: integer().notNull(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/**
 * A certificate of attendance: what it certifies is copied at issue, so it still verifies if the
 * event is later renamed; `/certificates/[code]` shows the name, event and date only.
 */
export const certificates = pgTable("certificates", {
  code: text().primaryKey(),
  bookingId: uuid()
    .notNull()
    .unique()
    .references(() => eventBookings.id, { onDelete: "cascade" }),
  name: text().notNull(),
  eventTitle: text().notNull(),
  eventDate: date({ mode: "string" }).notNull(),
  hours: numeric({ precision: 5, scale: 2, mode: "number" }).notNull(),
  issuedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/**
 * The code of a certificate whose holder had their data erased, and nothing else: no name, event
 * or date. `/certificates/[code]` can then say it was issued and that the holder's details were
 * erased at their request, rather than that it was never issued.
 */
export const erasedCertificates = pgTable("erased_certificates", {
  code: text().primaryKey(),
  erasedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export type Event = typeof events.$inferSelect;
export type EventType = (typeof eventTypeEnum.enumValues)[number];
export type BookingStatus = (typeof bookingStatusEnum.enumValues)[number];
export const eventTypes = eventTypeEnum.enumValues;

export type Tier = typeof tiers.$inferSelect;
export type Account = typeof accounts.$inferSelect;
export type NewsArticle = typeof newsArticles.$inferSelect;
export type Resource = typeof resources.$inferSelect;
export type Topic = typeof topics.$inferSelect;
export type ResourceType = (typeof resourceTypeEnum.enumValues)[number];
export type Visibility = (typeof visibilityEnum.enumValues)[number];
export type ContentStatus = (typeof contentStatusEnum.enumValues)[number];
export type Role = (typeof roleEnum.enumValues)[number];
export type AlternativeKind = (typeof alternativeKindEnum.enumValues)[number];
export const resourceTypes = resourceTypeEnum.enumValues;
export type OrganisationType = (typeof organisationTypeEnum.enumValues)[number];
export type ConsentPurpose = (typeof consentPurposeEnum.enumValues)[number];

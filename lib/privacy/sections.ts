import "server-only";
import { personalTables, type TableAccess } from "@/db/queries/privacy/tables";
import { redactTokenLinks } from "@/lib/email";

/** What erasure does to a section's rows, in words the person reads before they ask for it. */
export type ErasureRule =
  | { kind: "delete" }
  | { kind: "anonymise"; what: string }
  | { kind: "keep"; what: string; reason: string; retention: string };

/**
 * One kind of data the portal holds about a person: the table it lives in, how to export that
 * person's rows, and what erasure does to them. Every table holding personal data has one; the
 * coverage test (privacy-coverage.db.test.ts) reads the database's catalogue and fails for a table
 * without one. A new section is an entry in `personalTables` (db/queries/privacy/tables.ts) and one here.
 */
export interface PrivacySection {
  /** The SQL table name. */
  table: string;
  title: string;
  /** What it holds, for the person. */
  holds: string;
  access: TableAccess;
  erasure: ErasureRule;
  /** Only staff have data here (content they wrote): members are not told about it. */
  staffOnly?: boolean;
}

/**
 * The outbox as exported: single-use links (password reset, confirmation) removed, so a
 * downloaded file, or staff exporting for a postal request, never carries a working one.
 */
const outboxWithoutLinks: TableAccess = {
  ...personalTables.outbox,
  read: async (executor, person) =>
    (await personalTables.outbox.read(executor, person)).map((row) => ({ ...row, text: redactTokenLinks(String(row.text), "[single-use link removed]") })),
};

const SIX_YEARS = "six years";

/** In erasure order: the account itself last, so every other section can still find the person. */
export const privacySections: readonly PrivacySection[] = [
  { table: "consents", title: "Consents", holds: "Each time you agreed to or withdrew something (such as the newsletter), with the wording you saw.", access: personalTables.consents, erasure: { kind: "delete" } },
  { table: "account_tokens", title: "Emailed links", holds: "When we emailed you a link to confirm your address or reset your password (the links themselves are not kept).", access: personalTables.accountTokens, erasure: { kind: "delete" } },
  { table: "sign_in_failures", title: "Failed sign-ins", holds: "When someone tried to sign in as you with a wrong password (kept for a short while to stop guessing).", access: personalTables.signInFailures, erasure: { kind: "delete" } },
  { table: "revoked_sessions", title: "Signed-out sessions", holds: "Random identifiers of sessions that were signed out early. They are not linked to your account and expire by themselves; erasure signs out every session.", access: personalTables.revokedSessions, erasure: { kind: "delete" } },
  { table: "account_sessions", title: "Where you are signed in", holds: "Each time you signed in: when, the browser you used and its internet address, and when it was last active.", access: personalTables.accountSessions, erasure: { kind: "delete" } },
  { table: "account_browsers", title: "Browsers you use", holds: "When each browser you signed in from was first seen, so we can email you when a new one signs in (the browser's identifier itself is not included).", access: personalTables.accountBrowsers, erasure: { kind: "delete" } },
  { table: "totp_factors", title: "Authenticator app", holds: "Whether you set up an authenticator app for two-step sign-in, and when (its secret key is not included).", access: personalTables.totpFactors, erasure: { kind: "delete" } },
  { table: "recovery_codes", title: "Recovery codes", holds: "When your two-step sign-in recovery codes were made and which have been used (the codes themselves are not kept, only a scrambled form of them, which is not included).", access: personalTables.recoveryCodes, erasure: { kind: "delete" } },
  { table: "passkeys", title: "Passkeys and security keys", holds: "The passkeys and security keys you added for signing in: the names you gave them, and when they were added and last used (their keys are not included).", access: personalTables.passkeys, erasure: { kind: "delete" } },
  { table: "outbox", title: "Emails we sent you", holds: "Every email the site sent to your address, with its text.", access: outboxWithoutLinks, erasure: { kind: "delete" } },
  { table: "membership_reminders", title: "Membership reminders", holds: "Which renewal and payment reminders we sent you, and when.", access: personalTables.membershipReminders, erasure: { kind: "delete" } },
  { table: "account_topic_interests", title: "Newsletter topics", holds: "The topics you chose to hear about in our newsletters.", access: personalTables.accountTopicInterests, erasure: { kind: "delete" } },
  { table: "newsletter_recipients", title: "Newsletters sent to you", holds: "Each newsletter we sent you: the address it went to, when, and whether it was delivered to your mail provider.", access: personalTables.newsletterRecipients, erasure: { kind: "delete" } },
  // Deleted, not kept without the name: a certificate only proves something with the name on it,
  // and checking it must not keep naming someone who asked to be erased. Only its code is kept, so
  // checking it says it was issued and that the holder's details were erased, not that it is false.
  {
    table: "certificates",
    title: "Certificates",
    holds: "Certificates of attendance issued to you: your name as printed, the event, its date and CPD hours, and the code that lets others check them. Once erased, checking a certificate only says that we issued it and that its holder's details were erased at their request, so download any you need first.",
    access: personalTables.certificates,
    erasure: { kind: "anonymise", what: "Deleted, except each certificate's code, kept without your name, the event or its date, so that anyone checking it is told it was issued and that your details were erased at your request." },
  },
  { table: "cpd_activities", title: "CPD record", holds: "The CPD activities you recorded or that were added when you attended an event: titles, dates, hours and your reflections.", access: personalTables.cpdActivities, erasure: { kind: "delete" } },
  { table: "cpd_goals", title: "CPD goal", holds: "The number of CPD hours a year you set as your goal.", access: personalTables.cpdGoals, erasure: { kind: "delete" } },
  { table: "event_reminders", title: "Event reminders", holds: "Which reminders we sent you before events you booked, and when.", access: personalTables.eventReminders, erasure: { kind: "delete" } },
  { table: "event_waitlist_offers", title: "Waiting-list offers", holds: "Places offered to you from an event's waiting list: when, until when, and whether you took them.", access: personalTables.eventWaitlistOffers, erasure: { kind: "delete" } },
  {
    table: "event_bookings",
    title: "Event bookings",
    holds: "Your bookings for events and places on waiting lists: the event, ticket, price, whether you attended, cancelled or were refunded, and our payment processor Stripe's references for any payment.",
    access: personalTables.eventBookings,
    erasure: {
      kind: "keep",
      what: "Bookings you paid for are kept without your name or email, linked only to an empty placeholder account; free bookings and waiting-list places are deleted.",
      reason: "A paid booking is our record of what a ticket payment was for, and HMRC requires businesses to keep records of sales for six years.",
      retention: SIX_YEARS,
    },
  },
  { table: "organisation_admins", title: "Organisations you manage", holds: "The organisations whose membership you administer (seats, invitations, invoices).", access: personalTables.organisationAdmins, erasure: { kind: "delete" } },
  { table: "organisation_invites", title: "Organisation invitations", holds: "Invitations to take a seat sent to your address, and those you sent as an organisation admin (the links themselves are not kept).", access: personalTables.organisationInvites, erasure: { kind: "delete" } },
  { table: "subscriptions", title: "Subscription", holds: "Your paid membership as Stripe last reported it: plan, price, renewal date, card brand and last four digits.", access: personalTables.subscriptions, erasure: { kind: "delete" } },
  { table: "billing_customers", title: "Payment account", holds: "The identifier of your customer record at Stripe, our payment processor.", access: personalTables.billingCustomers, erasure: { kind: "delete" } },
  {
    table: "payments",
    title: "Payments",
    holds: "Your invoices: amounts, dates and whether they were paid.",
    access: personalTables.payments,
    erasure: {
      kind: "keep",
      what: "Kept without your name or email, linked only to an empty placeholder account.",
      reason: "HMRC requires businesses to keep records of payments and VAT invoices for six years.",
      retention: SIX_YEARS,
    },
  },
  {
    table: "audit_log",
    title: "Activity record",
    holds: "Changes made to your account, and changes you made as staff, as recorded in the audit log.",
    access: personalTables.auditLog,
    erasure: {
      kind: "keep",
      what: "The entries stay, with your name and email replaced by “Erased member”.",
      reason: "The record of who changed what keeps staff accountable and lets us show that your request was carried out.",
      retention: SIX_YEARS,
    },
  },
  {
    table: "erasure_requests",
    title: "Erasure requests",
    holds: "Your requests to erase your account, and any you entered as staff.",
    access: personalTables.erasureRequests,
    erasure: {
      kind: "keep",
      what: "Kept without your name or email.",
      reason: "We must be able to show that we carried out your request (UK GDPR accountability).",
      retention: SIX_YEARS,
    },
  },
  { table: "media", staffOnly: true, title: "Images you uploaded", holds: "Images you uploaded as staff.", access: personalTables.media, erasure: { kind: "anonymise", what: "The images stay where they are used, no longer linked to you." } },
  { table: "organisation_invoices", staffOnly: true, title: "Invoices you issued", holds: "Organisation invoices you issued as staff.", access: personalTables.organisationInvoices, erasure: { kind: "anonymise", what: "The invoices stay, as the law requires, no longer linked to you." } },
  { table: "news_articles", staffOnly: true, title: "News you wrote", holds: "Articles you wrote or last edited as staff.", access: personalTables.newsArticles, erasure: { kind: "anonymise", what: "The articles stay published, no longer linked to you." } },
  { table: "newsletters", staffOnly: true, title: "Newsletters you wrote", holds: "Newsletters you wrote or last edited as staff.", access: personalTables.newsletters, erasure: { kind: "anonymise", what: "The newsletters stay, no longer linked to you." } },
  { table: "events", staffOnly: true, title: "Events you created", holds: "Events you created or last edited as staff.", access: personalTables.events, erasure: { kind: "anonymise", what: "The events stay, no longer linked to you." } },
  { table: "resources", staffOnly: true, title: "Resources you wrote", holds: "Resources you wrote or last edited as staff.", access: personalTables.resources, erasure: { kind: "anonymise", what: "The resources stay published, no longer linked to you." } },
  {
    table: "accounts",
    title: "Your profile",
    holds: "Your name, email address, membership tier and its end date, role, reading preferences, and when you joined.",
    access: personalTables.accounts,
    erasure: { kind: "anonymise", what: "Your name and email are removed and you can no longer sign in; an empty placeholder keeps the payment records above together." },
  },
];

/**
 * Tables the coverage test would otherwise flag (a column called name or email, or a link to an
 * account) that hold nothing about a person, each with why.
 */
export const notPersonalTables: Readonly<Record<string, string>> = {
  tiers: "membership tiers' names",
  topics: "topic names",
  files: "file names of documents and images staff attach to content",
  organisations: "names of schools, trusts and services (not people)",
  event_ticket_types: "names, descriptions and prices of events' ticket types",
};

/** The words for what erasure does to a section. */
export function describeErasure(rule: ErasureRule): string {
  switch (rule.kind) {
    case "delete":
      return "Deleted.";
    case "anonymise":
      return rule.what;
    case "keep":
      return `${rule.what} Why: ${rule.reason} For ${rule.retention}.`;
  }
}

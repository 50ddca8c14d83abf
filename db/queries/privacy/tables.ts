import "server-only";
import { and, eq, getTableColumns, inArray, isNotNull, isNull, or, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Executor, Transaction } from "@/db";
import {
  accountBrowsers,
  accountSessions,
  accountTokens,
  accountTopicInterests,
  accounts,
  auditLog,
  billingCustomers,
  certificates,
  consents,
  cpdActivities,
  cpdGoals,
  erasureRequests,
  erasedCertificates,
  eventBookings,
  eventReminders,
  events,
  eventWaitlistOffers,
  media,
  membershipReminders,
  newsArticles,
  newsletterRecipients,
  newsletters,
  organisationAdmins,
  organisationInvites,
  organisationInvoices,
  outbox,
  passkeys,
  payments,
  recoveryCodes,
  resources,
  signInFailures,
  subscriptions,
  topics,
  totpFactors,
} from "@/db/schema";
import { auditRowsOf, ERASED_NAME, erasedEmail, type Person, redactAudit, redactErasureNotes } from "./person";

type Row = Record<string, unknown>;

/** How a privacy section reads a person's rows and, on erasure, changes them (returns rows touched). */
export interface TableAccess {
  read: (executor: Executor, person: Person) => Promise<Row[]>;
  erase: (tx: Transaction, person: Person) => Promise<number>;
}

function without(rows: Row[], omit: readonly string[]): Row[] {
  return rows.map((row) => Object.fromEntries(Object.entries(row).filter(([key]) => !omit.includes(key))));
}

async function read(executor: Executor, table: PgTable, where: SQL | undefined, omit: readonly string[] = []): Promise<Row[]> {
  return without((await executor.select().from(table).where(where)) as Row[], omit);
}

async function remove(tx: Transaction, table: PgTable, where: SQL | undefined): Promise<number> {
  return (await tx.delete(table).where(where).returning({ one: sql`1` })).length;
}

/** Rows keyed by the account: exported as they are (less `omit`), deleted on erasure. */
export function ownedRows(table: PgTable, column: AnyPgColumn, omit: readonly string[] = []): TableAccess {
  return {
    read: (executor, person) => read(executor, table, eq(column, person.id), omit),
    erase: (tx, person) => remove(tx, table, eq(column, person.id)),
  };
}

/**
 * Rows that name the person in one or more columns (an author, an uploader): exported by those
 * columns, and kept on erasure with the columns emptied, so the content stays and the person goes.
 */
export function attributedRows(table: PgTable, columns: Record<string, AnyPgColumn>, pick: Record<string, AnyPgColumn>): TableAccess {
  const mine = (person: Person) => or(...Object.values(columns).map((c) => eq(c, person.id)));
  return {
    read: (executor, person) => executor.select(pick).from(table).where(mine(person)) as Promise<Row[]>,
    erase: async (tx, person) => {
      let touched = 0;
      for (const [key, column] of Object.entries(columns)) {
        touched += (await tx.update(table).set({ [key]: null } as never).where(eq(column, person.id)).returning({ one: sql`1` })).length;
      }
      return touched;
    },
  };
}

/** The ids of the person's event bookings, as a subquery. */
function bookingsOf(person: Person) {
  return sql`(select ${eventBookings.id} from ${eventBookings} where ${eventBookings.accountId} = ${person.id})`;
}

/** A booking paid for through Stripe (refunded or not): the record of a sale. */
const paidBooking = or(isNotNull(eventBookings.stripeCheckoutSessionId), isNotNull(eventBookings.stripePaymentIntentId));

/** Rows of a table keyed by one of the person's event bookings: exported, deleted on erasure. */
function bookingRows(table: PgTable, column: AnyPgColumn): TableAccess {
  return {
    read: (executor, person) => read(executor, table, inArray(column, bookingsOf(person))),
    erase: (tx, person) => remove(tx, table, inArray(column, bookingsOf(person))),
  };
}

/** The tables that hold data about a person, as the privacy sections (lib/privacy/sections.ts) use them. */
export const personalTables = {
  accounts: {
    read: (executor, person) => read(executor, accounts, eq(accounts.id, person.id), ["passwordHash", "sessionVersion", "sortName"]),
    erase: async (tx, person) => {
      const rows = await tx
        .update(accounts)
        .set({
          email: erasedEmail(person.id),
          name: ERASED_NAME,
          // Not an argon2 hash: no password verifies against it.
          passwordHash: "!erased",
          role: "member",
          tierSlug: "free",
          membershipExpiresAt: null,
          complimentary: false,
          organisationId: null,
          disabled: true,
          emailVerifiedAt: null,
          preferences: null,
          sessionVersion: sql`${accounts.sessionVersion} + 1`,
          updatedAt: new Date(),
        })
        .where(eq(accounts.id, person.id))
        .returning({ one: sql`1` });
      return rows.length;
    },
  },
  accountTokens: ownedRows(accountTokens, accountTokens.accountId, ["tokenHash"]),
  consents: ownedRows(consents, consents.accountId),
  membershipReminders: ownedRows(membershipReminders, membershipReminders.accountId),
  billingCustomers: ownedRows(billingCustomers, billingCustomers.accountId),
  subscriptions: ownedRows(subscriptions, subscriptions.accountId),
  payments: {
    read: (executor, person) => read(executor, payments, eq(payments.accountId, person.id)),
    // Kept as they are: the account they belong to is now the nameless placeholder.
    erase: async (tx, person) => tx.$count(payments, eq(payments.accountId, person.id)),
  },
  signInFailures: {
    read: (executor, person) => read(executor, signInFailures, eq(signInFailures.key, `email:${person.email.toLowerCase()}`)),
    erase: (tx, person) => remove(tx, signInFailures, eq(signInFailures.key, `email:${person.email.toLowerCase()}`)),
  },
  outbox: {
    read: (executor, person) => read(executor, outbox, eq(sql`lower(${outbox.to})`, person.email.toLowerCase())),
    erase: (tx, person) => remove(tx, outbox, eq(sql`lower(${outbox.to})`, person.email.toLowerCase())),
  },
  auditLog: {
    read: (executor, person) => read(executor, auditLog, auditRowsOf(person)),
    erase: (tx, person) => redactAudit(tx, person),
  },
  erasureRequests: {
    read: (executor, person) => read(executor, erasureRequests, or(eq(erasureRequests.accountId, person.id), eq(erasureRequests.requestedById, person.id))),
    erase: async (tx, person) => {
      const detached = await tx.update(erasureRequests).set({ requestedById: null }).where(eq(erasureRequests.requestedById, person.id)).returning({ one: sql`1` });
      return detached.length + (await redactErasureNotes(tx, person));
    },
  },
  media: attributedRows(media, { uploadedById: media.uploadedById }, { sha256: media.sha256, createdAt: media.createdAt }),
  newsArticles: attributedRows(
    newsArticles,
    { authorId: newsArticles.authorId, updatedById: newsArticles.updatedById },
    { id: newsArticles.id, slug: newsArticles.slug, title: newsArticles.title, status: newsArticles.status, publishedAt: newsArticles.publishedAt },
  ),
  resources: attributedRows(
    resources,
    { authorId: resources.authorId, updatedById: resources.updatedById },
    { id: resources.id, slug: resources.slug, title: resources.title, status: resources.status, publishedAt: resources.publishedAt },
  ),
  organisationAdmins: ownedRows(organisationAdmins, organisationAdmins.accountId),
  /** Invitations sent to the person's address, and those they sent as an organisation admin. */
  organisationInvites: {
    read: (executor, person) =>
      read(executor, organisationInvites, or(eq(sql`lower(${organisationInvites.email})`, person.email.toLowerCase()), eq(organisationInvites.invitedById, person.id)), ["tokenHash"]),
    erase: async (tx, person) => {
      const sent = await tx.update(organisationInvites).set({ invitedById: null }).where(eq(organisationInvites.invitedById, person.id)).returning({ one: sql`1` });
      return sent.length + (await remove(tx, organisationInvites, eq(sql`lower(${organisationInvites.email})`, person.email.toLowerCase())));
    },
  },
  organisationInvoices: attributedRows(
    organisationInvoices,
    { issuedById: organisationInvoices.issuedById },
    { number: organisationInvoices.number, issuedAt: organisationInvoices.issuedAt, totalPence: organisationInvoices.totalPence },
  ),
  /** Sign-ins: browser and address; the WebAuthn challenge and session version are internal. */
  accountSessions: ownedRows(accountSessions, accountSessions.accountId, ["challenge", "sessionVersion"]),
  /** Without the browser cookie's hash: only when each browser was first seen. */
  accountBrowsers: ownedRows(accountBrowsers, accountBrowsers.accountId, ["browserHash"]),
  totpFactors: ownedRows(totpFactors, totpFactors.accountId, ["secretSealed", "lastUsedStep"]),
  recoveryCodes: ownedRows(recoveryCodes, recoveryCodes.accountId, ["codeHash"]),
  passkeys: ownedRows(passkeys, passkeys.accountId, ["publicKey", "counter"]),
  /** With each topic's name, so the export reads without the topic list. */
  accountTopicInterests: {
    read: (executor, person) =>
      executor
        .select({ topicId: accountTopicInterests.topicId, topic: topics.name })
        .from(accountTopicInterests)
        .innerJoin(topics, eq(topics.id, accountTopicInterests.topicId))
        .where(eq(accountTopicInterests.accountId, person.id)),
    erase: (tx, person) => remove(tx, accountTopicInterests, eq(accountTopicInterests.accountId, person.id)),
  },
  newsletterRecipients: ownedRows(newsletterRecipients, newsletterRecipients.accountId),
  newsletters: attributedRows(
    newsletters,
    { authorId: newsletters.authorId, updatedById: newsletters.updatedById },
    { id: newsletters.id, slug: newsletters.slug, subject: newsletters.subject, status: newsletters.status, sentAt: newsletters.sentAt },
  ),
  events: attributedRows(
    events,
    { authorId: events.authorId, updatedById: events.updatedById },
    { id: events.id, slug: events.slug, title: events.title, status: events.status, startsAt: events.startsAt },
  ),
  /**
   * Certificates of the person's bookings (they carry the name as issued). On erasure each code is
   * remembered alone, so checking it says the certificate was issued and its holder erased.
   */
  certificates: {
    read: bookingRows(certificates, certificates.bookingId).read,
    erase: async (tx, person) => {
      const gone = await tx.delete(certificates).where(inArray(certificates.bookingId, bookingsOf(person))).returning({ code: certificates.code });
      if (gone.length) await tx.insert(erasedCertificates).values(gone.map((c) => ({ code: c.code }))).onConflictDoNothing();
      return gone.length;
    },
  },
  cpdActivities: ownedRows(cpdActivities, cpdActivities.accountId),
  cpdGoals: ownedRows(cpdGoals, cpdGoals.accountId),
  eventReminders: bookingRows(eventReminders, eventReminders.bookingId),
  eventWaitlistOffers: bookingRows(eventWaitlistOffers, eventWaitlistOffers.bookingId),
  /**
   * The person's bookings, with each event's title. On erasure those paid for are kept as they are
   * (no name or email in them; the account is now the nameless placeholder), the rest deleted.
   */
  eventBookings: {
    read: (executor, person) =>
      executor
        .select({ ...getTableColumns(eventBookings), eventTitle: events.title })
        .from(eventBookings)
        .innerJoin(events, eq(events.id, eventBookings.eventId))
        .where(eq(eventBookings.accountId, person.id)),
    erase: async (tx, person) => {
      const deleted = await remove(tx, eventBookings, and(eq(eventBookings.accountId, person.id), isNull(eventBookings.stripeCheckoutSessionId), isNull(eventBookings.stripePaymentIntentId)));
      return deleted + (await tx.$count(eventBookings, and(eq(eventBookings.accountId, person.id), paidBooking)));
    },
  },
  /** No account link: only random session ids and their expiry. */
  revokedSessions: { read: async () => [], erase: async () => 0 },
} satisfies Record<string, TableAccess>;


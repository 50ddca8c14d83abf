import { count, eq, sql } from "drizzle-orm";
import type { Database } from "./index";
import { storeFile } from "./file-store";
import {
  accounts,
  articleResources,
  invoiceNumbers,
  organisationAdmins,
  organisationDomains,
  organisationInvoices,
  organisations,
  consents,
  newsletters,
  certificates,
  cpdActivities,
  eventBookings,
  eventMaterials,
  events,
  eventTicketTypes,
  eventTopics,
  newsArticles,
  newsTopics,
  resourceAlternatives,
  resources,
  resourceTiers,
  resourceTopics,
  searchSynonyms,
  tiers,
  topics,
  totpFactors,
} from "./schema";
import { seedArticles, seedResources, seedTopics } from "./seed-data/content";
import { renderResourcePdf } from "./seed-data/pdf";
import { demoNewsletter } from "./seed-data/newsletters";
import { seedEvents } from "./seed-data/events";
import { seedVocabulary } from "./seed-data/vocabulary";
import type { SeedDate } from "./seed-data/types";

export const DEMO_PASSWORD = "demo-password";

/**
 * The demo admin's authenticator-app key (base32), published so that people and tests can compute
 * its codes: admins need a second factor for the dashboard. Never in a real deployment's data.
 */
export const DEMO_ADMIN_TOTP_KEY = "KVKFKRCPNZQUYMLXOVYDSQKJKZDTSRLD";

const DAY = 24 * 60 * 60 * 1000;

export const demoTiers = [
  {
    slug: "free",
    name: "Free",
    position: 0,
    annualPricePence: 0,
    vatTreatment: "exempt",
    description: "For anyone who wants to keep up with SEND news and open our public and members' resources.",
    benefits: ["Our news and public resources", "Members-only resources", "Monthly email bulletin"],
  },
  {
    slug: "silver",
    name: "Silver",
    position: 1,
    annualPricePence: 4500,
    vatTreatment: "exempt",
    description: "For individual practitioners: SENCOs, teachers and support staff building their practice.",
    benefits: ["Everything in Free", "Silver resource library: guides, templates and briefings", "Discounted training"],
  },
  {
    slug: "gold",
    name: "Gold",
    position: 2,
    annualPricePence: 12000,
    vatTreatment: "exempt",
    description: "For leaders and settings who want the whole library, policy briefings and presentations.",
    benefits: ["Everything in Silver", "Gold policy briefings and national SEND updates", "Conference places at member rates"],
  },
] as const;

export function demoAccounts(now: Date) {
  const inDays = (days: number) => new Date(now.getTime() + days * DAY);
  return [
    { email: "admin@example.org", name: "Priya Shah", role: "admin", tierSlug: "free", membershipExpiresAt: null },
    { email: "editor@example.org", name: "Tom Okafor", role: "editor", tierSlug: "free", membershipExpiresAt: null },
    { email: "gold@example.org", name: "Hannah Wright", role: "member", tierSlug: "gold", membershipExpiresAt: inDays(300) },
    { email: "silver@example.org", name: "Sam Patel", role: "member", tierSlug: "silver", membershipExpiresAt: inDays(200) },
    { email: "member@example.org", name: "Jamie Lee", role: "member", tierSlug: "free", membershipExpiresAt: null },
    { email: "expired@example.org", name: "Morgan Reid", role: "member", tierSlug: "gold", membershipExpiresAt: inDays(-30) },
  ] as const;
}

/** Featured on the home page. */
const featuredSlugs = ["what-is-dme", "national-send-update", "training-opportunities"];

function resolveDate(date: SeedDate, now: Date): Date {
  if (typeof date === "string") return new Date(date.length === 10 ? `${date}T09:00:00Z` : date);
  return new Date(now.getTime() + date.daysFromNow * DAY);
}

export async function isSeeded(db: Database): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(tiers);
  return (row?.n ?? 0) > 0;
}

/** Removes every row (keeps the schema), for `db:seed --reset` and tests. */
export async function resetDatabase(db: Database): Promise<void> {
  await db.execute(sql`
    truncate table certificates, erased_certificates, cpd_activities, cpd_goals, event_reminders, event_waitlist_offers, event_bookings,
      event_materials, event_ticket_types, event_topics, events, audit_log, outbox, sign_in_failures, account_tokens, article_resources, resource_alternatives,
      news_topics, resource_topics, resource_tiers, news_articles, resources, file_chunks, files, search_synonyms,
      topics, accounts, organisations, organisation_domains, organisation_admins, organisation_invites,
      organisation_invoices, invoice_numbers, tiers restart identity cascade`);
}

/** Loads the demo tiers, accounts and content in one transaction. */
/** Hashes a password the way sign-in checks it; passed in, as hashing belongs to the auth domain. */
export type PasswordHasher = (password: string) => Promise<string>;
/** Seals a second-factor secret the way sign-in opens it (lib/auth/second-factor/seal.ts); passed in likewise. */
export type SecretSealer = (plain: string) => string;

export async function seedDatabase(db: Database, hashPassword: PasswordHasher, sealSecret: SecretSealer, now = new Date()): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const pdfs = new Map<string, Uint8Array>();
  const largePrint = new Map<string, Uint8Array>();
  for (const r of seedResources) {
    if (r.file) pdfs.set(r.slug, await renderResourcePdf(r.title, r.body));
    if (r.file && r.largePrint) largePrint.set(r.slug, await renderResourcePdf(r.title, r.body, { largePrint: true }));
  }

  const materialPdfs = new Map<string, Uint8Array>();
  for (const m of seedEvents.flatMap((e) => e.materials ?? [])) materialPdfs.set(m.filename, await renderResourcePdf(m.title, m.body));

  await db.transaction(async (tx) => {
    await tx.insert(tiers).values(demoTiers.map((t) => ({ ...t, benefits: [...t.benefits] })));
    const insertedAccounts = await tx
      .insert(accounts)
      .values(demoAccounts(now).map((a) => ({ ...a, passwordHash, emailVerifiedAt: now })))
      .returning({ id: accounts.id, email: accounts.email });
    const editorId = insertedAccounts.find((a) => a.email === "editor@example.org")?.id ?? null;
    const adminId = insertedAccounts.find((a) => a.email === "admin@example.org")!.id;
    await tx.insert(totpFactors).values({ accountId: adminId, secretSealed: sealSecret(DEMO_ADMIN_TOTP_KEY), confirmedAt: now });
    await seedOakfield(tx, passwordHash, now, adminId);

    await tx.insert(searchSynonyms).values(seedVocabulary.map((terms) => ({ terms })));
    const topicRows = await tx.insert(topics).values(seedTopics).returning({ id: topics.id, slug: topics.slug });
    const topicId = (slug: string) => {
      const id = topicRows.find((t) => t.slug === slug)?.id;
      if (!id) throw new Error(`Seed content names an unknown topic: ${slug}`);
      return id;
    };

    const resourceIds = new Map<string, string>();
    for (const r of seedResources) {
      const bytes = pdfs.get(r.slug);
      const fileId = bytes
        ? await storeFile(tx, { filename: r.file!.filename, contentType: "application/pdf", bytes })
        : null;
      const [row] = await tx
        .insert(resources)
        .values({
          slug: r.slug,
          title: r.title,
          type: r.type,
          summary: r.summary,
          easyReadSummary: r.easyRead ?? "",
          body: r.body,
          visibility: typeof r.visibility === "string" ? r.visibility : "tiers",
          fileId,
          featured: featuredSlugs.includes(r.slug),
          status: r.status ?? "published",
          publishedAt: resolveDate(r.publishedAt, now),
          authorId: editorId,
        })
        .returning({ id: resources.id });
      resourceIds.set(r.slug, row!.id);
      const large = largePrint.get(r.slug);
      if (large) {
        const filename = r.file!.filename.replace(/\.pdf$/, "-large-print.pdf");
        const largeId = await storeFile(tx, { filename, contentType: "application/pdf", bytes: large });
        await tx.insert(resourceAlternatives).values({ resourceId: row!.id, kind: "large-print", fileId: largeId });
      }
      if (typeof r.visibility !== "string") {
        await tx.insert(resourceTiers).values(r.visibility.tiers.map((tierSlug) => ({ resourceId: row!.id, tierSlug })));
      }
      if (r.topics.length > 0) {
        await tx.insert(resourceTopics).values(r.topics.map((slug) => ({ resourceId: row!.id, topicId: topicId(slug) })));
      }
    }

    for (const a of seedArticles) {
      const [row] = await tx
        .insert(newsArticles)
        .values({
          slug: a.slug,
          title: a.title,
          standfirst: a.standfirst,
          body: a.body,
          status: a.status ?? "published",
          publishedAt: resolveDate(a.publishedAt, now),
          authorId: editorId,
        })
        .returning({ id: newsArticles.id });
      if (a.topics.length > 0) {
        await tx.insert(newsTopics).values(a.topics.map((slug) => ({ articleId: row!.id, topicId: topicId(slug) })));
      }
      const related = (a.related ?? []).map((slug, position) => {
        const resourceId = resourceIds.get(slug);
        if (!resourceId) throw new Error(`Article ${a.slug} relates an unknown resource: ${slug}`);
        return { articleId: row!.id, resourceId, position };
      });
      if (related.length > 0) await tx.insert(articleResources).values(related);
    }

    // The demo Gold and Silver members ticked "Send me the newsletter" when they registered; the
    // editor has drafted this month's members' update for Gold members.
    const accountId = (email: string) => insertedAccounts.find((a) => a.email === email)!.id;
    await tx.insert(consents).values(
      ["gold@example.org", "silver@example.org"].map((email) => ({
        accountId: accountId(email),
        purpose: "newsletter" as const,
        given: true,
        wording: "Send me the SEND Network newsletter by email. I can unsubscribe at any time.",
        source: "registration",
      })),
    );
    await tx.insert(newsletters).values(demoNewsletter(editorId));
    await seedEventRows(tx, now, { editorId, accounts: insertedAccounts, topicId, materialPdfs });
  });
}

type SeedTransaction = Parameters<Parameters<Database["transaction"]>[0]>[0];

/** The demo organisation's staff: the SENCO manages it; all three hold seats. */
export const oakfieldPeople = [
  { email: "senco@oakfield.example.org", name: "Alex Morgan" },
  { email: "teacher@oakfield.example.org", name: "Ruth Adeyemi" },
  { email: "ta@oakfield.example.org", name: "Daniel Price" },
] as const;

/**
 * "Oakfield Primary School": Gold for 10 seats, 3 used, on the verified domain oakfield.example.org,
 * with a paid invoice for this year and an open one for two more seats.
 */
async function seedOakfield(tx: SeedTransaction, passwordHash: string, now: Date, staffId: string | null) {
  const startsAt = new Date(now.getTime() - 120 * DAY);
  const endsAt = new Date(startsAt);
  endsAt.setUTCFullYear(endsAt.getUTCFullYear() + 1);
  const [org] = await tx
    .insert(organisations)
    .values({
      name: "Oakfield Primary School",
      type: "school",
      invoiceAddress: "Finance Office\nOak Lane\nLeeds\nLS1 4AB",
      tierSlug: "gold",
      seats: 10,
      startsAt,
      endsAt,
      membershipExpiresAt: new Date(endsAt.getTime() + 30 * DAY),
    })
    .returning({ id: organisations.id });
  const organisationId = org!.id;
  await tx.insert(organisationDomains).values({ domain: "oakfield.example.org", organisationId });
  const people = await tx
    .insert(accounts)
    .values(oakfieldPeople.map((p) => ({ ...p, passwordHash, emailVerifiedAt: now, organisationId })))
    .returning({ id: accounts.id, email: accounts.email });
  await tx.insert(organisationAdmins).values({ organisationId, accountId: people.find((p) => p.email === "senco@oakfield.example.org")!.id });
  const billedTo = "Oakfield Primary School\nFinance Office\nOak Lane\nLeeds\nLS1 4AB";
  const common = { organisationId, tierSlug: "gold", unitPricePence: 12000, vatTreatment: "exempt" as const, vatPence: 0, billedTo, issuedById: staffId };
  const issuedPaid = new Date(startsAt.getTime() - 14 * DAY);
  // Two seats for the rest of the year: the days left of the period's 365, as lib/organisations prorates.
  const added = 2 * Math.round(12000 * (Math.ceil((endsAt.getTime() - now.getTime()) / DAY) / Math.round((endsAt.getTime() - startsAt.getTime()) / DAY)));
  await tx.insert(organisationInvoices).values([
    {
      ...common,
      number: 1,
      kind: "membership",
      status: "paid",
      seats: 10,
      netPence: 120000,
      totalPence: 120000,
      poNumber: "PO-OAK-2291",
      periodStart: startsAt,
      periodEnd: endsAt,
      issuedAt: issuedPaid,
      dueAt: new Date(issuedPaid.getTime() + 30 * DAY),
      paidAt: startsAt,
      paidBy: "bank-transfer",
    },
    {
      ...common,
      number: 2,
      kind: "seats",
      status: "open",
      seats: 2,
      netPence: added,
      totalPence: added,
      poNumber: "PO-OAK-2417",
      periodStart: now,
      periodEnd: endsAt,
      issuedAt: now,
      dueAt: new Date(now.getTime() + 30 * DAY),
    },
  ]);
  await tx.insert(invoiceNumbers).values({ series: "organisation-invoices", last: 2 });
}


/** "2026-05-14" and "09:30" in UK time, `days` from now. */
function londonAt(now: Date, days: number, time: string): Date {
  const day = new Date(now.getTime() + days * DAY).toLocaleDateString("en-CA", { timeZone: "Europe/London" });
  const wall = new Date(`${day}T${time}:00Z`);
  const zone = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", timeZoneName: "longOffset" }).formatToParts(wall).find((p) => p.type === "timeZoneName")?.value ?? "GMT";
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(zone);
  const offsetMinutes = m ? (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
  return new Date(wall.getTime() - offsetMinutes * 60_000);
}

async function seedEventRows(
  tx: Parameters<Parameters<Database["transaction"]>[0]>[0],
  now: Date,
  ctx: { editorId: string | null; accounts: Array<{ id: string; email: string }>; topicId: (slug: string) => string; materialPdfs: Map<string, Uint8Array> },
) {
  const accountId = (email: string) => ctx.accounts.find((a) => a.email === email)!.id;
  for (const e of seedEvents) {
    const startsAt = londonAt(now, e.daysFromNow, e.startTime);
    const [event] = await tx
      .insert(events)
      .values({
        slug: e.slug,
        title: e.title,
        type: e.type,
        summary: e.summary,
        body: e.body,
        startsAt,
        endsAt: londonAt(now, e.daysFromNow, e.endTime),
        online: e.online,
        venueName: e.venueName ?? "",
        address: e.address ?? "",
        mapUrl: e.mapUrl ?? "",
        joinUrl: e.joinUrl ?? "",
        capacity: e.capacity,
        cpdHours: e.cpdHours,
        status: "published",
        publishedAt: new Date(now.getTime() - 60 * DAY),
        authorId: ctx.editorId,
      })
      .returning({ id: events.id });
    await tx.insert(eventTopics).values(e.topics.map((slug) => ({ eventId: event!.id, topicId: ctx.topicId(slug) })));
    const tickets = await tx
      .insert(eventTicketTypes)
      .values(e.tickets.map((t, position) => ({ eventId: event!.id, name: t.name, description: t.description ?? "", nonMemberPricePence: t.nonMemberPricePence, tierPrices: t.tierPrices, tiers: t.tiers ?? [], position })))
      .returning({ id: eventTicketTypes.id });
    for (const b of e.bookings) {
      const ticket = e.tickets[b.ticket]!;
      const [booking] = await tx
        .insert(eventBookings)
        .values({ eventId: event!.id, accountId: accountId(b.email), ticketTypeId: tickets[b.ticket]!.id, status: b.status, pricePence: ticket.tierPrices.gold ?? 0, attendedAt: b.status === "attended" ? startsAt : null })
        .returning({ id: eventBookings.id });
      if (b.status === "attended") {
        const date = startsAt.toLocaleDateString("en-CA", { timeZone: "Europe/London" });
        await tx.insert(cpdActivities).values({ accountId: accountId(b.email), title: e.title, date, hours: e.cpdHours, bookingId: booking!.id });
        const [holder] = demoAccounts(now).filter((a) => a.email === b.email);
        await tx.insert(certificates).values({ code: DEMO_CERTIFICATE_CODE, bookingId: booking!.id, name: holder!.name, eventTitle: e.title, eventDate: date, hours: e.cpdHours });
      }
    }
    for (const [position, m] of (e.materials ?? []).entries()) {
      const fileId = await storeFile(tx, { filename: m.filename, contentType: "application/pdf", bytes: ctx.materialPdfs.get(m.filename)! });
      await tx.insert(eventMaterials).values({ eventId: event!.id, title: m.title, fileId, visibility: "tiers", tiers: m.tiers, attendees: m.attendees, position });
    }
  }
}

/** The demo certificate (Gold's, for the past training course): `/certificates/<code>` confirms it. */
export const DEMO_CERTIFICATE_CODE = "GQ7K-3MXP-9TDW";

/** For tests: the id of a seeded row by slug. */
export async function resourceIdBySlug(db: Database, slug: string): Promise<string | undefined> {
  const [row] = await db.select({ id: resources.id }).from(resources).where(eq(resources.slug, slug));
  return row?.id;
}


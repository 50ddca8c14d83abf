/**
 * Test data for the privacy tests: a person with rows in every privacy section's table. A new
 * section needs a line here too (the export test fails for a section with no rows).
 */
import { randomUUID } from "node:crypto";
import { db } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { recordConsent } from "@/db/queries/consents";
import {
  accountBrowsers,
  accountSessions,
  accountTokens,
  accountTopicInterests,
  accounts,
  billingCustomers,
  certificates,
  cpdActivities,
  cpdGoals,
  erasureRequests,
  eventBookings,
  eventReminders,
  events,
  eventWaitlistOffers,
  files,
  media,
  membershipReminders,
  newsArticles,
  newsletterRecipients,
  newsletters,
  organisationAdmins,
  organisationInvites,
  organisationInvoices,
  organisations,
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

export interface TestPerson {
  id: string;
  email: string;
  name: string;
}

let counter = 0;

export async function makePerson(label: string, passwordHash = "x"): Promise<TestPerson> {
  counter += 1;
  const tag = `${Date.now().toString(36)}${counter}${Math.random().toString(36).slice(2, 6)}`;
  const email = `${label}-${tag}@example.org`;
  // A name found nowhere else in the database, so a scan for it finds only this person's data.
  const name = `${label[0]!.toUpperCase()}${label.slice(1)} Quillfeather${tag}`;
  const [row] = await db
    .insert(accounts)
    .values({ email, name, passwordHash, emailVerifiedAt: new Date(), preferences: { font: "default" } })
    .returning({ id: accounts.id });
  return { id: row!.id, email, name };
}

/** Rows about the person in every table a privacy section covers; `stripe` false skips billing rows. */
export async function populate(person: TestPerson, options: { billing?: boolean } = {}): Promise<void> {
  const tag = randomUUID().slice(0, 8);
  await recordConsent(db, { accountId: person.id, purpose: "newsletter", given: true, wording: "Send me the newsletter", source: "registration" });
  await db.insert(accountTokens).values({ tokenHash: `hash-${tag}-${person.id}`, purpose: "verify-email", accountId: person.id, expiresAt: new Date(Date.now() + 3_600_000) });
  await db.insert(signInFailures).values({ key: `email:${person.email.toLowerCase()}` });
  await db.insert(outbox).values({ to: person.email, subject: "Welcome", text: `Hello ${person.name}, confirm your address: http://localhost:3000/verify-email?token=secret${tag}` });
  await db.insert(membershipReminders).values({ accountId: person.id, kind: "renewal-30", dueKey: `2030-01-01-${tag}` });
  if (options.billing !== false) {
    const customer = `cus_test_${tag}`;
    const sub = `sub_test_${tag}`;
    await db.insert(billingCustomers).values({ accountId: person.id, stripeCustomerId: customer });
    await db.insert(subscriptions).values({
      stripeSubscriptionId: sub,
      accountId: person.id,
      stripeCustomerId: customer,
      status: "canceled",
      tierSlug: "gold",
      stripePriceId: "price_x",
      unitAmountPence: 6000,
      currentPeriodEnd: new Date(Date.now() - 86_400_000),
      paidThrough: new Date(Date.now() - 86_400_000),
      cardBrand: "visa",
      cardLast4: "4242",
    });
    await db.insert(payments).values({
      stripeInvoiceId: `in_test_${tag}`,
      accountId: person.id,
      stripeSubscriptionId: sub,
      status: "paid",
      amountDuePence: 6000,
      amountPaidPence: 6000,
      currency: "gbp",
      issuedAt: new Date(),
      paidAt: new Date(),
    });
  }
  await recordAudit(db, {
    actorId: null,
    action: "update",
    entityType: "account",
    entityId: person.id,
    summary: `Changed the tier of ${person.name} (${person.email})`,
    changes: { name: { from: person.name, to: person.name }, email: { from: null, to: person.email } },
  });
  await recordAudit(db, { actorId: person.id, action: "update", entityType: "setting", entityId: null, summary: "Changed the grace period" });
  await db.insert(erasureRequests).values({ accountId: person.id, source: "self", status: "cancelled", dueAt: new Date(), cancelledAt: new Date() });
  const [file] = await db.insert(files).values({ filename: `photo-${tag}.png`, contentType: "image/png", size: 1, sha256: `sha-${tag}` }).returning({ id: files.id });
  await db.insert(media).values({ sha256: `sha-${tag}-${person.id}`, fileId: file!.id, uploadedById: person.id });
  await db.insert(newsArticles).values({ slug: `privacy-article-${tag}`, title: `Article ${tag}`, authorId: person.id });
  const [organisation] = await db.insert(organisations).values({ name: `School ${tag}`, tierSlug: "gold", seats: 5 }).returning({ id: organisations.id });
  await db.insert(organisationAdmins).values({ organisationId: organisation!.id, accountId: person.id });
  await db.insert(organisationInvites).values([
    { organisationId: organisation!.id, email: person.email, tokenHash: `invite-to-${tag}-${person.id}`, expiresAt: new Date(Date.now() + 86_400_000) },
    { organisationId: organisation!.id, email: `colleague-${tag}@example.org`, tokenHash: `invite-by-${tag}-${person.id}`, invitedById: person.id, expiresAt: new Date(Date.now() + 86_400_000) },
  ]);
  const number = 900_000 + Math.floor(Math.random() * 99_999);
  await db.insert(organisationInvoices).values({
    number,
    organisationId: organisation!.id,
    tierSlug: "gold",
    seats: 5,
    unitPricePence: 12000,
    vatTreatment: "exempt",
    netPence: 60000,
    vatPence: 0,
    totalPence: 60000,
    billedTo: `School ${tag}`,
    periodStart: new Date(),
    periodEnd: new Date(Date.now() + 365 * 86_400_000),
    dueAt: new Date(Date.now() + 30 * 86_400_000),
    issuedById: person.id,
  });
  await db.insert(resources).values({ slug: `privacy-resource-${tag}`, title: `Resource ${tag}`, updatedById: person.id });

  // Security: a session, a known browser, and second factors (with secrets the export leaves out).
  await db.insert(accountSessions).values({ id: randomUUID(), accountId: person.id, userAgent: "Mozilla/5.0 (test)", address: "192.0.2.1", challenge: `challenge-${tag}` });
  await db.insert(accountBrowsers).values({ accountId: person.id, browserHash: `browser-${tag}` });
  await db.insert(totpFactors).values({ accountId: person.id, secretSealed: `sealed-${tag}`, confirmedAt: new Date() }).onConflictDoNothing();
  await db.insert(recoveryCodes).values({ accountId: person.id, codeHash: `code-${tag}` });
  await db.insert(passkeys).values({ id: `passkey-${tag}-${person.id}`, accountId: person.id, publicKey: Buffer.from([1, 2, 3]), name: "Laptop" });

  // Newsletters: a topic followed, a newsletter written as staff and one sent to the person.
  const [topic] = await db.insert(topics).values({ slug: `privacy-topic-${tag}`, name: `Topic ${tag}` }).returning({ id: topics.id });
  await db.insert(accountTopicInterests).values({ accountId: person.id, topicId: topic!.id });
  const [newsletter] = await db
    .insert(newsletters)
    .values({ slug: `privacy-newsletter-${tag}`, subject: `Newsletter ${tag}`, status: "sent", authorId: person.id })
    .returning({ id: newsletters.id });
  await db.insert(newsletterRecipients).values({ newsletterId: newsletter!.id, accountId: person.id, email: person.email, state: "sent", sentAt: new Date() });

  // Events: one created as staff and attended on a paid ticket (reminded, certified, in the CPD record), one waited for.
  const start = new Date(Date.now() - 7 * 86_400_000);
  const eventValues = (slug: string) => ({ slug, title: `Event ${slug}`, type: "training" as const, startsAt: start, endsAt: new Date(start.getTime() + 3_600_000), capacity: 10, cpdHours: 1 });
  const [attended] = await db.insert(events).values({ ...eventValues(`privacy-event-${tag}`), authorId: person.id }).returning({ id: events.id });
  const [full] = await db.insert(events).values(eventValues(`privacy-full-event-${tag}`)).returning({ id: events.id });
  const [booking] = await db
    .insert(eventBookings)
    .values({ eventId: attended!.id, accountId: person.id, status: "attended", attendedAt: start, pricePence: 2500, stripeCheckoutSessionId: `cs_test_${tag}`, stripePaymentIntentId: `pi_test_${tag}` })
    .returning({ id: eventBookings.id });
  await db.insert(eventReminders).values({ bookingId: booking!.id, kind: "day" });
  await db.insert(certificates).values({ code: `TEST-${tag}-${person.id.slice(0, 8)}`, bookingId: booking!.id, name: person.name, eventTitle: `Event ${tag}`, eventDate: start.toISOString().slice(0, 10), hours: 1 });
  await db.insert(cpdActivities).values({ accountId: person.id, title: `Event ${tag}`, date: start.toISOString().slice(0, 10), hours: 1, reflection: "Useful", bookingId: booking!.id });
  await db.insert(cpdGoals).values({ accountId: person.id, hoursPerYear: 30 }).onConflictDoNothing();
  const [waiting] = await db.insert(eventBookings).values({ eventId: full!.id, accountId: person.id, status: "waitlisted" }).returning({ id: eventBookings.id });
  await db.insert(eventWaitlistOffers).values({ bookingId: waiting!.id, eventId: full!.id, expiresAt: new Date(Date.now() + 86_400_000) });
}

/**
 * Test data for the privacy tests: a person with rows in every privacy section's table. A new
 * section needs a line here too (the export test fails for a section with no rows).
 */
import { randomUUID } from "node:crypto";
import { db } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { recordConsent } from "@/db/queries/consents";
import {
  accountTokens,
  accounts,
  billingCustomers,
  erasureRequests,
  files,
  media,
  membershipReminders,
  newsArticles,
  organisationAdmins,
  organisationInvites,
  organisationInvoices,
  organisations,
  outbox,
  payments,
  resources,
  signInFailures,
  subscriptions,
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
}

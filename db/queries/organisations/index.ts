import "server-only";
import { and, asc, count, desc, eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { accounts, organisationAdmins, organisationDomains, organisationInvoices, organisations, tiers } from "@/db/schema";

export * from "./seats";
export * from "./invites";
export * from "./invoices";
export * from "./staff";
export * from "./start";

const organisationColumns = {
  id: organisations.id,
  name: organisations.name,
  type: organisations.type,
  invoiceAddress: organisations.invoiceAddress,
  tierSlug: organisations.tierSlug,
  tierName: tiers.name,
  seats: organisations.seats,
  startsAt: organisations.startsAt,
  endsAt: organisations.endsAt,
  membershipExpiresAt: organisations.membershipExpiresAt,
};

/** The organisations this account manages (usually one), by name. */
export async function listAdministeredOrganisations(accountId: string) {
  return db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisationAdmins)
    .innerJoin(organisations, eq(organisations.id, organisationAdmins.organisationId))
    .where(eq(organisationAdmins.accountId, accountId))
    .orderBy(asc(organisations.name));
}

export async function isOrganisationAdmin(accountId: string, organisationId: string): Promise<boolean> {
  if (!/^[0-9a-f-]{36}$/i.test(organisationId)) return false;
  const n = await db.$count(organisationAdmins, and(eq(organisationAdmins.accountId, accountId), eq(organisationAdmins.organisationId, organisationId)));
  return n > 0;
}

export async function getOrganisation(id: string) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const [row] = await db.select(organisationColumns).from(organisations).innerJoin(tiers, eq(tiers.slug, organisations.tierSlug)).where(eq(organisations.id, id));
  return row ?? null;
}

export type OrganisationRow = NonNullable<Awaited<ReturnType<typeof getOrganisation>>>;

/** Everything an organisation's page shows: the organisation, its people, admins, domains and invoices. */
export async function getOrganisationOverview(id: string) {
  const organisation = await getOrganisation(id);
  if (!organisation) return null;
  const [people, admins, domains, invoices] = await Promise.all([
    db
      .select({ id: accounts.id, name: accounts.name, email: accounts.email, disabled: accounts.disabled })
      .from(accounts)
      .where(eq(accounts.organisationId, id))
      .orderBy(asc(accounts.sortName))
      .limit(5000),
    db
      .select({ id: accounts.id, name: accounts.name, email: accounts.email })
      .from(organisationAdmins)
      .innerJoin(accounts, eq(accounts.id, organisationAdmins.accountId))
      .where(eq(organisationAdmins.organisationId, id))
      .orderBy(asc(accounts.sortName)),
    db.select({ domain: organisationDomains.domain }).from(organisationDomains).where(eq(organisationDomains.organisationId, id)).orderBy(asc(organisationDomains.domain)),
    db
      .select({
        id: organisationInvoices.id,
        number: organisationInvoices.number,
        kind: organisationInvoices.kind,
        status: organisationInvoices.status,
        seats: organisationInvoices.seats,
        totalPence: organisationInvoices.totalPence,
        poNumber: organisationInvoices.poNumber,
        issuedAt: organisationInvoices.issuedAt,
        dueAt: organisationInvoices.dueAt,
        paidAt: organisationInvoices.paidAt,
        periodStart: organisationInvoices.periodStart,
        periodEnd: organisationInvoices.periodEnd,
      })
      .from(organisationInvoices)
      .where(eq(organisationInvoices.organisationId, id))
      .orderBy(desc(organisationInvoices.number))
      .limit(100),
  ]);
  return { organisation, people, admins: admins, domains: domains.map((d) => d.domain), invoices };
}

export type OrganisationOverview = NonNullable<Awaited<ReturnType<typeof getOrganisationOverview>>>;

/** Staff's list: every organisation with its seats used and open invoices. */
export async function listOrganisations() {
  return db
    .select({
      ...organisationColumns,
      used: sql<number>`(select count(*) from ${accounts} where ${accounts.organisationId} = ${organisations.id})`.mapWith(Number),
      openInvoices: sql<number>`(select count(*) from ${organisationInvoices} where ${organisationInvoices.organisationId} = ${organisations.id} and ${organisationInvoices.status} = 'open')`.mapWith(Number),
    })
    .from(organisations)
    .innerJoin(tiers, eq(tiers.slug, organisations.tierSlug))
    .orderBy(asc(sql`lower(${organisations.name})`))
    .limit(500);
}

export async function countOrganisations(): Promise<number> {
  const [row] = await db.select({ n: count() }).from(organisations);
  return row?.n ?? 0;
}

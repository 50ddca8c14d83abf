import { and, eq, like } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { accounts, auditLog, organisationInvoices, organisations, outbox } from "@/db/schema";
import { canOpen } from "@/lib/access";
import { createAccountSession } from "@/db/queries/account-sessions";
import { viewerFromSession } from "@/lib/auth/viewer";
import { hashToken } from "@/lib/auth/tokens";
import {
  acceptInvite,
  addDomain,
  addOrganisationAdmin,
  createOrganisation,
  freeSeat,
  getOrganisationOverview,
  isOrganisationAdmin,
  joinByDomain,
  markInvoicePaid,
  seatsUsed,
  startOrganisation,
  takeSeat,
  updateOrganisation,
} from "@/db/queries/organisations";
import { inviteToOrganisation } from "./invites";
import { issueOrganisationInvoice } from "./invoicing";

/* Organisation memberships: seats capped under a lock, joining by invitation or verified domain, invoices paid on account, the tier given and taken away on the next request. */
const DAY = 86_400_000;
const gold = { visibility: "tiers" as const, tiers: ["gold"] };
let counter = 0;

async function staffId() {
  return (await db.select({ id: accounts.id }).from(accounts).where(eq(accounts.email, "admin@example.org")))[0]!.id;
}

async function person(domain = "example.net", verified = true) {
  counter += 1;
  const [row] = await db
    .insert(accounts)
    .values({ email: `staff${counter}-${Date.now()}@${domain}`, name: `Staff ${counter}`, passwordHash: "x", emailVerifiedAt: verified ? new Date() : null })
    .returning({ id: accounts.id, email: accounts.email, sessionVersion: accounts.sessionVersion });
  return row!;
}

async function school(options: { seats?: number; endsInDays?: number | null; domain?: string } = {}) {
  counter += 1;
  const ends = options.endsInDays === undefined ? 200 : options.endsInDays;
  const id = await createOrganisation(await staffId(), {
    name: `Test School ${counter}`,
    type: "school",
    invoiceAddress: "1 High Street\nTesttown\nTT1 1TT",
    tierSlug: "gold",
    seats: options.seats ?? 3,
    startsAt: ends === null ? null : new Date(Date.now() - 100 * DAY),
    endsAt: ends === null ? null : new Date(Date.now() + ends * DAY),
  });
  if (options.domain) await addDomain(await staffId(), id, options.domain);
  return id;
}

/** The viewer a request by this account would get now: what lib/access decides from. */
/** The viewer of this person's next request, from a signed-in session of theirs. */
const viewerNow = async (account: { id: string; sessionVersion: number }) => {
  const sid = crypto.randomUUID();
  await createAccountSession({ id: sid, accountId: account.id, pendingSecondFactor: false, sessionVersion: account.sessionVersion, userAgent: "test", address: null });
  return viewerFromSession({ user: { id: account.id }, sid, sessionVersion: account.sessionVersion } as never);
};

const seat = (orgId: string, accountId: string) => db.transaction((tx) => takeSeat(tx, orgId, accountId, null, "test"));

describe("seats", () => {
  it("lets exactly one of two people racing for the last seat take it", async () => {
    const orgId = await school({ seats: 2 });
    expect((await seat(orgId, (await person()).id)).ok).toBe(true);
    const [a, b] = [await person(), await person()];
    const results = await Promise.all([seat(orgId, a.id), seat(orgId, b.id)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ ok: false, reason: "full" });
    expect(await seatsUsed(db, orgId)).toBe(2);
  });

  it("holds one organisation's seat at a time", async () => {
    const [first, second] = [await school(), await school()];
    const teacher = await person();
    expect((await seat(first, teacher.id)).ok).toBe(true);
    expect(await seat(second, teacher.id)).toMatchObject({ ok: false, reason: "elsewhere" });
  });

  it("gives the organisation's tier on the next request, and removal takes it away on the next one, keeping the account", async () => {
    const orgId = await school();
    const teacher = await person();
    expect(canOpen(await viewerNow(teacher), gold).allowed).toBe(false);
    await seat(orgId, teacher.id);
    expect(canOpen(await viewerNow(teacher), gold).allowed).toBe(true);
    await db.transaction((tx) => freeSeat(tx, orgId, teacher.id, null, "removed by the SENCO"));
    const after = await viewerNow(teacher);
    expect(after).not.toBeNull();
    expect(after!.organisation).toBeNull();
    expect(canOpen(after, gold)).toMatchObject({ allowed: false, reason: "tier-required" });
    expect(canOpen(after, { visibility: "members", tiers: [] }).allowed).toBe(true);
  });

  it("refuses to set fewer seats than are in use", async () => {
    const orgId = await school({ seats: 3 });
    await seat(orgId, (await person()).id);
    await seat(orgId, (await person()).id);
    const org = (await getOrganisationOverview(orgId))!.organisation;
    const result = await updateOrganisation(await staffId(), orgId, { ...org, seats: 1 });
    expect(result).toEqual({ ok: false, reason: "seats-below-used", used: 2 });
  });
});

describe("joining by verified domain", () => {
  it("needs a confirmed address, then takes a seat while seats remain", async () => {
    const domain = `school${Date.now()}.example.org`;
    const orgId = await school({ seats: 1, domain });
    const unconfirmed = await person(domain, false);
    expect(await joinByDomain(unconfirmed.id)).toEqual({ ok: false, reason: "unconfirmed" });
    expect(await seatsUsed(db, orgId)).toBe(0);
    const confirmed = await person(domain);
    expect(await joinByDomain(confirmed.id)).toMatchObject({ ok: true });
    expect(await joinByDomain((await person(domain)).id)).toMatchObject({ ok: false, reason: "full" });
    expect(await joinByDomain((await person("elsewhere.example.org")).id)).toEqual({ ok: false, reason: "no-domain" });
  });
});

describe("invitations", () => {
  it("emails a single-use link that seats the invited address once", async () => {
    const orgId = await school({ seats: 5 });
    const teacher = await person();
    const { token } = await inviteToOrganisation({ organisationId: orgId, organisationName: "Test", email: teacher.email.toUpperCase(), inviterName: "The SENCO", actorId: null });
    const [mail] = await db.select().from(outbox).where(eq(outbox.to, teacher.email));
    expect(mail!.text).toContain(`/account/organisation/accept?token=${token}`);
    const stranger = await person();
    expect(await acceptInvite(hashToken(token), stranger.id)).toMatchObject({ ok: false, reason: "wrong-account" });
    expect(await acceptInvite(hashToken(token), teacher.id)).toMatchObject({ ok: true });
    expect(await acceptInvite(hashToken(token), teacher.id)).toEqual({ ok: false, reason: "invalid" });
  });

  it("a resent link replaces the old one, and an expired link does nothing", async () => {
    const orgId = await school();
    const teacher = await person();
    const first = await inviteToOrganisation({ organisationId: orgId, organisationName: "Test", email: teacher.email, inviterName: "S", actorId: null });
    const second = await inviteToOrganisation({ organisationId: orgId, organisationName: "Test", email: teacher.email, inviterName: "S", actorId: null });
    expect(second.renewed).toBe(true);
    expect(await acceptInvite(hashToken(first.token), teacher.id)).toEqual({ ok: false, reason: "invalid" });
    await db.execute(`update organisation_invites set expires_at = now() - interval '1 minute' where organisation_id = '${orgId}'`);
    expect(await acceptInvite(hashToken(second.token), teacher.id)).toEqual({ ok: false, reason: "invalid" });
  });
});

describe("invoices", () => {
  it("numbers invoices issued at once without gaps or repeats", async () => {
    const orgs = [await school(), await school(), await school()];
    const before = (await db.select({ n: organisationInvoices.number }).from(organisationInvoices)).map((r) => r.n);
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => issueOrganisationInvoice({ organisationId: orgs[i % 3]!, kind: "membership", seats: 3, poNumber: `PO-${i}`, actorId: null })),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    const all = (await db.select({ n: organisationInvoices.number }).from(organisationInvoices)).map((r) => r.n).sort((a, b) => a - b);
    expect(new Set(all).size).toBe(all.length);
    expect(all).toEqual(Array.from({ length: all.length }, (_, i) => i + 1));
    expect(all.length).toBe(before.length + 12);
  });

  it("a SENCO's invoice is emailed to the organisation's admins; paying it starts the membership for its seats", async () => {
    const orgId = await school({ seats: 1, endsInDays: null });
    const senco = await person();
    await addOrganisationAdmin(await staffId(), orgId, senco.email);
    await db.transaction((tx) => takeSeat(tx, orgId, senco.id, null, "test"));
    expect(canOpen(await viewerNow(senco), gold).allowed).toBe(false);
    const issued = await issueOrganisationInvoice({ organisationId: orgId, kind: "membership", seats: 10, poNumber: "PO-123", actorId: senco.id });
    expect(issued.ok).toBe(true);
    const id = (issued as { id: string }).id;
    const [mail] = await db.select().from(outbox).where(and(eq(outbox.to, senco.email), like(outbox.subject, "Invoice INV-%")));
    expect(mail!.text).toContain(`/account/organisation/invoices/${id}`);
    expect(mail!.text).toContain("£1,200");
    expect(mail!.text).toContain("PO-123");

    const paid = await markInvoicePaid(await staffId(), id, "bank-transfer");
    expect(paid).toMatchObject({ ok: true, changed: true });
    expect(await markInvoicePaid(await staffId(), id, "bank-transfer")).toMatchObject({ ok: true, changed: false });
    const [org] = await db.select().from(organisations).where(eq(organisations.id, orgId));
    expect(org!.seats).toBe(10);
    expect(org!.endsAt!.getTime() - Date.now()).toBeGreaterThan(360 * DAY);
    expect(canOpen(await viewerNow(senco), gold).allowed).toBe(true);
    const audit = await db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, orgId));
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(["create", "issue-invoice", "mark-paid", "join-organisation"]));
  });

  it("prorates seats added mid-year and adds them when paid", async () => {
    const orgId = await school({ seats: 3, endsInDays: 365 - 100 });
    const issued = await issueOrganisationInvoice({ organisationId: orgId, kind: "seats", seats: 2, poNumber: "", actorId: null });
    const [invoice] = await db.select().from(organisationInvoices).where(eq(organisationInvoices.id, (issued as { id: string }).id));
    // 265 of the period's 365 days are left: 2 × £120 × 265/365.
    expect(invoice!.totalPence).toBe(2 * Math.round(12000 * (265 / 365)));
    await markInvoicePaid(null, invoice!.id, "bank-transfer");
    expect((await db.select({ seats: organisations.seats }).from(organisations).where(eq(organisations.id, orgId)))[0]!.seats).toBe(5);
  });
});

describe("a person setting up their organisation themselves", () => {
  const order = { name: "Self-Serve Academy", type: "school" as const, invoiceAddress: "3 Road\nTesttown", tierSlug: "gold", seats: 10 };

  it("makes them its admin with a seat, not started; a double submission sets up one, and a second waits for the first's payment", async () => {
    const senco = await person();
    const results = await Promise.all([startOrganisation(senco.id, order, { takeSeat: true }), startOrganisation(senco.id, order, { takeSeat: true })]);
    const started = results.filter((r) => r.ok);
    expect(started).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ ok: false, reason: "awaiting", name: "Self-Serve Academy" });
    const id = (started[0] as { id: string }).id;
    expect(await isOrganisationAdmin(senco.id, id)).toBe(true);
    expect(await seatsUsed(db, id)).toBe(1);
    const overview = (await getOrganisationOverview(id))!;
    expect(overview.organisation.startsAt).toBeNull();
    // A seat on an organisation not yet paid for opens nothing.
    expect(canOpen(await viewerNow(senco), gold).allowed).toBe(false);

    const invoice = await issueOrganisationInvoice({ organisationId: id, kind: "membership", seats: 10, poNumber: "PO-1", actorId: senco.id });
    expect(invoice.ok).toBe(true);
    await markInvoicePaid(await staffId(), (invoice as { id: string }).id, "bank-transfer");
    expect(canOpen(await viewerNow(senco), gold).allowed).toBe(true);
    // Paid, it no longer blocks setting up another (a second school, say).
    expect((await startOrganisation(senco.id, { ...order, name: "Second Site" }, { takeSeat: false })).ok).toBe(true);
  });
});

describe("expiry, grace and renewal", () => {
  it("keeps the tier through the grace period, stops it after, never removes anyone, and a paid renewal brings it back", async () => {
    const orgId = await school({ endsInDays: -10 });
    const teacher = await person();
    await seat(orgId, teacher.id);
    // Ended 10 days ago, grace of 30 days: still open, in grace.
    expect(canOpen(await viewerNow(teacher), gold).allowed).toBe(true);
    const org = (await getOrganisationOverview(orgId))!.organisation;
    await updateOrganisation(await staffId(), orgId, { ...org, endsAt: new Date(Date.now() - 40 * DAY) });
    expect(canOpen(await viewerNow(teacher), gold)).toMatchObject({ allowed: false, reason: "membership-expired" });
    expect(await seatsUsed(db, orgId)).toBe(1);

    const renewal = await issueOrganisationInvoice({ organisationId: orgId, kind: "membership", seats: 3, poNumber: "PO-R", actorId: null });
    await markInvoicePaid(null, (renewal as { id: string }).id, "bank-transfer");
    expect(canOpen(await viewerNow(teacher), gold).allowed).toBe(true);
  });

  it("a renewal paid before the end follows on from the current period", async () => {
    const orgId = await school({ endsInDays: 20 });
    const before = (await getOrganisationOverview(orgId))!.organisation.endsAt!;
    const renewal = await issueOrganisationInvoice({ organisationId: orgId, kind: "membership", seats: 3, poNumber: "", actorId: null });
    const result = await markInvoicePaid(null, (renewal as { id: string }).id, "bank-transfer");
    const expected = new Date(before);
    expected.setUTCFullYear(expected.getUTCFullYear() + 1);
    expect((result as { endsAt: Date }).endsAt.getTime()).toBe(expected.getTime());
  });
});

describe("demo data", () => {
  it("has Oakfield Primary School: gold, 10 seats, 3 used, its domain, SENCO admin, one paid and one open invoice", async () => {
    const [org] = await db.select().from(organisations).where(eq(organisations.name, "Oakfield Primary School"));
    const overview = (await getOrganisationOverview(org!.id))!;
    expect(overview.organisation).toMatchObject({ tierSlug: "gold", seats: 10 });
    expect(overview.people).toHaveLength(3);
    expect(overview.people.map((p) => p.email)).toEqual(expect.arrayContaining(["senco@oakfield.example.org", "teacher@oakfield.example.org"]));
    expect(overview.domains).toEqual(["oakfield.example.org"]);
    expect(overview.admins.map((a) => a.email)).toEqual(["senco@oakfield.example.org"]);
    expect(overview.invoices.map((i) => i.status).sort()).toEqual(["open", "paid"]);
  });
});

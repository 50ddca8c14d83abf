import { describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { accounts, auditLog } from "@/db/schema";
import { getCredentialsByEmail, getSessionAccount } from "./accounts";
import { importMembers } from "@/lib/members/import";
import { getDashboardCounts } from "./dashboard";
import { listMembers, listMembersForExport, updateMember } from "./members";
import { updateTier } from "./tiers";
import { listAudit, listAuditFacets } from "./audit";
import { listTiers } from "./taxonomy";

async function accountId(email: string) {
  const [row] = await db.select({ id: accounts.id }).from(accounts).where(eq(sql`lower(${accounts.email})`, email.toLowerCase()));
  return row?.id;
}

const auditCount = () => db.$count(auditLog);
const accountCount = () => db.$count(accounts);

describe("editing members", () => {
  it("never lets an admin demote or disable themselves, and logs nothing for it", async () => {
    const admin = (await accountId("admin@example.org"))!;
    const before = await auditCount();
    const base = { tierSlug: "free", membershipExpiresAt: null, role: "admin" as const, disabled: false };
    expect(await updateMember(admin, admin, { ...base, role: "editor" })).toEqual({ ok: false, reason: "own-admin-role" });
    expect(await updateMember(admin, admin, { ...base, disabled: true })).toEqual({ ok: false, reason: "disable-self" });
    expect((await getSessionAccount(admin))).toMatchObject({ role: "admin", disabled: false });
    expect(await auditCount()).toBe(before);
  });

  it("changes a member's tier for their very next request, with an audit entry", async () => {
    const admin = (await accountId("admin@example.org"))!;
    const silver = (await accountId("silver@example.org"))!;
    const expiry = new Date("2030-01-01T00:00:00Z");
    const result = await updateMember(admin, silver, { tierSlug: "gold", membershipExpiresAt: expiry, role: "member", disabled: false });
    expect(result).toEqual({ ok: true, changed: true });
    expect(await getSessionAccount(silver)).toMatchObject({ tierSlug: "gold", membershipExpiresAt: expiry });
    const [entry] = (await listAudit({ entityType: "account" }, 1)).items;
    expect(entry).toMatchObject({ action: "update", entityId: silver, actorName: "Priya Shah" });
    expect(entry!.changes).toMatchObject({ tierSlug: { from: "silver", to: "gold" } });
    expect(entry!.summary).toBe("Changed tier, expiry of silver@example.org");
  });

  it("disabling, enabling again and a role change each end the account's sessions; a tier change does not", async () => {
    const admin = (await accountId("admin@example.org"))!;
    const member = (await accountId("member@example.org"))!;
    const version = async () => (await getSessionAccount(member))!.sessionVersion;
    const base = { tierSlug: "free", membershipExpiresAt: null, role: "member" as const, disabled: false };
    const start = await version();
    try {
      await updateMember(admin, member, { ...base, disabled: true });
      expect(await version()).toBe(start + 1);
      // Enabled again: a cookie from before the account was disabled stays dead.
      await updateMember(admin, member, base);
      expect(await version()).toBe(start + 2);
      await updateMember(admin, member, { ...base, role: "editor" });
      expect(await version()).toBe(start + 3);
      await updateMember(admin, member, { ...base, role: "editor", tierSlug: "silver" });
      expect(await version()).toBe(start + 3);
      expect((await listAudit({ entityType: "account" }, 1)).items[0]!.summary).toBe("Changed tier of member@example.org");
    } finally {
      await updateMember(admin, member, base); // as seeded, for the tests below
    }
    expect((await listAudit({ entityType: "account" }, 1)).items[0]!.summary).toBe(
      "Changed tier, role of member@example.org; signed out everywhere",
    );
  });

  it("filters the member list by search, tier, role, expiry and disabled", async () => {
    expect((await listMembers({ q: "EXPIRED@" }, 1)).items.map((m) => m.email)).toEqual(["expired@example.org"]);
    expect((await listMembers({ expired: "yes" }, 1)).items.map((m) => m.email)).toContain("expired@example.org");
    expect((await listMembers({ expired: "no" }, 1)).items.map((m) => m.email)).not.toContain("expired@example.org");
    expect((await listMembers({ role: "editor" }, 1)).items.map((m) => m.email)).toEqual(["editor@example.org"]);
    expect((await listMembers({ tier: "gold" }, 1, 100)).items.every((m) => m.tierSlug === "gold")).toBe(true);
    expect((await listMembers({ disabled: "yes" }, 1)).total).toBe(0);
    expect((await listMembersForExport({ role: "admin" })).map((m) => m.email)).toEqual(["admin@example.org"]);
  });
});

describe("importing members from CSV", () => {
  const admin = () => accountId("admin@example.org") as Promise<string>;

  it("rejects a file with one bad row whole: every error by line, nothing written", async () => {
    const [before, audits] = [await accountCount(), await auditCount()];
    const csv = "email,name,tier,expiry\nnew-one@school.org,New One,gold,2030-07-31\nnew-two@school.org,New Two,diamond,\n";
    const result = await importMembers(await admin(), csv, { filename: "bad.csv", apply: true });
    expect(result).toEqual({
      ok: false,
      errors: [{ line: 3, message: "“diamond” is not a tier (use free, silver, gold)." }],
      ignoredColumns: [],
    });
    expect(await accountCount()).toBe(before);
    expect(await auditCount()).toBe(audits);
    expect(await accountId("new-one@school.org")).toBeUndefined();
  });

  it("previews creates and updates without writing, then applies them all in one go", async () => {
    const csv = [
      "email,name,tier,expiry",
      "imported-a@school.org,Imported A,gold,2030-07-31",
      "imported-b@school.org,Imported B,silver,",
      "MEMBER@example.org,Jamie Lee,silver,31/12/2030",
      "gold@example.org,Hannah Wright,gold,",
    ].join("\n");
    const before = await accountCount();
    const preview = await importMembers(await admin(), csv, { filename: "members.csv", apply: false });
    expect(preview.ok && preview.plan.creates.map((c) => [c.line, c.email])).toEqual([
      [2, "imported-a@school.org"],
      [3, "imported-b@school.org"],
    ]);
    expect(preview.ok && preview.plan.updates.map((u) => [u.line, u.email, Object.keys(u.changes)])).toEqual([
      [4, "MEMBER@example.org", ["tierSlug", "membershipExpiresAt"]],
      [5, "gold@example.org", ["membershipExpiresAt"]],
    ]);
    expect(await accountCount()).toBe(before);

    const applied = await importMembers(await admin(), csv, { filename: "members.csv", apply: true });
    expect(applied).toMatchObject({ ok: true, applied: true });
    expect(await accountCount()).toBe(before + 2);
    const created = await getCredentialsByEmail("imported-a@school.org");
    expect(created?.emailVerifiedAt).toBeInstanceOf(Date);
    expect(created?.passwordHash.startsWith("$argon2")).toBe(false);
    const member = await getSessionAccount((await accountId("member@example.org"))!);
    expect(member).toMatchObject({ tierSlug: "silver" });
    expect(member?.membershipExpiresAt?.toISOString()).toBe("2030-12-31T23:59:59.999Z");
    const [entry] = (await listAudit({ action: "import" }, 1)).items;
    expect(entry?.summary).toBe("Imported members.csv: 2 created, 2 updated, 0 unchanged");

    // The same file again changes nothing.
    const again = await importMembers(await admin(), csv, { filename: "members.csv", apply: false });
    expect(again.ok && [again.plan.creates.length, again.plan.updates.length, again.plan.unchanged]).toEqual([0, 0, 4]);
  });

  it("rolls back every row when the database refuses one mid-import", async () => {
    // The new account is inserted first; then a trigger refuses the update of an existing one,
    // standing in for any failure part-way through the writes.
    const before = [await accountCount(), await auditCount()];
    await db.execute(sql`create or replace function refuse_second() returns trigger language plpgsql as $$
      begin if new.email = 'member@example.org' then raise exception 'refused by the database'; end if; return new; end $$`);
    await db.execute(sql`create trigger refuse_second before update on accounts for each row execute function refuse_second()`);
    try {
      const csv = "email,name,tier,expiry\nfirst@school.org,First,gold,\nmember@example.org,Jamie Changed,free,\n";
      await expect(importMembers(await admin(), csv, { filename: "x.csv", apply: true })).rejects.toThrow();
    } finally {
      await db.execute(sql`drop trigger refuse_second on accounts`);
    }
    expect([await accountCount(), await auditCount()]).toEqual(before);
    expect(await accountId("first@school.org")).toBeUndefined();
    expect((await listMembers({ q: "member@example.org" }, 1)).items[0]?.name).toBe("Jamie Lee");
  });
});

describe("tiers, the dashboard and the audit log", () => {
  it("edits a tier for the membership page and logs what changed", async () => {
    const admin = (await accountId("admin@example.org"))!;
    const result = await updateTier(admin, "silver", {
      name: "Silver",
      description: "For practitioners.",
      benefits: ["Everything in Free", "Silver library"],
      annualPricePence: 5000,
      vatTreatment: "standard",
      position: 1,
    });
    expect(result).toEqual({ changed: true });
    const silver = (await listTiers()).find((t) => t.slug === "silver");
    expect(silver).toMatchObject({ annualPricePence: 5000, vatTreatment: "standard", benefits: ["Everything in Free", "Silver library"] });
    const [entry] = (await listAudit({ entityType: "tier" }, 1)).items;
    expect(entry?.summary).toBe("Edited the Silver tier (description, benefits, annualPricePence, vatTreatment)");
  });

  it("counts members by tier, memberships ending soon, drafts and scheduled items", async () => {
    const counts = await getDashboardCounts();
    expect(counts.membersByTier.get("gold")).toBeGreaterThanOrEqual(1);
    expect(counts.expired).toBeGreaterThanOrEqual(1);
    expect(counts.drafts.news + counts.drafts.resources).toBeGreaterThan(0);
    expect(counts.scheduled.news + counts.scheduled.resources).toBeGreaterThan(0);
  });

  it("filters the log by actor and lists who appears in it", async () => {
    const facets = await listAuditFacets();
    expect(facets.actors.map((a) => a.email)).toContain("admin@example.org");
    expect(facets.actions).toEqual(expect.arrayContaining(["import", "update"]));
    const admin = (await accountId("admin@example.org"))!;
    const page = await listAudit({ actorId: admin }, 1, 2);
    expect(page.items.every((r) => r.actorId === admin)).toBe(true);
    expect(page.pageCount).toBeGreaterThanOrEqual(2);
  });
});

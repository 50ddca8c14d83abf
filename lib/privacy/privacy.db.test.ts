import { afterAll, describe, expect, it } from "vitest";
import { startStripeEmulator } from "@/tests/stripe-test-setup";

/* Export and erasure of a person's data, on PGlite and PostgreSQL, with payments through the Stripe emulator. */
const emulator = await startStripeEmulator();
const { and, eq } = await import("drizzle-orm");
const { db, getConnection } = await import("@/db");
const { accounts, auditLog, erasureRequests, payments } = await import("@/db/schema");
const { makePerson, populate } = await import("@/tests/privacy-fixtures");
const { exportPersonalData } = await import("./export");
const { privacySections, notPersonalTables } = await import("./sections");
const { cancelErasure, carryOutErasure, eraseDue, eraseNow, requestErasure } = await import("./erasure");
const { withdrawConsent } = await import("./consents");
const { consentHistory, hasConsent } = await import("@/db/queries/consents");
const { choosePlan } = await import("@/lib/billing/checkout");
const { checkCredentials } = await import("@/lib/auth/credentials");
const { hashPassword } = await import("@/lib/auth/password");
afterAll(() => emulator.stop());

const DAY = 86_400_000;
const client = { address: null, device: null };

async function rows(text: string, values: unknown[] = []): Promise<Record<string, unknown>[]> {
  const result = await getConnection().executeSql(text, values);
  return Array.isArray(result) ? result.flatMap((r) => r.rows) : result.rows;
}

/** Every text, varchar, text[] or jsonb column of every table outside PostgreSQL's own schemas. */
async function textColumns() {
  return (await rows(
    `select table_schema as schema, table_name as "table", column_name as "column"
       from information_schema.columns c
      where table_schema not in ('pg_catalog', 'information_schema')
        and (data_type in ('text', 'character varying', 'jsonb', 'json', 'ARRAY'))
        and exists (select 1 from information_schema.tables t where t.table_schema = c.table_schema and t.table_name = c.table_name and t.table_type = 'BASE TABLE')`,
  )) as { schema: string; table: string; column: string }[];
}

/** "schema.table.column" of every column holding `needle` (case-insensitive). */
async function findInDatabase(needle: string): Promise<string[]> {
  const found: string[] = [];
  for (const { schema, table, column } of await textColumns()) {
    const hits = await rows(`select count(*)::int as n from "${schema}"."${table}" where "${column}"::text ilike $1`, [`%${needle}%`]);
    if (Number(hits[0]!.n) > 0) found.push(`${schema}.${table}.${column}`);
  }
  return found;
}

async function requestOf(accountId: string) {
  return db.select().from(erasureRequests).where(eq(erasureRequests.accountId, accountId));
}

describe("every table holding personal data has a privacy section", () => {
  it("the catalogue's tables linked to an account, or with a column named like an email or a name, each have one", async () => {
    const linked = await rows(
      `select distinct tc.table_name as "table"
         from information_schema.table_constraints tc
         join information_schema.constraint_column_usage ccu on ccu.constraint_name = tc.constraint_name and ccu.table_schema = tc.table_schema
        where tc.constraint_type = 'FOREIGN KEY' and tc.table_schema = 'public' and ccu.table_name = 'accounts'`,
    );
    const named = await rows(
      `select distinct table_name as "table" from information_schema.columns
        where table_schema = 'public' and (column_name ~* '(email|name|^to$|recipient|address|phone)')`,
    );
    const covered = new Set([...privacySections.map((s) => s.table), ...Object.keys(notPersonalTables)]);
    const personal = [...new Set([...linked, ...named].map((r) => String(r.table)))];
    expect(personal.filter((t) => !covered.has(t)), "tables without a privacy section (lib/privacy/sections.ts)").toEqual([]);
    const tables = new Set((await rows(`select table_name as "table" from information_schema.tables where table_schema = 'public'`)).map((r) => String(r.table)));
    expect(privacySections.map((s) => s.table).filter((t) => !tables.has(t)), "sections naming tables that do not exist").toEqual([]);
  });
});

describe("exporting a person's data", () => {
  it("holds that person's rows from every section's table and nothing of anyone else's", async () => {
    const person = await makePerson("exportee");
    const other = await makePerson("bystander");
    await populate(person);
    await populate(other);
    const data = (await exportPersonalData(person.id))!;
    expect(Object.keys(data.sections)).toEqual(privacySections.map((s) => s.table));
    const empty = Object.entries(data.sections).filter(([table, s]) => s.rows.length === 0 && table !== "revoked_sessions");
    expect(empty.map(([table]) => table), "sections with no rows for a person who has data in every table").toEqual([]);
    expect(data.sections.accounts!.rows).toEqual([expect.objectContaining({ id: person.id, email: person.email, name: person.name })]);
    const text = JSON.stringify(data);
    for (const foreign of [other.id, other.email, other.name]) expect(text).not.toContain(foreign);
    expect(text).not.toMatch(/passwordHash|tokenHash|\$argon2|token=secret/);
    expect(data.sections.outbox!.rows[0]!.text).toContain("[single-use link removed]");
    expect(data.sections.payments!.onErasure).toMatch(/HMRC.*six years/);
  });

  it("is null for an account that does not exist", async () => {
    expect(await exportPersonalData("00000000-0000-4000-8000-000000000000")).toBeNull();
  });
});

describe("erasing a person's data", () => {
  it("leaves their email and name nowhere in the database, keeps payments without them, cancels Stripe and stops sign-in", async () => {
    const password = "a long enough password 123";
    const person = await makePerson("erasee", await hashPassword(password));
    const other = await makePerson("neighbour");
    await populate(person, { billing: false });
    await populate(other);
    // A real paid membership through Stripe Checkout (the emulator), so there is a live subscription.
    const plan = await choosePlan(person, "gold");
    const session = await emulator.completeCheckout((plan as { url: string }).url.split("/pay/")[1]!);
    await emulator.idle();
    const subId = session.subscription as string;
    expect((await db.select().from(payments).where(eq(payments.accountId, person.id))).length).toBeGreaterThan(0);
    expect(await checkCredentials(person.email, password, client)).toMatchObject({ status: "ok" });
    expect(await findInDatabase(person.email)).not.toEqual([]);

    const request = (await requestErasure({ accountId: person.id, source: "self", actorId: person.id, dueAt: new Date(Date.now() - 1000) }))!;
    expect(await carryOutErasure(request.id, null)).toBe("erased");
    await emulator.idle();

    expect(await findInDatabase(person.email), "columns still holding the erased email").toEqual([]);
    expect(await findInDatabase(person.name), "columns still holding the erased name").toEqual([]);
    expect(await findInDatabase(other.email)).toContain("public.accounts.email");
    expect(emulator.subscriptions.get(subId)!.status).toBe("canceled");

    const kept = await db.select().from(payments).where(eq(payments.accountId, person.id));
    expect(kept.length).toBeGreaterThan(0);
    const [placeholder] = await db.select().from(accounts).where(eq(accounts.id, person.id));
    expect(placeholder).toMatchObject({ name: "Erased member", disabled: true, tierSlug: "free" });
    const [done] = await requestOf(person.id).then((r) => r.filter((x) => x.status === "completed"));
    expect(done!.outcome).toMatchObject({ payments: expect.stringMatching(/^kept: [1-9]/), outbox: expect.stringMatching(/^deleted/) });
    const audit = await db.select().from(auditLog).where(and(eq(auditLog.entityId, person.id), eq(auditLog.action, "erase-account")));
    expect(audit).toHaveLength(1);
    expect(audit[0]!.summary).toMatch(/payment records kept/);

    expect(await checkCredentials(person.email, password, client)).toEqual({ status: "invalid" });
    expect(await checkCredentials(placeholder!.email, password, client)).not.toMatchObject({ status: "ok" });
    // The other person's data is untouched.
    expect((await exportPersonalData(other.id))!.sections.outbox!.rows).toHaveLength(1);
  });
});

describe("the grace period", () => {
  it("waits the grace period, can be cancelled, and a new request is carried out when due", async () => {
    const person = await makePerson("changes-mind");
    const request = (await requestErasure({ accountId: person.id, source: "self", actorId: person.id }))!;
    expect(request.dueAt.getTime() - Date.now()).toBeGreaterThan(13 * DAY);
    expect(request.dueAt.getTime() - Date.now()).toBeLessThanOrEqual(14 * DAY);
    // A second request while one is pending changes nothing.
    expect((await requestErasure({ accountId: person.id, source: "self", actorId: person.id }))!.id).toBe(request.id);
    await eraseDue(new Date());
    expect((await requestOf(person.id))[0]!.status).toBe("pending");

    expect(await cancelErasure(person.id, person.id)).toBe(true);
    expect(await cancelErasure(person.id, person.id)).toBe(false);
    await eraseDue(new Date(Date.now() + 15 * DAY));
    const [account] = await db.select({ name: accounts.name }).from(accounts).where(eq(accounts.id, person.id));
    expect(account!.name).toBe(person.name);

    await requestErasure({ accountId: person.id, source: "self", actorId: person.id });
    await eraseDue(new Date(Date.now() + 15 * DAY));
    const [erased] = await db.select({ name: accounts.name }).from(accounts).where(eq(accounts.id, person.id));
    expect(erased!.name).toBe("Erased member");
    expect((await requestOf(person.id)).map((r) => r.status).sort()).toEqual(["cancelled", "completed"]);
  });
});

describe("erase-due", () => {
  it("erases each due account once when run twice, or twice at the same time", async () => {
    const people = [await makePerson("due-one"), await makePerson("due-two")];
    for (const p of people) await requestErasure({ accountId: p.id, source: "self", actorId: p.id, dueAt: new Date(Date.now() - 1000) });
    const [first, second] = await Promise.all([eraseDue(), eraseDue()]);
    expect(first! + second!).toBe(2);
    expect(await eraseDue()).toBe(0);
    for (const p of people) {
      const audit = await db.select().from(auditLog).where(and(eq(auditLog.entityId, p.id), eq(auditLog.action, "erase-account")));
      expect(audit, `erase-account audit rows for ${p.id}`).toHaveLength(1);
    }
  });

  it("erases at once when staff ask, audited with who and why", async () => {
    const admin = await makePerson("records-officer");
    const person = await makePerson("by-post");
    expect(await eraseNow({ accountId: person.id, actorId: admin.id, note: "Letter received 1 December" })).toBe("erased");
    const audit = await db.select().from(auditLog).where(eq(auditLog.entityId, person.id));
    expect(audit.map((a) => [a.action, a.actorId])).toEqual(expect.arrayContaining([["request-erasure", admin.id], ["erase-account", admin.id]]));
    expect(audit.find((a) => a.action === "request-erasure")!.summary).toContain("Letter received 1 December");
  });
});

describe("consents", () => {
  it("a withdrawn consent is no consent, and the history keeps both answers", async () => {
    const person = await makePerson("withdrawer");
    await populate(person, { billing: false });
    expect(await hasConsent(person.id, "newsletter")).toBe(true);
    expect(await withdrawConsent(person.id, "newsletter")).toBe(true);
    expect(await hasConsent(person.id, "newsletter")).toBe(false);
    expect(await withdrawConsent(person.id, "newsletter")).toBe(false);
    expect((await consentHistory(person.id)).map((c) => c.given)).toEqual([false, true]);
  });
});

import { and, eq, like } from "drizzle-orm";
import { PDFDocument } from "pdf-lib";
import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { accounts, membershipReminders, organisationInvoices, organisations, outbox, tiers } from "@/db/schema";
import type { SignedInViewer } from "@/lib/auth/viewer";

/* Organisation invoices as documents (the PDF a finance office pays from, for the organisation's admins only) and the expiry reminders its admins get. */
const viewer = vi.hoisted(() => ({ current: null as SignedInViewer | null }));
vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => viewer.current }));

const { GET } = await import("@/app/(account)/account/organisation/invoices/[id]/route");
const { addOrganisationAdmin, createOrganisation } = await import("@/db/queries/organisations");
const { issueOrganisationInvoice } = await import("./invoicing");
const { sendOrganisationReminders } = await import("./reminders");

const DAY = 86_400_000;

async function signInAs(email: string) {
  const [account] = await db.select().from(accounts).where(eq(accounts.email, email));
  viewer.current = { ...account!, organisation: null, sessionId: "00000000-0000-0000-0000-000000000001", secondFactor: account!.role === "admin" };
}

const download = (id: string) => GET(new Request(`http://localhost/account/organisation/invoices/${id}`), { params: Promise.resolve({ id }) });

async function pdfText(bytes: Uint8Array): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  return text;
}

async function oakfield() {
  const [org] = await db.select().from(organisations).where(eq(organisations.name, "Oakfield Primary School"));
  return org!;
}

describe("invoice PDF", () => {
  it("gives the organisation's admin a PDF carrying the invoice's number, PO, address, seats × price, VAT, bank details and due date", async () => {
    const org = await oakfield();
    const [invoice] = await db.select().from(organisationInvoices).where(and(eq(organisationInvoices.organisationId, org.id), eq(organisationInvoices.status, "open")));
    await signInAs("senco@oakfield.example.org");
    const response = await download(invoice!.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toContain("INV-000002.pdf");
    const bytes = new Uint8Array(await response.arrayBuffer());
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBe(1);
    expect(doc.getTitle()).toBe("Invoice INV-000002");
    const text = await pdfText(bytes);
    for (const line of ["INV-000002", "PO-OAK-2417", "Oakfield Primary School", "Oak Lane", "LS1 4AB", "2 added seats x £120 a year", "VAT: exempt", "Sort code", "Due date"]) {
      expect(text).toContain(line);
    }
    expect(text).toContain(`Total due`);
  });

  it("shows VAT at 20% within the total for a standard-rated tier", async () => {
    await db.update(tiers).set({ vatTreatment: "standard" }).where(eq(tiers.slug, "silver"));
    const [admin] = await db.select({ id: accounts.id }).from(accounts).where(eq(accounts.email, "admin@example.org"));
    const id = await createOrganisation(admin!.id, { name: "Vat College", type: "college", invoiceAddress: "2 Road\nTown", tierSlug: "silver", seats: 4, startsAt: null, endsAt: null });
    const issued = await issueOrganisationInvoice({ organisationId: id, kind: "membership", seats: 4, poNumber: "PO-VAT", actorId: null });
    const [invoice] = await db.select().from(organisationInvoices).where(eq(organisationInvoices.id, (issued as { id: string }).id));
    expect(invoice).toMatchObject({ totalPence: 18000, vatPence: 3000, netPence: 15000 });
    await signInAs("admin@example.org");
    const text = await pdfText(new Uint8Array(await (await download(invoice!.id)).arrayBuffer()));
    expect(text).toContain("4 seats x £45");
    expect(text).toContain("VAT at 20%");
    expect(text).toContain("£30");
    expect(text).toContain("£180");
  });

  it("is refused to anyone who is not one of its organisation's admins, even a teacher with a seat", async () => {
    const org = await oakfield();
    const [invoice] = await db.select().from(organisationInvoices).where(eq(organisationInvoices.organisationId, org.id));
    await signInAs("teacher@oakfield.example.org");
    expect((await download(invoice!.id)).status).toBe(404);
    await signInAs("gold@example.org");
    expect((await download(invoice!.id)).status).toBe(404);
    viewer.current = null;
    expect((await download(invoice!.id)).status).toBe(401);
    await signInAs("senco@oakfield.example.org");
    expect((await download("not-an-id")).status).toBe(404);
  });
});

describe("organisation reminders", () => {
  it("sends the 30-day, 7-day and end reminders to each admin once, across repeated and concurrent runs", async () => {
    const [admin] = await db.select({ id: accounts.id }).from(accounts).where(eq(accounts.email, "admin@example.org"));
    const end = new Date(Date.now() + 20 * DAY);
    const id = await createOrganisation(admin!.id, { name: "Reminded Academy", type: "school", invoiceAddress: "", tierSlug: "gold", seats: 5, startsAt: new Date(Date.now() - 300 * DAY), endsAt: end });
    const emails = ["silver@example.org", "member@example.org"];
    for (const email of emails) await addOrganisationAdmin(admin!.id, id, email);
    const count = (subject: string) => db.$count(outbox, and(like(outbox.subject, `Reminded Academy%${subject}%`)));

    const at = (daysBeforeEnd: number) => new Date(end.getTime() - daysBeforeEnd * DAY);
    await sendOrganisationReminders({ now: at(20) });
    await Promise.all([sendOrganisationReminders({ now: at(20) }), sendOrganisationReminders({ now: at(20) }), sendOrganisationReminders({ now: at(19) })]);
    expect(await count("ends on")).toBe(2);
    await Promise.all([sendOrganisationReminders({ now: at(5) }), sendOrganisationReminders({ now: at(5) })]);
    await sendOrganisationReminders({ now: at(4) });
    expect(await count("ends on")).toBe(4);
    await Promise.all([sendOrganisationReminders({ now: at(0) }), sendOrganisationReminders({ now: at(-1) })]);
    await sendOrganisationReminders({ now: at(-3) });
    expect(await count("has ended")).toBe(2);
    const rows = await db.select({ kind: membershipReminders.kind, dueKey: membershipReminders.dueKey }).from(membershipReminders).where(like(membershipReminders.dueKey, `organisation:${id}:%`));
    expect(rows.map((r) => r.kind).sort()).toEqual(["ending-30", "ending-30", "ending-7", "ending-7", "lapsed", "lapsed"]);
    const [mail] = await db.select().from(outbox).where(and(eq(outbox.to, "member@example.org"), like(outbox.subject, "Reminded Academy%has ended%")));
    expect(mail!.text).toContain("Nobody is removed");
    expect(mail!.text).toContain("/account/organisation");
  });
});

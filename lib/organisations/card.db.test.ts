import { afterAll, describe, expect, it } from "vitest";
import { startStripeEmulator } from "@/tests/stripe-test-setup";

/* An organisation pays its invoice by card: Stripe Checkout with a seat quantity, marked paid only by the signed webhook, once. */
const emulator = await startStripeEmulator();
const { eq } = await import("drizzle-orm");
const { db } = await import("@/db");
const { accounts, organisationInvoices, organisations } = await import("@/db/schema");
const { createOrganisation } = await import("@/db/queries/organisations");
const { issueOrganisationInvoice } = await import("./invoicing");
const { invoiceCheckoutUrl } = await import("./card");
afterAll(() => emulator.stop());

const DAY = 86_400_000;

async function invoiceOf(id: string) {
  return (await db.select().from(organisationInvoices).where(eq(organisationInvoices.id, id)))[0]!;
}

describe("paying an organisation invoice by card", () => {
  it("charges seats × one seat's prorated price for added seats, and adds them when Stripe says it is paid, once", async () => {
    const [admin] = await db.select({ id: accounts.id }).from(accounts).where(eq(accounts.email, "admin@example.org"));
    const orgId = await createOrganisation(admin!.id, {
      name: "Card Academy",
      type: "school",
      invoiceAddress: "",
      tierSlug: "gold",
      seats: 5,
      startsAt: new Date(Date.now() - 200 * DAY),
      endsAt: new Date(Date.now() + 165 * DAY),
    });
    const issued = await issueOrganisationInvoice({ organisationId: orgId, kind: "seats", seats: 3, poNumber: "", actorId: null });
    const invoice = await invoiceOf((issued as { id: string }).id);
    expect(invoice.totalPence).toBeLessThan(3 * 12000);

    const url = await invoiceCheckoutUrl(invoice, { email: "bursar@example.org" });
    const sessionId = url.split("/pay/")[1]!;
    const session = emulator.sessions.get(sessionId)!;
    const [line] = session.line_items as Array<{ quantity: number; price_data: { unit_amount: string } }>;
    expect(line!.quantity).toBe(3);
    expect(Number(line!.price_data.unit_amount) * 3).toBe(invoice.totalPence);
    expect((await invoiceOf(invoice.id)).status).toBe("open");

    await emulator.completeCheckout(sessionId);
    const paid = await invoiceOf(invoice.id);
    expect(paid).toMatchObject({ status: "paid", paidBy: "card" });
    expect((await db.select({ seats: organisations.seats }).from(organisations).where(eq(organisations.id, orgId)))[0]!.seats).toBe(8);

    // Stripe delivers the event again: acknowledged, nothing changes.
    const event = emulator.events.find((e) => e.type === "checkout.session.completed" && (e.data.object as { id: string }).id === sessionId)!;
    expect((await emulator.send(event)).status).toBe(200);
    expect((await db.select({ seats: organisations.seats }).from(organisations).where(eq(organisations.id, orgId)))[0]!.seats).toBe(8);
    await expect(invoiceCheckoutUrl(paid, { email: "bursar@example.org" })).rejects.toThrow(/not open/);
  });
});

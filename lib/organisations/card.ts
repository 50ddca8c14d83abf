import "server-only";
import type Stripe from "stripe";
import { getTierPrice } from "@/db/queries/billing";
import { getInvoice, markInvoicePaid, type OrganisationInvoice } from "@/db/queries/organisations";
import { BillingError } from "@/lib/billing/checkout";
import { getStripe } from "@/lib/billing/stripe";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { invoiceNumberLabel } from "./terms";

/** The metadata key naming the organisation invoice a Checkout Session pays. */
export const INVOICE_KEY = "organisation_invoice_id";

/**
 * Stripe Checkout for an open organisation invoice: one line of `seats` × one seat's (prorated)
 * price, so the card pays exactly the invoice's total. The invoice is marked paid by the webhook,
 * never by the browser coming back.
 */
export async function invoiceCheckoutUrl(invoice: OrganisationInvoice, payer: { email: string }): Promise<string> {
  const stripe = getStripe();
  if (!stripe) throw new BillingError("Card payment is not available. Please pay by bank transfer using the details on the invoice.");
  if (invoice.status !== "open") throw new BillingError("This invoice is not open for payment.");
  const tier = await getTierPrice(invoice.tierSlug);
  const label = invoiceNumberLabel(invoice.number);
  const session = await stripe.checkout.sessions.create({
    mode: "payment",
    customer_email: payer.email,
    line_items: [
      {
        quantity: invoice.seats,
        price_data: {
          currency: "gbp",
          unit_amount: invoice.totalPence / invoice.seats,
          product_data: { name: `${tier?.name ?? invoice.tierSlug} membership seat${invoice.kind === "seats" ? " (rest of the year)" : ""}, invoice ${label}` },
        },
      },
    ],
    metadata: { [INVOICE_KEY]: invoice.id, invoice_number: label },
    success_url: `${env.SITE_URL}/account/organisation?org=${invoice.organisationId}&card=paid`,
    cancel_url: `${env.SITE_URL}/account/organisation?org=${invoice.organisationId}`,
  });
  if (!session.url) throw new BillingError("Stripe did not return a payment page. Please try again.");
  return session.url;
}

/**
 * A completed Checkout Session for an organisation invoice (from a verified webhook): re-read from
 * Stripe, and only a paid session for the invoice's exact total marks it paid. Repeats change nothing.
 */
export async function settleInvoiceCheckout(stripe: Stripe, sessionId: string): Promise<string> {
  const session = await stripe.checkout.sessions.retrieve(sessionId);
  const invoiceId = session.metadata?.[INVOICE_KEY];
  const invoice = invoiceId ? await getInvoice(invoiceId) : null;
  if (!invoice) return "unknown-invoice";
  if (session.payment_status !== "paid" || session.amount_total !== invoice.totalPence) {
    logger.warn({ session: session.id, invoice: invoice.id, amount: session.amount_total }, "organisation invoice checkout not paid in full");
    return "ignored";
  }
  const result = await markInvoicePaid(null, invoice.id, "card");
  return result.ok ? "applied" : "ignored";
}

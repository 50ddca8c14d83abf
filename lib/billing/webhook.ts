import "server-only";
import type Stripe from "stripe";
import { db } from "@/db";
import {
  accountExists,
  accountIdOfCustomer,
  claimStripeEvent,
  lockAccountByCustomer,
  saveCustomerId,
  setStripeEventOutcome,
  stripeEventSeen,
  upsertPayment,
} from "@/db/queries/billing";
import { stripeSettings } from "@/lib/env";
import { confirmTicketPayment } from "@/lib/events/booking";
import { logger } from "@/lib/logger";
import { INVOICE_KEY, settleInvoiceCheckout } from "@/lib/organisations/card";
import { applySubscriptionState } from "./membership";
import { sendDueReminders } from "./reminders";
import { getStripe } from "./stripe";
import { subscriptionState } from "./subscription-state";

export interface WebhookAnswer {
  status: number;
  body: { received: boolean; outcome?: string; error?: string };
}

const handled = new Set([
  "checkout.session.completed",
  "customer.subscription.created",
  "customer.subscription.updated",
  "customer.subscription.deleted",
  "invoice.paid",
  "invoice.payment_failed",
]);

const idOf = (value: string | { id: string } | null | undefined) => (typeof value === "string" ? value : (value?.id ?? null));

/** The subscription, customer and (for checkout) account an event is about. */
function subjectOf(event: Stripe.Event): { subscriptionId: string | null; customerId: string | null; accountId: string | null; invoiceId: string | null } {
  const object = event.data.object as unknown as Record<string, unknown>;
  switch (event.type) {
    case "checkout.session.completed": {
      const session = event.data.object;
      return {
        subscriptionId: idOf(session.subscription),
        customerId: idOf(session.customer),
        accountId: session.client_reference_id ?? null,
        invoiceId: idOf(session.invoice),
      };
    }
    case "invoice.paid":
    case "invoice.payment_failed": {
      const invoice = event.data.object;
      return {
        subscriptionId: idOf(invoice.parent?.subscription_details?.subscription),
        customerId: idOf(invoice.customer),
        accountId: null,
        invoiceId: invoice.id ?? null,
      };
    }
    default:
      return { subscriptionId: String(object.id), customerId: idOf(object.customer as string), accountId: null, invoiceId: null };
  }
}

/**
 * `POST /api/webhooks/stripe`. Verifies the signature on the raw body, handles each event id once,
 * and reads the subscription's current state from Stripe rather than trusting the event's copy, so
 * repeated, concurrent and out-of-order deliveries all end in Stripe's state. Anything it cannot
 * act on (unknown customer, other event types) is acknowledged and logged, never an error.
 */
export async function receiveStripeWebhook(rawBody: string, signature: string | null): Promise<WebhookAnswer> {
  const settings = stripeSettings();
  const stripe = getStripe();
  if (!settings || !stripe) return { status: 404, body: { received: false, error: "Payments are not configured." } };
  let event: Stripe.Event;
  try {
    if (!signature) throw new Error("no Stripe-Signature header");
    event = stripe.webhooks.constructEvent(rawBody, signature, settings.webhookSecret);
  } catch (error) {
    logger.warn({ err: error instanceof Error ? error.message : String(error) }, "stripe webhook refused: bad signature");
    return { status: 400, body: { received: false, error: "The signature is missing or does not match." } };
  }
  const log = logger.child({ stripeEvent: event.id, type: event.type });
  if (await stripeEventSeen(event.id)) {
    log.info("stripe event already handled");
    return { status: 200, body: { received: true, outcome: "duplicate" } };
  }
  if (!handled.has(event.type)) {
    await db.transaction((tx) => claimStripeEvent(tx, event.id, event.type, "ignored"));
    log.info("stripe event of a type this site does not act on");
    return { status: 200, body: { received: true, outcome: "ignored" } };
  }
  if (event.type === "checkout.session.completed" && event.data.object.metadata?.[INVOICE_KEY]) {
    // An organisation's invoice paid by card: marking it paid is idempotent, so a repeat is harmless.
    const settled = await settleInvoiceCheckout(stripe, event.data.object.id);
    await db.transaction((tx) => claimStripeEvent(tx, event.id, event.type, settled));
    log.info({ outcome: settled }, "organisation invoice checkout handled");
    return { status: 200, body: { received: true, outcome: settled } };
  }
  if (event.type === "checkout.session.completed" && event.data.object.mode === "payment" && event.data.object.metadata?.kind === "event-booking") {
    // An event ticket (lib/events), not a membership.
    const outcome = await confirmTicketPayment(event, event.data.object);
    log.info({ outcome }, "stripe ticket payment handled");
    return { status: 200, body: { received: true, outcome } };
  }
  const subject = subjectOf(event);
  const outcome = await db.transaction(async (tx) => {
    if (!(await claimStripeEvent(tx, event.id, event.type, "applied"))) return "duplicate";
    let account = subject.customerId ? await lockAccountByCustomer(tx, subject.customerId) : null;
    if (!account && subject.customerId && subject.accountId && (await accountExists(tx, subject.accountId))) {
      await saveCustomerId(subject.accountId, subject.customerId, tx);
      account = await lockAccountByCustomer(tx, subject.customerId);
    }
    if (!account) {
      await setStripeEventOutcome(tx, event.id, "unknown-customer");
      return "unknown-customer";
    }
    // Read inside the account's lock: of two events racing for one member, the later read wins.
    if (subject.subscriptionId) {
      const sub = await stripe.subscriptions.retrieve(subject.subscriptionId, { expand: ["default_payment_method", "latest_invoice"] });
      const state = subscriptionState(sub);
      if (state) await applySubscriptionState(tx, account.id, state, `Stripe ${event.type}`);
    }
    if (subject.invoiceId) {
      const invoice = await stripe.invoices.retrieve(subject.invoiceId);
      await upsertPayment(tx, account.id, {
        id: invoice.id!,
        subscriptionId: idOf(invoice.parent?.subscription_details?.subscription),
        status: invoice.status ?? "open",
        amountDue: invoice.amount_due,
        amountPaid: invoice.amount_paid,
        currency: invoice.currency,
        hostedInvoiceUrl: invoice.hosted_invoice_url ?? null,
        invoicePdf: invoice.invoice_pdf ?? null,
        issuedAt: new Date(invoice.created * 1000),
        paidAt: invoice.status_transitions?.paid_at ? new Date(invoice.status_transitions.paid_at * 1000) : null,
      });
    }
    return "applied";
  });
  if (outcome === "unknown-customer") log.warn({ customer: subject.customerId }, "stripe event for a customer this site does not know");
  else log.info({ outcome }, "stripe event handled");
  const payer = outcome === "applied" && event.type === "invoice.payment_failed" && subject.customerId ? await accountIdOfCustomer(subject.customerId) : null;
  if (payer) {
    // Tell the member now rather than at the next hourly run; still sent once (the job finds it sent).
    await sendDueReminders({ accountId: payer }).catch((error: unknown) =>
      log.error({ err: error }, "payment-failed reminder not sent now; the hourly job will send it"),
    );
  }
  return { status: 200, body: { received: true, outcome } };
}

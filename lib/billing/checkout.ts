import "server-only";
import type Stripe from "stripe";
import { getAccountSubscription, getCustomerId, getTierPrice, saveCustomerId, saveTierPriceId } from "@/db/queries/billing";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { isPaid, priceLookupKey } from "./price";
import { getStripe } from "./stripe";
import { PAID_TIER_KEY, PAID_UNTIL_KEY } from "./subscription-state";

export class BillingError extends Error {}

function stripeOrThrow(): Stripe {
  const stripe = getStripe();
  if (!stripe) throw new BillingError("Online payment is not available. Please contact the membership office.");
  return stripe;
}

/**
 * The Stripe Price of a tier's current price: remembered on the tier, else found by its lookup key,
 * else made (with the tier's Product). A changed price has a new key, so it gets a new Price and
 * subscriptions on the old one keep theirs.
 */
export async function ensureTierPrice(slug: string): Promise<{ priceId: string; name: string; position: number; unitAmountPence: number }> {
  const stripe = stripeOrThrow();
  const tier = await getTierPrice(slug);
  if (!tier || !isPaid(tier)) throw new BillingError("That membership tier is not sold online.");
  const known = { name: tier.name, position: tier.position, unitAmountPence: tier.annualPricePence };
  if (tier.stripePriceId) return { priceId: tier.stripePriceId, ...known };
  const lookupKey = priceLookupKey(slug, tier);
  const found = await stripe.prices.list({ lookup_keys: [lookupKey], limit: 1 });
  let price = found.data[0];
  if (!price) {
    const productId = `send_network_tier_${slug}`;
    await stripe.products.retrieve(productId).catch(async (error: unknown) => {
      if ((error as { code?: string }).code !== "resource_missing") throw error;
      await stripe.products.create({ id: productId, name: `${tier.name} membership`, metadata: { tier_slug: slug } });
    });
    price = await stripe.prices.create(
      {
        product: productId,
        currency: "gbp",
        unit_amount: tier.annualPricePence,
        recurring: { interval: "year" },
        lookup_key: lookupKey,
        tax_behavior: tier.vatTreatment === "standard" ? "inclusive" : "exclusive",
        metadata: { tier_slug: slug, vat_treatment: tier.vatTreatment },
      },
      { idempotencyKey: `price-${lookupKey}` },
    );
  }
  await saveTierPriceId(slug, tier.annualPricePence, tier.vatTreatment, price.id);
  return { priceId: price.id, ...known };
}

async function ensureCustomer(account: { id: string; email: string; name: string }): Promise<string> {
  const known = await getCustomerId(account.id);
  if (known) return known;
  const stripe = stripeOrThrow();
  const customer = await stripe.customers.create(
    { email: account.email, name: account.name, metadata: { account_id: account.id } },
    { idempotencyKey: `customer-${account.id}` },
  );
  return saveCustomerId(account.id, customer.id);
}

/** A live subscription the member can change rather than buy again. */
function isLive(status: string | undefined) {
  return status === "active" || status === "trialing" || status === "past_due";
}

export type PlanChange =
  | { kind: "checkout"; url: string }
  | { kind: "upgraded" | "downgrade-scheduled" | "unchanged" | "downgrade-cancelled" };

/**
 * Joins or changes to `tierSlug`. Without a live subscription: a Stripe Checkout Session (yearly
 * subscription) to pay on. With one: an upgrade switches the price now and invoices the prorated
 * difference; a downgrade switches the price without proration and keeps the paid tier until the
 * period ends (subscription metadata), so the cheaper price applies from the renewal.
 */
export async function choosePlan(account: { id: string; email: string; name: string }, tierSlug: string): Promise<PlanChange> {
  const stripe = stripeOrThrow();
  const target = await ensureTierPrice(tierSlug);
  const current = await getAccountSubscription(account.id);
  if (!current || !isLive(current.status)) {
    const customer = await ensureCustomer(account);
    const session = await stripe.checkout.sessions.create({
      mode: "subscription",
      customer,
      client_reference_id: account.id,
      line_items: [{ price: target.priceId, quantity: 1 }],
      success_url: `${env.SITE_URL}/account/billing?joined=${encodeURIComponent(tierSlug)}`,
      cancel_url: `${env.SITE_URL}/join/${encodeURIComponent(tierSlug)}?cancelled=1`,
      subscription_data: { metadata: { account_id: account.id } },
      metadata: { account_id: account.id, tier_slug: tierSlug },
    });
    if (!session.url) throw new BillingError("Stripe did not return a payment page. Please try again.");
    return { kind: "checkout", url: session.url };
  }
  const sub = await stripe.subscriptions.retrieve(current.stripeSubscriptionId);
  const item = sub.items.data[0]!;
  const paidTier = current.tierSlug;
  const fromTier = await getTierPrice(paidTier);
  if (tierSlug === paidTier) {
    if (item.price.id === target.priceId && !current.renewsAsTierSlug) return { kind: "unchanged" };
    // Back to the tier already paid for: undo a scheduled downgrade.
    await stripe.subscriptions.update(sub.id, {
      items: [{ id: item.id, price: (await ensureTierPrice(paidTier)).priceId }],
      proration_behavior: "none",
      metadata: { [PAID_TIER_KEY]: "", [PAID_UNTIL_KEY]: "" },
    });
    return { kind: "downgrade-cancelled" };
  }
  if ((fromTier?.position ?? 0) < target.position) {
    await stripe.subscriptions.update(sub.id, {
      items: [{ id: item.id, price: target.priceId }],
      proration_behavior: "always_invoice",
      metadata: { [PAID_TIER_KEY]: "", [PAID_UNTIL_KEY]: "" },
    });
    logger.info({ account: account.id, from: paidTier, to: tierSlug }, "membership upgraded");
    return { kind: "upgraded" };
  }
  await stripe.subscriptions.update(sub.id, {
    items: [{ id: item.id, price: target.priceId }],
    proration_behavior: "none",
    metadata: { [PAID_TIER_KEY]: paidTier, [PAID_UNTIL_KEY]: String(item.current_period_end) },
  });
  logger.info({ account: account.id, from: paidTier, to: tierSlug }, "membership downgrade scheduled");
  return { kind: "downgrade-scheduled" };
}

/**
 * Puts a renewing subscription on its tier's current Price without proration, so a price change
 * reaches existing members at their renewal and not before: this period stays as paid, and the
 * renewal reminder (sent after this) states the new amount. Returns the amount the renewal takes.
 */
export async function renewAtCurrentPrice(s: {
  stripeSubscriptionId: string;
  stripePriceId: string;
  renewTierSlug: string;
  unitAmountPence: number;
}): Promise<number> {
  const stripe = getStripe();
  if (!stripe) return s.unitAmountPence;
  const current = await ensureTierPrice(s.renewTierSlug);
  if (current.priceId === s.stripePriceId) return s.unitAmountPence;
  const sub = await stripe.subscriptions.retrieve(s.stripeSubscriptionId);
  const item = sub.items.data[0]!;
  if (item.price.id !== current.priceId) {
    await stripe.subscriptions.update(sub.id, { items: [{ id: item.id, price: current.priceId }], proration_behavior: "none" });
    logger.info({ subscription: sub.id, from: item.price.id, to: current.priceId }, "subscription moved to the current price for its renewal");
  }
  return current.unitAmountPence;
}

/** Turns renewal off (the membership ends with the period) or back on. */
export async function setAutoRenew(accountId: string, renew: boolean): Promise<boolean> {
  const stripe = stripeOrThrow();
  const current = await getAccountSubscription(accountId);
  if (!current || !isLive(current.status)) return false;
  await stripe.subscriptions.update(current.stripeSubscriptionId, { cancel_at_period_end: !renew });
  return true;
}

/** Stripe's customer portal, where the member updates their card; null without a customer. */
export async function customerPortalUrl(accountId: string): Promise<string | null> {
  const stripe = stripeOrThrow();
  const customer = await getCustomerId(accountId);
  if (!customer) return null;
  const session = await stripe.billingPortal.sessions.create({ customer, return_url: `${env.SITE_URL}/account/billing` });
  return session.url;
}

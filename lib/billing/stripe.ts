import "server-only";
import Stripe from "stripe";
import { stripeSettings } from "@/lib/env";

let client: { key: string; stripe: Stripe } | undefined;

/** The Stripe client, or null when Stripe is not configured (the site then runs without payments). */
export function getStripe(): Stripe | null {
  const settings = stripeSettings();
  if (!settings) return null;
  if (client?.key !== settings.secretKey) {
    const { apiUrl } = settings;
    client = {
      key: settings.secretKey,
      stripe: new Stripe(settings.secretKey, {
        host: apiUrl.hostname,
        port: Number(apiUrl.port || (apiUrl.protocol === "https:" ? 443 : 80)),
        protocol: apiUrl.protocol === "https:" ? "https" : "http",
        maxNetworkRetries: 2,
        timeout: 20_000,
        appInfo: { name: "send-portal" },
      }),
    };
  }
  return client.stripe;
}

export function paymentsEnabled(): boolean {
  return stripeSettings() !== null;
}

/** Stripe's dashboard page of an object, for staff. Test keys open the test-mode dashboard. */
export function stripeDashboardUrl(kind: "customers" | "subscriptions" | "invoices", id: string): string {
  const test = stripeSettings()?.secretKey.includes("_test_") ?? true;
  return `https://dashboard.stripe.com/${test ? "test/" : ""}${kind}/${encodeURIComponent(id)}`;
}

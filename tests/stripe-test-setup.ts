/**
 * For data-layer tests of payments: starts the Stripe emulator and points the app's Stripe settings
 * at it. Import it first (before anything that loads lib/env), then import the app's modules.
 */
import { StripeEmulator } from "./stripe-emulator";

export const WEBHOOK_SECRET = "whsec_test_emulator";

export async function startStripeEmulator() {
  const receiver: { deliver?: (payload: string, signature: string) => Promise<unknown> } = {};
  const emulator = new StripeEmulator({
    webhookSecret: WEBHOOK_SECRET,
    deliver: (payload, signature) => {
      if (!receiver.deliver) throw new Error("no webhook receiver yet");
      return receiver.deliver(payload, signature);
    },
  });
  const url = await emulator.start();
  process.env.STRIPE_SECRET_KEY = "sk_test_emulator";
  process.env.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET;
  process.env.STRIPE_API_URL = url;
  // The route handler itself, so each delivery is what Stripe's would be: a POST with a raw body.
  const { POST } = await import("@/app/api/webhooks/stripe/route");
  receiver.deliver = async (payload, signature) => {
    const response = await POST(
      new Request("http://localhost/api/webhooks/stripe", {
        method: "POST",
        headers: { "content-type": "application/json", ...(signature ? { "stripe-signature": signature } : {}) },
        body: payload,
      }),
    );
    return { status: response.status, body: await response.json() };
  };
  return emulator;
}

import { receiveStripeWebhook } from "@/lib/billing/webhook";
import { readCappedBody } from "@/lib/http/capped-body";
import { logger } from "@/lib/logger";

/** Stripe's events are a few kilobytes; anything far larger is not one. */
const MAX_EVENT_BYTES = 1024 * 1024;

/** Stripe's signed events: the only way a payment changes a membership. */
export async function POST(request: Request) {
  const bytes = await readCappedBody(request, MAX_EVENT_BYTES);
  if (!bytes) return Response.json({ received: false, error: "The event is too large." }, { status: 413 });
  try {
    // The signature is over the exact bytes sent, so it is checked on them, decoded but not re-encoded.
    const answer = await receiveStripeWebhook(new TextDecoder().decode(bytes), request.headers.get("stripe-signature"));
    return Response.json(answer.body, { status: answer.status });
  } catch (error) {
    // Nothing was committed, and Stripe retries a failed delivery with backoff.
    logger.error({ err: error }, "stripe webhook failed; Stripe will retry");
    return Response.json({ received: false, error: "Could not handle the event now; it will be retried." }, { status: 503 });
  }
}

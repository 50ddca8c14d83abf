import "server-only";
import { cancelEvent } from "@/db/queries/events/admin";
import { getBookingContext } from "@/db/queries/events/bookings";
import { sendEmail } from "@/lib/email";
import { logger } from "@/lib/logger";
import { refundPayment } from "./booking";
import { eventCancelledEmail } from "./emails";

/** Staff cancel an event: bookings cancelled (audited), paid tickets refunded through Stripe, everyone told. */
export async function cancelEventAndNotify(actorId: string, eventId: string): Promise<{ slug: string; notified: number; refundFailures: number } | null> {
  const result = await cancelEvent(actorId, eventId);
  if (!result) return null;
  let refundFailures = 0;
  const refunded = new Set<string>();
  for (const r of result.refunds) {
    try {
      await refundPayment(r.paymentIntentId, r.bookingId);
      refunded.add(r.bookingId);
    } catch (error) {
      refundFailures += 1;
      logger.error({ err: error, booking: r.bookingId }, "refund for a cancelled event failed: refund it in Stripe's dashboard");
    }
  }
  for (const bookingId of result.bookings) {
    const context = await getBookingContext(bookingId);
    if (context) await sendEmail(eventCancelledEmail(context, refunded.has(bookingId)));
  }
  return { slug: result.slug, notified: result.bookings.length, refundFailures };
}

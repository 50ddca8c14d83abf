"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { getBookingContext, getBookingTicket } from "@/db/queries/events/bookings";
import type { FormState } from "@/lib/actions";
import { getViewer } from "@/lib/auth/viewer";
import { bookTicket, cancelMyBooking } from "@/lib/events/booking";
import { revalidateEventPages } from "@/lib/events/revalidate";
import { logger } from "@/lib/logger";

const idSchema = z.uuid();
const signedOut: FormState = { status: "error", message: "Your session has ended. Sign in again to continue." };

/** Cancels the member's own booking (or leaves the waitlist), refunding a paid ticket. */
export async function cancelBookingAction(bookingId: unknown, _prev: FormState, _form: FormData): Promise<FormState> {
  const viewer = await getViewer();
  if (!viewer) return signedOut;
  const id = idSchema.safeParse(bookingId);
  if (!id.success) return { status: "error", message: "That booking cannot be cancelled." };
  const context = await getBookingContext(id.data);
  if (!context || context.accountId !== viewer.id) return { status: "error", message: "That booking cannot be cancelled." };
  try {
    const result = await cancelMyBooking(viewer.id, id.data);
    if (!result.ok) return { status: "error", message: result.message };
  } catch (error) {
    logger.error({ err: error }, "cancelling a booking failed");
    return { status: "error", message: "We could not cancel that just now. Please try again in a few minutes." };
  }
  revalidateEventPages(context.slug);
  redirect(`/account/bookings?cancelled=${encodeURIComponent(context.slug)}`);
}

/** Takes a place offered from the waitlist (through Stripe Checkout when the ticket is paid). */
export async function takeOfferAction(bookingId: unknown, _prev: FormState, _form: FormData): Promise<FormState> {
  const viewer = await getViewer();
  if (!viewer) return signedOut;
  const id = idSchema.safeParse(bookingId);
  const context = id.success ? await getBookingContext(id.data) : null;
  if (!context || context.accountId !== viewer.id || !context.offerExpiresAt) return { status: "error", message: "That offer has ended." };
  const ticketId = await getBookingTicket(id.data!);
  if (!ticketId) return { status: "error", message: "That offer has ended." };
  let destination: string;
  try {
    const result = await bookTicket(viewer, context.slug, ticketId);
    if (result.kind === "refused") return { status: "error", message: result.message };
    if (result.kind === "checkout") destination = result.url;
    else if (result.kind === "booked" || result.kind === "already-booked") destination = `/account/bookings?booked=${encodeURIComponent(context.slug)}`;
    else return { status: "error", message: "That offer has ended." };
  } catch (error) {
    logger.error({ err: error }, "taking an offer failed");
    return { status: "error", message: "We could not book that just now. Please try again in a few minutes." };
  }
  revalidateEventPages(context.slug);
  redirect(destination);
}


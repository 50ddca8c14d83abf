"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import type { FormState } from "@/lib/actions";
import { getViewer } from "@/lib/auth/viewer";
import { bookTicket } from "@/lib/events/booking";
import { revalidateEventPages } from "@/lib/events/revalidate";
import { logger } from "@/lib/logger";

const slugSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,199}$/);
const ticketSchema = z.uuid({ message: "Choose a ticket." });

/** Books the chosen ticket at the viewer's price: free at once, paid through Stripe Checkout, or the waitlist. */
export async function bookTicketAction(slug: unknown, _prev: FormState, form: FormData): Promise<FormState> {
  const viewer = await getViewer();
  if (!viewer) return { status: "error", message: "Your session has ended. Sign in again to book." };
  const eventSlug = slugSchema.safeParse(slug);
  if (!eventSlug.success) return { status: "error", message: "This event is no longer taking bookings." };
  const ticket = ticketSchema.safeParse(form instanceof FormData ? form.get("ticket") : null);
  if (!ticket.success) return { status: "error", message: "Choose a ticket.", fieldErrors: { ticket: ["Choose a ticket."] } };
  let destination: string;
  try {
    const result = await bookTicket(viewer, eventSlug.data, ticket.data);
    if (result.kind === "refused") return { status: "error", message: result.message };
    if (result.kind === "checkout") destination = result.url;
    else {
      revalidateEventPages(eventSlug.data);
      destination = `/account/bookings?${result.kind === "booked" || result.kind === "already-booked" ? "booked" : "waitlisted"}=${encodeURIComponent(eventSlug.data)}`;
    }
  } catch (error) {
    logger.error({ err: error }, "booking failed");
    return { status: "error", message: "We could not book that just now. Nothing has been charged: please try again in a few minutes." };
  }
  redirect(destination);
}

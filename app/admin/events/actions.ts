"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { addTicketType, markAttendance, removeTicketType, saveEvent } from "@/db/queries/events/admin";
import { removeEventMaterial } from "@/db/queries/events/materials";
import { listTiers, listTopics } from "@/db/queries/taxonomy";
import type { FormState } from "@/lib/actions";
import { authorise } from "@/lib/admin/authorise";
import { unknownFeatureImage } from "@/lib/content/feature-image";
import { cancelEventAndNotify } from "@/lib/events/admin";
import { addMaterialFromForm } from "@/lib/events/materials";
import { messageAttendees } from "@/lib/events/messages";
import { parseEventForm, parseTicketForm } from "@/lib/events/form";
import { revalidateEventListing, revalidateEventPages } from "@/lib/events/revalidate";

const idSchema = z.uuid();
const gone: FormState = { status: "error", message: "This event has been deleted by someone else." };

export async function saveEventAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const auth = await authorise("staff");
  if (!auth.ok) return auth.state;
  const topics = await listTopics();
  const parsed = parseEventForm(formData, { topicSlugs: topics.map((t) => t.slug) });
  if (!parsed.ok) return { status: "error", message: "Please correct the highlighted fields.", fieldErrors: parsed.fieldErrors };
  const unknownImage = await unknownFeatureImage(parsed.data.featureImage);
  if (unknownImage) return unknownImage;
  const result = await saveEvent(auth.viewer.id, parsed.id, parsed.version, parsed.data);
  if (!result.ok) {
    if (result.reason === "slug-taken") return { status: "error", message: "Please correct the highlighted fields.", fieldErrors: { slug: ["Another event has this web address. Choose another."] } };
    if (result.reason === "conflict") return { status: "error", message: "Someone else saved this event while you were editing. Reload the page to see their changes, then make yours again." };
    return gone;
  }
  revalidateEventListing(null);
  redirect(`/admin/events/${result.id}?${parsed.id ? "saved" : "created"}=1`);
}

export async function addTicketAction(eventId: unknown, _prev: FormState, formData: FormData): Promise<FormState> {
  const auth = await authorise("staff");
  if (!auth.ok) return auth.state;
  const id = idSchema.safeParse(eventId);
  if (!id.success) return gone;
  const tiers = (await listTiers()).filter((t) => t.slug !== "free");
  const parsed = parseTicketForm(formData, tiers.map((t) => t.slug));
  if (!parsed.ok) return { status: "error", message: "Please correct the highlighted fields.", fieldErrors: parsed.fieldErrors };
  if (!(await addTicketType(auth.viewer.id, id.data, parsed.data))) return gone;
  revalidateEventPages(null);
  redirect(`/admin/events/${id.data}?ticket=added`);
}

export async function removeTicketAction(eventId: unknown, ticketId: unknown, _prev: FormState, _formData: FormData): Promise<FormState> {
  const auth = await authorise("staff");
  if (!auth.ok) return auth.state;
  const id = idSchema.safeParse(eventId);
  const ticket = idSchema.safeParse(ticketId);
  if (!id.success || !ticket.success) return gone;
  const result = await removeTicketType(auth.viewer.id, id.data, ticket.data);
  if (result === "booked") return { status: "error", message: "People have booked this ticket, so it stays." };
  revalidateEventPages(null);
  redirect(`/admin/events/${id.data}?ticket=removed`);
}

export async function markAttendanceAction(eventId: unknown, bookingId: unknown, attended: unknown, _prev: FormState, _formData: FormData): Promise<FormState> {
  const auth = await authorise("staff");
  if (!auth.ok) return auth.state;
  const id = idSchema.safeParse(eventId);
  const booking = idSchema.safeParse(bookingId);
  if (!id.success || !booking.success || typeof attended !== "boolean") return { status: "error", message: "That booking is not on this event." };
  const result = await markAttendance(auth.viewer.id, id.data, booking.data, attended);
  if (!result) return { status: "error", message: "That booking is not on this event, or is cancelled." };
  redirect(`/admin/events/${id.data}/bookings?checked=${booking.data}#booking-${booking.data}`);
}

export async function cancelEventAction(eventId: unknown, _prev: FormState, _formData: FormData): Promise<FormState> {
  const auth = await authorise("staff");
  if (!auth.ok) return auth.state;
  const id = idSchema.safeParse(eventId);
  if (!id.success) return gone;
  const result = await cancelEventAndNotify(auth.viewer.id, id.data);
  if (!result) return { status: "error", message: "This event is already cancelled." };
  revalidateEventListing(result.slug);
  redirect(`/admin/events/${id.data}/bookings?cancelled=${result.notified}${result.refundFailures ? `&refundFailures=${result.refundFailures}` : ""}`);
}

export async function messageAttendeesAction(eventId: unknown, _prev: FormState, formData: FormData): Promise<FormState> {
  const auth = await authorise("staff");
  if (!auth.ok) return auth.state;
  const id = idSchema.safeParse(eventId);
  if (!id.success) return gone;
  const values = { subject: String(formData.get("subject") ?? ""), message: String(formData.get("message") ?? "") };
  const result = await messageAttendees(auth.viewer.id, id.data, formData);
  if (result.ok) return { status: "success", message: `Sent to ${result.sent} ${result.sent === 1 ? "person" : "people"}.` };
  if (result.reason === "invalid") return { status: "error", message: "Please correct the highlighted fields. Nothing was sent.", fieldErrors: result.fieldErrors, values };
  if (result.reason === "nobody") return { status: "error", message: "Nobody holds a confirmed place on this event, so nothing was sent.", values };
  return gone;
}

export async function addMaterialAction(eventId: unknown, _prev: FormState, formData: FormData): Promise<FormState> {
  const auth = await authorise("staff");
  if (!auth.ok) return auth.state;
  const id = idSchema.safeParse(eventId);
  if (!id.success) return gone;
  const tiers = (await listTiers()).filter((t) => t.slug !== "free");
  const result = await addMaterialFromForm(auth.viewer.id, id.data, formData, tiers.map((t) => t.slug));
  if (!result.ok) {
    if ("gone" in result) return gone;
    return { status: "error", message: "Please correct the highlighted fields. Nothing was uploaded.", fieldErrors: result.fieldErrors, values: { title: String(formData.get("title") ?? "") } };
  }
  revalidateEventPages(result.slug);
  redirect(`/admin/events/${id.data}?material=added#materials-heading`);
}

export async function removeMaterialAction(eventId: unknown, materialId: unknown, _prev: FormState, _formData: FormData): Promise<FormState> {
  const auth = await authorise("staff");
  if (!auth.ok) return auth.state;
  const id = idSchema.safeParse(eventId);
  const material = idSchema.safeParse(materialId);
  if (!id.success || !material.success) return gone;
  const result = await removeEventMaterial(auth.viewer.id, id.data, material.data);
  if (!result) return { status: "error", message: "This material has already been removed." };
  revalidateEventPages(result.slug);
  redirect(`/admin/events/${id.data}?material=removed#materials-heading`);
}

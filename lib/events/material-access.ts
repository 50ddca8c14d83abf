import "server-only";
import { getAccountBooking } from "@/db/queries/events/bookings";
import { getEventMaterial } from "@/db/queries/events/public";
import { canOpen, type Decision } from "@/lib/access";
import { getViewer, type SignedInViewer } from "@/lib/auth/viewer";

/** The pass a booking on an event gives to its materials (`lib/access`: `Gate.pass`). */
export const eventPass = (eventId: string) => `event:${eventId}`;

/**
 * An event material as this request's viewer may open it: `lib/access` decides on the material's
 * gate (visibility and tiers, like a resource), with the event's pass when the viewer is booked on
 * it or attended. The one funnel for event materials, as resource-access.ts is for resources.
 */
export async function viewEventMaterial(slug: string, materialId: string): Promise<{ material: NonNullable<Awaited<ReturnType<typeof getEventMaterial>>>; viewer: SignedInViewer | null; decision: Decision } | null> {
  const [material, viewer] = await Promise.all([getEventMaterial(slug, materialId), getViewer()]);
  if (!material) return null;
  const booking = viewer ? await getAccountBooking(viewer.id, material.eventId) : null;
  const held = booking && (booking.status === "booked" || booking.status === "attended") ? [eventPass(material.eventId)] : [];
  const gate = { visibility: material.visibility, tiers: material.tiers, pass: material.attendees ? eventPass(material.eventId) : undefined };
  return { material, viewer, decision: canOpen(viewer ? { ...viewer, passes: held } : null, gate) };
}
